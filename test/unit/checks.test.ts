/** Cross-field checks (src/lib/checks.ts): every consistent row passes, and each kind of inconsistency is found, on generated rows and through the build. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { crossFieldFindings, printedDecimals, shareTolerance } from "../../src/lib/input/checks.ts";
import { readDataFolder, withFile } from "../support/data-files.ts";

const base = { unit: "percent" as const, periodStart: 2021, releaseYear: 2026 };
/** A share as a publisher prints it: its counts' share rounded to 0, 1 or 2 decimals. */
const consistentShare = fc
  .record({ denominator: fc.integer({ min: 1, max: 20000 }), fraction: fc.double({ min: 0, max: 1, noNaN: true }), decimals: fc.integer({ min: 0, max: 2 }) })
  .map(({ denominator, fraction, decimals }) => {
    const numerator = Math.round(fraction * denominator);
    const value = Number(((100 * numerator) / denominator).toFixed(decimals));
    return { numerator, denominator, value };
  });

describe("cross-field checks", () => {
  it("any share printed from its own counts, at any precision, passes", () => {
    fc.assert(
      fc.property(consistentShare, (row) => {
        expect(crossFieldFindings({ ...base, ...row })).toEqual([]);
      }),
    );
  });
  it("a share further from its counts than its printed precision allows is found", () => {
    fc.assert(
      fc.property(consistentShare, fc.double({ min: 0.02, max: 50, noNaN: true }), (row, shift) => {
        const value = Number(Math.min(100, row.value + shift).toFixed(2));
        fc.pre(Math.abs(value - (100 * row.numerator) / row.denominator) > shareTolerance(value));
        expect(crossFieldFindings({ ...base, ...row, value }).map((f) => f.column)).toEqual(["value"]);
      }),
    );
  });
  it("more in the numerator than the denominator, a zero or fractional count, a period after the release", () => {
    expect(crossFieldFindings({ ...base, value: 50, numerator: 60, denominator: 56 }).map((f) => f.column)).toEqual(["numerator"]);
    expect(crossFieldFindings({ ...base, value: 0, numerator: 0, denominator: 0 }).map((f) => f.column)).toEqual(["denominator"]);
    expect(crossFieldFindings({ ...base, value: 34.82, numerator: 19.5, denominator: 56 }).map((f) => f.column)).toEqual(["numerator"]);
    expect(crossFieldFindings({ ...base, value: 30, numerator: null, denominator: null, periodStart: 2031 }).map((f) => f.column)).toEqual(["period"]);
  });
  it("ratios (boys per 100 girls) keep their counts without a share check", () => {
    expect(crossFieldFindings({ ...base, unit: "ratio", value: 113.5, numerator: 6109, denominator: 5365 })).toEqual([]);
  });
  it("printed precision: 33.33 has 2 decimals, 30 has none", () => {
    expect([printedDecimals(33.33), printedDecimals(30), printedDecimals(0.5)]).toEqual([2, 0, 1]);
  });
});

describe("through the build", () => {
  const real = readDataFolder();
  const TIDY = "sources/regional-series/regional_series.csv";
  it("a consistent row with counts builds; the same row 20 points off stops it, naming the line", () => {
    const header = "indicator,area_name,period,sex,value,unit,numerator,denominator,source_url,source_title,note,derivation\n";
    const row = (value: string) =>
      `women_share_provincial_council,Lào Cai,2016-2021,,${value},percent,19,56,https://example.org/report,Example report,,printed\n`;
    expect(buildDataset(withFile(real, TIDY, header + row("33.93"))).ok).toBe(true);
    const bad = buildDataset(withFile(real, TIDY, header + row("53.93")));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems).toContainEqual(expect.objectContaining({ file: TIDY, line: 2, column: "value", found: "53.93" }));
  });
});
