import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { formatProblem, type Problem } from "../../src/lib/problems.ts";
import { fileText, inputFile, readDataFolder, utf8, withFile } from "../support/data-files.ts";

const real = readDataFolder();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/bad", name));
const TIDY = "sources/regional-series/regional_series.csv";

function problemsWith(path: string, text: string | Buffer): Problem[] {
  const result = buildDataset(withFile(real, path, text));
  if (result.ok) throw new Error("the build accepted bad input");
  return result.problems;
}

/** fixture -> the one problem it must produce (a subset of its fields; `expected` as a substring). */
const TIDY_CASES: [string, Partial<Problem> & { expected: string }][] = [
  [
    "tidy-unknown-area.csv",
    {
      line: 2,
      column: "area_name",
      found: "Thua Thien Hue",
      expected: "an area name",
      suggestion: 'did you mean "Thừa Thiên Huế"? (or add the spelling to mappings/area_aliases.csv)',
    },
  ],
  ["tidy-percent-over-100.csv", { line: 2, column: "value", found: "130", expected: "a percentage between 0 and 100" }],
  ["tidy-negative-count.csv", { line: 2, column: "value", found: "-5", expected: "a count of zero or more" }],
  // Cells that disagree with each other.
  ["tidy-share-disagrees.csv", { line: 2, column: "value", found: "53.93", expected: "the share its counts give, 19/56 = 33.93%, to the 2 decimals printed" }],
  ["tidy-numerator-over-denominator.csv", { line: 2, column: "numerator", found: "60", expected: "a numerator no larger than the denominator (56)" }],
  ["tidy-zero-denominator.csv", { line: 2, column: "denominator", found: "0", expected: "a denominator above zero" }],
  ["tidy-fractional-count.csv", { line: 2, column: "numerator", found: "19.5", expected: "a whole count of zero or more" }],
  ["tidy-period-after-release.csv", { line: 2, column: "period", found: "2031", expected: "a period that starts no later than the release year" }],
  [
    "tidy-qualifier-lost.csv",
    {
      line: 2,
      column: "note",
      found: "gần 43",
      expected: 'a figure whose qualifier is kept: add "regional-series,2,nearly,gần 43" to mappings/qualifiers.csv',
    },
  ],
  ["tidy-unknown-indicator.csv", { line: 2, column: "indicator", found: "women_share_senate [percent]", expected: "mappings/indicator_map.csv" }],
  ["tidy-wrong-legislature-year.csv", { line: 2, column: "period", found: "XIV (2011)", expected: "legislature XIV with its start year 2016" }],
  ["tidy-period-kind.csv", { line: 2, column: "period", found: "2016", expected: "a legislature period for na_women_share" }],
  ["tidy-duplicate-values.csv", { line: 3, column: "value", found: "112.4", expected: "line 2 gives 111.8" }],
  ["tidy-ragged-row.csv", { line: 2, column: "", found: "9 fields", expected: "10 fields, as in the header" }],
  ["tidy-unterminated-quote.csv", { line: 2, column: "", expected: "well-formed CSV" }],
  ["tidy-bad-number.csv", { line: 2, column: "value", found: "111,8,2", expected: "a number such as 30.26 or 30,26" }],
  ["tidy-missing-value.csv", { line: 2, column: "value", found: "", expected: "a figure" }],
  ["tidy-missing-column.csv", { line: 1, column: "source_url", expected: 'a column named "source_url"' }],
  ["tidy-bad-derivation.csv", { line: 2, column: "derivation", found: "guessed", expected: "how the figure came to be" }],
  ["tidy-bad-sex.csv", { line: 2, column: "sex", found: "women", expected: 'sex as "female", "male", "total" or empty' }],
  ["tidy-gone-province.csv", { line: 2, column: "area_name", found: "Yên Bái", expected: 'an area named "Yên Bái" that existed on 2026-01-01' }],
  ["tidy-javascript-url.csv", { line: 2, column: "source_url", found: "javascript:alert(1)", expected: "an http(s) address" }],
  [
    "tidy-windows-1258.csv",
    { line: 0, column: "", found: "bytes that do not decode", expected: "UTF-8 text (if the file is a legacy export, declare its encoding in SOURCE.md" },
  ],
];

describe("a bad file in a published layout stops the build with its own problem", () => {
  it.each(TIDY_CASES)("%s", (name, expected) => {
    const problems = problemsWith(TIDY, fixture(name)).filter((p) => p.file === TIDY);
    const match = problems.find((p) => p.line === expected.line && p.expected.includes(expected.expected));
    expect(match, problems.map(formatProblem).join("\n")).toBeDefined();
    expect(match).toMatchObject({ ...expected, file: TIDY, expected: expect.stringContaining(expected.expected) });
  });
});

