/**
 * Every input file checked as strictly as the observations: a fixture in
 * test/fixtures/bad/ for each check, each refused with its file, line,
 * column, what was found and what was expected; a refused row causes no
 * second, misleading problem elsewhere; the same rows in another order give
 * the same outputs.
 *
 * "append-<file>-*.csv" fixtures are rows added to the end of that data
 * file; "row-targets-*.csv" replaces the row of the same id in targets.csv;
 * "source-md-*.md" replaces sources/regional-series/SOURCE.md; "report-*"
 * is a new source in the `reported` layout (a filled template).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "../../src/lib/problems.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { fileText, inputFile, readDataFolder, sha256, withFile } from "../support/data-files.ts";

const real = readDataFolder();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/bad", name), "utf8");

function problemsOf(files: ReturnType<typeof readDataFolder>): Problem[] {
  const result = buildDataset(files);
  if (result.ok) throw new Error("the build accepted bad input");
  return result.problems;
}
/** The real file with the fixture's rows added; the line the first of them lands on. */
function appended(path: string, name: string): { problems: Problem[]; line: number } {
  const text = fileText(real, path);
  const body = text.endsWith("\n") ? text : `${text}\n`;
  return { problems: problemsOf(withFile(real, path, body + fixture(name))), line: body.split("\n").length };
}

const APPENDED: [string, string, { column: string; expected: string; found?: string }][] = [
  ["targets.csv", "append-targets-duplicate-id.csv", { column: "id", expected: "each target id once (already on line 2)" }],
  ["targets.csv", "append-targets-same-as-nowhere.csv", { column: "same_as", expected: "the id of a target of the data" }],
  ["targets.csv", "append-targets-percent-over-100.csv", { column: "value", found: "350", expected: "a percentage between 0 and 100" }],
  ["targets.csv", "append-targets-markup.csv", { column: "text_en", found: "<script>alert(1)</script>", expected: "text without markup" }],
  ["targets.csv", "append-targets-formula.csv", { column: "note_en", expected: "a spreadsheet formula" }],
  ["targets.csv", "append-targets-unknown-measure.csv", { column: "measure", found: "statistic", expected: "statistics" }],
  ["targets.csv", "append-targets-bad-binds.csv", { column: "binds", expected: "one value per part (1)" }],
  ["targets.csv", "append-targets-id-not-of-plan.csv", { column: "id", expected: "an id that begins with its plan's id" }],
  ["targets.csv", "append-targets-javascript-link.csv", { column: "set_by_url", expected: "http(s) addresses" }],
  ["targets.csv", "append-targets-proxy-without-group.csv", { column: "proxies", expected: "id@same, id@narrower or id@other" }],
  ["plans.csv", "append-plans-date-after-release.csv", { column: "doc_date", found: "2027-01-01", expected: "a date no later than the release (2026-12-07)" }],
  ["plans.csv", "append-plans-duplicate-id.csv", { column: "id", expected: "each plan id once (already on line 2)" }],
  ["legal_quotes.csv", "append-legal-quotes-javascript-url.csv", { column: "url", found: "javascript:alert(1)", expected: "an http(s) address" }],
  ["indicators.csv", "append-indicators-unknown-topic.csv", { column: "topic", found: "sport", expected: "a topic: politics" }],
  ["mappings/area_aliases.csv", "append-area-aliases-duplicate.csv", { column: "raw", expected: "each spelling once (already on line 2)" }],
  ["mappings/qualifiers.csv", "append-qualifiers-duplicate.csv", { column: "line", expected: "each source line once (already on line 2)" }],
  ["mappings/reported_figures.csv", "append-reported-map-duplicate-line.csv", { column: "line", expected: "each source line once (already on line 2)" }],
];

describe("each input file refuses bad rows with their file and line", () => {
  it.each(APPENDED)("%s + %s", (path, name, expected) => {
    const { problems, line } = appended(path, name);
    const match = problems.find((p) => p.file === path && p.line === line && p.column === expected.column);
    expect(match, problems.map(formatProblem).join("\n")).toBeDefined();
    expect(match?.expected).toContain(expected.expected);
    if (expected.found !== undefined) expect(match?.found).toContain(expected.found);
  });
});

describe("SOURCE.md, checked like a table", () => {
  const MD = "sources/regional-series/SOURCE.md";
  it.each([
    ["source-md-retrieved-after-release.md", "retrieved", "a date no later than the release (2026-12-07)"],
    ["source-md-markup.md", "title", "text without markup"],
  ])("%s", (name, column, expected) => {
    const problems = problemsOf(withFile(real, MD, fixture(name)));
    const match = problems.find((p) => p.file === MD && p.column === column);
    expect(match, problems.map(formatProblem).join("\n")).toBeDefined();
    expect(match?.line).toBeGreaterThan(1);
    expect(match?.expected).toContain(expected);
  });
});

