/**
 * Checks across the cells of one published row, each a mistake a data
 * maintainer can make that no single cell shows: a share that disagrees with
 * its own counts, more in the numerator than in the denominator, a zero or
 * fractional count, a period that starts after the release. Pure; the data
 * build turns each finding into a problem with the file and line.
 */
import { isShare } from "../units.ts";
import type { Unit } from "../model.ts";

export interface RowFigures {
  /** The figure as printed, in the indicator's unit. */
  value: number;
  numerator: number | null;
  denominator: number | null;
  unit: Unit;
  /** First year of the row's period. */
  periodStart: number | null;
  /** The release year: no figure can be for a period that starts after it. */
  releaseYear: number;
}

export interface Finding {
  column: "value" | "numerator" | "denominator" | "period";
  found: string;
  expected: string;
}

/** Decimals a number was printed with ("33.33" → 2, "30" → 0). */
export function printedDecimals(value: number): number {
  const text = String(value);
  if (/e/iu.test(text)) return 0;
  return (text.split(".")[1] ?? "").length;
}

/** The largest gap between a printed share and its counts that rounding to the printed decimals allows. */
export function shareTolerance(value: number): number {
  return 0.5 * 10 ** -printedDecimals(value) + 1e-9;
}

export function crossFieldFindings(row: RowFigures): Finding[] {
  const out: Finding[] = [];
  for (const [column, count] of [
    ["numerator", row.numerator],
    ["denominator", row.denominator],
  ] as const) {
    if (count === null) continue;
    if (count < 0 || !Number.isInteger(count)) out.push({ column, found: String(count), expected: "a whole count of zero or more" });
  }
  if (row.denominator !== null && row.denominator <= 0) {
    out.push({ column: "denominator", found: String(row.denominator), expected: "a denominator above zero (a share of nothing is not a figure)" });
  }
  if (isShare(row) && row.numerator !== null && row.denominator !== null && row.denominator > 0) {
    if (row.numerator > row.denominator) {
      out.push({ column: "numerator", found: String(row.numerator), expected: `a numerator no larger than the denominator (${row.denominator})` });
    } else {
      const share = (100 * row.numerator) / row.denominator;
      if (Math.abs(share - row.value) > shareTolerance(row.value)) {
        out.push({
          column: "value",
          found: String(row.value),
          expected: `the share its counts give, ${row.numerator}/${row.denominator} = ${share.toFixed(Math.max(2, printedDecimals(row.value)))}%, to the ${printedDecimals(row.value)} decimals printed`,
        });
      }
    }
  }
  if (row.periodStart !== null && row.periodStart > row.releaseYear) {
    out.push({ column: "period", found: String(row.periodStart), expected: `a period that starts no later than the release year (${row.releaseYear})` });
  }
  return out;
}