const TARGET_CASES: [string, { column: string; found: string; expected: string; suggestion?: string }][] = [
  [
    "targets-unknown-plan.csv",
    {
      column: "plan",
      found: "lao-cai-x-1: lao-cai-84-kh-ubnd",
      expected: "a plan id of plans.csv or the other-plans index",
      suggestion: 'did you mean "lao-cai-84-kh-ubnd-2017"?',
    },
  ],
  [
    "targets-misquoted.csv",
    {
      column: "text_vi",
      found: "lao-cai-x-1: Duy trì tỷ lệ nữ đạt từ 25% trở lên.",
      expected: "a quotation found word for word in sources/plan-lao-cai-84-2017",
    },
  ],
  ["targets-deadline-before-plan.csv", { column: "deadline", found: "lao-cai-x-1: 2010", expected: "a deadline not before the plan's own date (2017-03-24)" }],
  [
    "targets-unknown-indicator.csv",
    {
      column: "indicators",
      found: "lao-cai-x-1: party_comittee_women_share",
      expected: "an indicator id of indicators.csv",
      suggestion: 'did you mean "party_committee_women_share"?',
    },
  ],
  [
    "targets-unknown-body-alternative.csv",
    {
      column: "body_alternatives",
      found: "lao-cai-x-1: na_women_candidate_share",
      expected: "an indicator id of indicators.csv",
      suggestion: 'did you mean "na_women_candidates_share"?',
    },
  ],
];

describe("a bad target stops the build with its own problem", () => {
  it.each(TARGET_CASES)("%s", (name, expected) => {
    const problems = problemsWith("targets.csv", fixture(name));
    expect(problems, problems.map(formatProblem).join("\n")).toContainEqual({ file: "targets.csv", line: 2, ...expected });
  });
  it("targets-bad-comparator.csv: a comparator outside the list", () => {
    const problems = problemsWith("targets.csv", fixture("targets-bad-comparator.csv"));
    expect(problems).toContainEqual({ file: "targets.csv", line: 2, column: "comparator", found: "≥", expected: expect.stringContaining('">="') });
  });
  it("targets-body-alternative-two-parts.csv: another reading of the body on a commitment of two bodies", () => {
    const problems = problemsWith("targets.csv", fixture("targets-body-alternative-two-parts.csv"));
    expect(problems).toContainEqual({
      file: "targets.csv",
      line: 2,
      column: "body_alternatives",
      found: "na_women_candidates_share",
      expected: "empty, except on a commitment of one part measured by a statistic (indicators)",
    });
  });
  it("targets-missing-value.csv: a comparator without a value", () => {
    const problems = problemsWith("targets.csv", fixture("targets-missing-value.csv"));
    expect(problems).toContainEqual({ file: "targets.csv", line: 2, column: "value", found: "", expected: "a value for comparator >=" });
  });
});

describe("sources and references", () => {
  it("a source file that changed without its SOURCE.md is refused", () => {
    const files = real.map((f) => (f.path === TIDY ? { ...inputFile(f.path, utf8(f) + "\n"), sha256: "0".repeat(64) } : f));
    const result = buildDataset(files);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(expect.objectContaining({ file: TIDY, expected: expect.stringContaining("as recorded in SOURCE.md") }));
  });
  it("a source folder without SOURCE.md is refused", () => {
    const result = buildDataset(real.filter((f) => f.path !== "sources/regional-series/SOURCE.md"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ file: "sources/regional-series", found: "no SOURCE.md" }));
  });
  it("a plan that cites a missing source is refused, with the closest source named", () => {
    const plans = fileText(real, "plans.csv").replace(",plan-lai-chau-579-2016,", ",plan-lai-chau-579,") ?? "";
    const problems = problemsWith("plans.csv", plans);
    expect(problems).toContainEqual({
      file: "plans.csv",
      line: plans.split("\n").findIndex((l) => l.includes(",plan-lai-chau-579,")) + 1,
      column: "source",
      found: "plan-lai-chau-579",
      expected: "a folder under sources/ with a SOURCE.md",
      suggestion: 'did you mean "plan-lai-chau-579-2016"?',
    });
  });
  it("an indicator with a unit outside the list is refused", () => {
    const text =
      fileText(real, "indicators.csv").replace(
        "na_women_share,politics,Tỷ lệ nữ đại biểu Quốc hội,Women among National Assembly deputies,percent,",
        "na_women_share,politics,Tỷ lệ nữ đại biểu Quốc hội,Women among National Assembly deputies,pct,",
      ) ?? "";
    const problems = problemsWith("indicators.csv", text);
    expect(problems).toContainEqual(expect.objectContaining({ file: "indicators.csv", line: 2, column: "unit", found: "pct" }));
  });
  it("every problem names a file and says what was expected", () => {
    for (const name of [...TIDY_CASES.map(([n]) => n)]) {
      for (const p of problemsWith(TIDY, fixture(name))) {
        expect(p.file).not.toBe("");
        expect(p.expected).not.toBe("");
      }
    }
  });
});

describe("an issuing body the site cannot name in English", () => {
  const INDEX = "sources/other-plans/other_plans_index.csv";
  it("stops the build at its line rather than print the Vietnamese name on English pages", () => {
    const text = fileText(real, INDEX).replace("UBND tỉnh Nghệ An", "Sở Lao động tỉnh Nghệ An");
    const line = text.split("\n").findIndex((l) => l.includes("Sở Lao động tỉnh Nghệ An")) + 1;
    expect(problemsWith(INDEX, text)).toEqual([
      expect.objectContaining({
        file: INDEX,
        line,
        column: "issuer",
        found: "Sở Lao động tỉnh Nghệ An",
        expected: expect.stringContaining("Tỉnh ủy"),
      }),
    ]);
  });
});