describe("a filled reporting template, checked like a table", () => {
  it("report-after-release.csv: a report dated after the release is held for the next one, listed as set aside at its line, never stored as a figure", () => {
    const csv = fixture("report-after-release.csv");
    const md = [
      "---",
      "id: test-report",
      "title: A report invented for the test",
      "title_vi: Báo cáo dựng cho kiểm thử",
      "publisher: Test",
      "publisher_vi: Kiểm thử",
      "url: ",
      "retrieved: 2026-12-01",
      "licence: test",
      "licence_vi: kiểm thử",
      "importer: reported",
      "files: report.csv",
      `sha256: ${sha256(csv)}`,
      "summary_vi: Dựng cho kiểm thử.",
      "---",
      "",
    ].join("\n");
    const built = buildDataset([...real, inputFile("sources/test-report/report.csv", csv), inputFile("sources/test-report/SOURCE.md", md)]);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.dataset.setAside).toContainEqual({
      sourceId: "test-report",
      line: 2,
      reason: `binh-dinh-snv-kh-2022-1: dated 2031-01-01, after the release (${built.dataset.release.date}): held for the next release`,
    });
    expect(built.dataset.reported.filter((r) => r.sourceId === "test-report")).toEqual([]);
  });
});

describe("a report taken in by hand", () => {
  it("a text cell starting like a formula (-1+2) is refused at its line, as the report checker refuses it", () => {
    const csv =
      "target,area_name,period,value,unit,document,publisher,date,url,note\nbinh-dinh-snv-kh-2022-1,Bình Định,2025,65,%,-1+2,Sở Nội vụ tỉnh Bình Định,2025-12-01,,\n";
    const md = `---\nid: test-report\ntitle: T\ntitle_vi: T\npublisher: T\npublisher_vi: T\nurl: \nretrieved: 2026-12-01\nlicence: t\nlicence_vi: t\nimporter: reported\nfiles: report.csv\nsha256: ${sha256(csv)}\nsummary_vi: Dựng cho kiểm thử.\n---\n`;
    const problems = problemsOf([...real, inputFile("sources/test-report/report.csv", csv), inputFile("sources/test-report/SOURCE.md", md)]);
    expect(problems).toContainEqual(expect.objectContaining({ file: "sources/test-report/report.csv", line: 2, column: "document", found: "-1+2" }));
  });
});

describe("checks made after reading name the row's line", () => {
  const targets = fileText(real, "targets.csv");
  const lineOf = (id: string) => targets.split("\n").findIndex((l) => l.startsWith(`${id},`)) + 1;
  it("a quote that no longer matches its plan's text: targets.csv at the target's line", () => {
    const id = "lao-cai-84-kh-ubnd-2017-1";
    const text = targets.replace("đạt từ 20% trở lên.", "đạt từ 25% trở lên.");
    const problems = problemsOf(withFile(real, "targets.csv", text));
    expect(problems).toContainEqual(expect.objectContaining({ file: "targets.csv", line: lineOf(id), column: "text_vi" }));
  });
  it("a deadline before the plan's date: targets.csv at the target's line", () => {
    const id = "binh-dinh-snv-kh-2022-1";
    const row = targets.split("\n")[lineOf(id) - 1] ?? "";
    const text = targets.replace(row, row.replace(",2025,", ",2010,"));
    expect(text).not.toBe(targets);
    const problems = problemsOf(withFile(real, "targets.csv", text));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "targets.csv",
        line: lineOf(id),
        column: "deadline",
        expected: expect.stringContaining("not before the plan's own date"),
      }),
    );
  });
  it("a plan citing a missing source: plans.csv at the plan's line", () => {
    const plans = fileText(real, "plans.csv");
    const line = plans.split("\n").findIndex((l) => l.includes(",plan-lai-chau-579-2016,")) + 1;
    const problems = problemsOf(withFile(real, "plans.csv", plans.replace(",plan-lai-chau-579-2016,", ",plan-lai-chau-579,")));
    expect(problems).toContainEqual(expect.objectContaining({ file: "plans.csv", line, column: "source", found: "plan-lai-chau-579" }));
  });
  it("no problem of the build is left at line 0 for a row of a table", () => {
    for (const [path, name] of APPENDED)
      for (const p of appended(path, name).problems) if (p.file.endsWith(".csv")) expect(p.line, formatProblem(p)).toBeGreaterThan(0);
  });
});

describe("a refused row causes no second problem elsewhere", () => {
  it("row-targets-refused-comparator.csv: the comparator is refused in targets.csv, and nothing in mappings/reported_figures.csv", () => {
    const row = fixture("row-targets-refused-comparator.csv").trim();
    const id = row.split(",")[0] ?? "";
    const targets = fileText(real, "targets.csv");
    const old = targets.split("\n").find((l) => l.startsWith(`${id},`)) ?? "";
    const problems = problemsOf(withFile(real, "targets.csv", targets.replace(old, row)));
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining("targets.csv:")]);
    expect(problems[0]).toMatchObject({ column: "comparator", found: "≥" });
  });
});

describe("the same rows in another order give the same outputs", () => {
  it("targets.csv with its rows reversed builds the same dataset", () => {
    const text = fileText(real, "targets.csv");
    const [header, ...rows] = text.trimEnd().split("\n");
    // Rows are one line each (no cell holds a line break), so reversing lines reverses rows.
    expect(rows.every((r) => !r.endsWith(',"') && r.length > 0)).toBe(true);
    const reversed = `${[header, ...rows.reverse()].join("\n")}\n`;
    const a = buildDataset(real);
    const b = buildDataset(withFile(real, "targets.csv", reversed));
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(b.dataset.targets).toEqual(a.dataset.targets);
      expect(b.dataset.assessments).toEqual(a.dataset.assessments);
    }
  });
});
