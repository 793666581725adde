/**
 * npm run check-report: a filled reporting template, checked as the build
 * would check it, answered in Vietnamese and in English with every problem
 * (line, column, found, expected), or with the verdicts it would change.
 */
import { describe, expect, it } from "vitest";
import { problemLine, replyIn } from "../../src/i18n/report-check.ts";
import { buildDownloads } from "../../src/lib/publish/downloads.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { checkReport, type ReportCheck, type ReportProblemCode } from "../../src/lib/steps/report-check.ts";
import { readDataFolder, sha256 } from "../support/data-files.ts";

const input = readDataFolder();
const built = buildDataset(input);
if (!built.ok) throw new Error("the data do not build");
const dataset = built.dataset;
const PLAN = "binh-dinh-snv-kh-2022";
/** The plan's template as people download it (with its byte-order mark). */
const template = buildDownloads(dataset).get(`plans/${PLAN}-template.csv`) ?? "";

/** The template with cells filled: each entry is line → column → value. */
function filled(cells: Record<number, Record<string, string>>): string {
  const lines = template
    .replace(/^\uFEFF/u, "")
    .trimEnd()
    .split("\n");
  const header = (lines[0] ?? "").split(",");
  return (
    lines
      .map((line, i) => {
        const change = cells[i + 1];
        if (!change) return line;
        // Template cells are simple except the quote; rebuild the row with a CSV writer's quoting.
        const cellsOf = parseRow(line);
        for (const [column, value] of Object.entries(change)) cellsOf[header.indexOf(column)] = value;
        return cellsOf.map((c) => (/[",\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c)).join(",");
      })
      .join("\n") + "\n"
  );
}
function parseRow(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  return out;
}
const check = (text: string | Uint8Array): ReportCheck => {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return checkReport(input, dataset, { bytes, sha256: sha256(bytes) }, "2026-12-04", (b) => sha256(b));
};
const REPORT = { document: "Báo cáo số 12/BC-SNV", publisher: "Sở Nội vụ tỉnh Bình Định", date: "2025-12-10", url: "https://example.org/bc-12" };

describe("a good file", () => {
  const result = check(filled({ 2: { value: "65", ...REPORT } }));
  it("is valid, and says which verdict it would change: no report found → achieved, as reported", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.figures).toBe(1);
    expect(result.changes).toEqual([
      {
        targetId: `${PLAN}-1`,
        areaId: "binh-dinh",
        before: { status: "not-reported", evidence: "none" },
        after: { status: "achieved", evidence: "reported" },
      },
    ]);
  });
  it("answers in both languages, the figures shown as reported, never as statistics", () => {
    expect(replyIn(result, dataset, "report.csv", "vi")).toContain("Không tìm thấy báo cáo → Đã đạt · theo báo cáo");
    expect(replyIn(result, dataset, "report.csv", "en")).toContain("No report found → Achieved · as reported");
    expect(replyIn(result, dataset, "report.csv", "vi")).toContain("không phải số liệu thống kê");
  });
  it("the template as downloaded, with nothing filled in, is refused: no row with a value", () => {
    const empty = check(template);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems.map((p) => p.code)).toEqual(["no-rows"]);
  });
});

const BAD: [string, Record<number, Record<string, string>>, { line: number; column: string; code: ReportProblemCode; found?: string }][] = [
  ["a word for a number", { 2: { value: "sáu mươi", ...REPORT } }, { line: 2, column: "value", code: "bad-number", found: "sáu mươi" }],
  ["a share above 100", { 2: { value: "130", ...REPORT } }, { line: 2, column: "value", code: "percent-range", found: "130" }],
  ["an unknown commitment", { 2: { target: "binh-dinh-snv-kh-2022-99", value: "50", ...REPORT } }, { line: 2, column: "target", code: "unknown-target" }],
  ["another unit", { 2: { value: "50", unit: "người", ...REPORT } }, { line: 2, column: "unit", code: "wrong-unit", found: "người" }],
  ["a period that is not a year", { 2: { value: "50", period: "năm 2025", ...REPORT } }, { line: 2, column: "period", code: "bad-period" }],
  ["a period after the release", { 2: { value: "50", period: "2030", ...REPORT } }, { line: 2, column: "period", code: "period-after-release" }],
  ["an unknown area", { 2: { value: "50", area_name: "Bình Đinh", ...REPORT } }, { line: 2, column: "area_name", code: "unknown-area" }],
  ["no document", { 2: { value: "50", ...REPORT, document: "" } }, { line: 2, column: "document", code: "needs-document" }],
  ["no publisher", { 2: { value: "50", ...REPORT, publisher: "" } }, { line: 2, column: "publisher", code: "needs-publisher" }],
  ["a date written another way", { 2: { value: "50", ...REPORT, date: "10/12/2025" } }, { line: 2, column: "date", code: "bad-date" }],
  ["a date in the future", { 2: { value: "50", ...REPORT, date: "2027-01-01" } }, { line: 2, column: "date", code: "date-in-future" }],
  ["a link that is not http(s)", { 2: { value: "50", ...REPORT, url: "javascript:alert(1)" } }, { line: 2, column: "url", code: "bad-url" }],
  ["a spreadsheet formula", { 2: { value: "50", ...REPORT, note: '=HYPERLINK("x")' } }, { line: 2, column: "note", code: "unsafe-text" }],
  ["markup", { 2: { value: "50", ...REPORT, document: "<b>Báo cáo</b>" } }, { line: 2, column: "document", code: "unsafe-text" }],
  [
    "the same commitment and year twice",
    { 2: { value: "50", ...REPORT }, 3: { target: `${PLAN}-1`, value: "55", ...REPORT, period: "2025" } },
    { line: 3, column: "period", code: "duplicate-row" },
  ],
];

describe("a file with each kind of error", () => {
  it.each(BAD)("%s", (_, cells, expected) => {
    const result = check(filled(cells));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining(expected));
    for (const p of result.problems) {
      const vi = problemLine(p, "vi");
      const en = problemLine(p, "en");
      expect(vi).toMatch(/^Dòng \d+, cột \w+: thấy “.*”; cần .+\.$/u);
      expect(en).toMatch(/^Line \d+, column \w+: found ".*"; expected .+\.$/u);
    }
  });
  it("a missing column: the template's columns are kept", () => {
    const noUrl = template.replace(",url,", ",link,");
    const result = check(noUrl);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code: "missing-column", column: "url" }));
  });
  it("a ragged row: well-formed CSV", () => {
    const result = check(`${template.trimEnd()}\n${PLAN}-1,too,few\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.code === "csv" && p.line > 1)).toBe(true);
  });
});

describe("a file in the wrong encoding", () => {
  const text = filled({ 2: { value: "65", ...REPORT } }).replace(/^\uFEFF/u, "");
  it("UTF-16 without a byte-order mark (Excel's 'Unicode text'): refused, naming it, in both languages", () => {
    const result = check(new Uint8Array(Buffer.from(text, "utf16le")));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ line: 0, code: "encoding", params: { detected: "UTF-16" } })]);
    const [problem] = result.problems;
    if (!problem) return;
    expect(problemLine(problem, "vi")).toContain("CSV UTF-8");
    expect(problemLine(problem, "en")).toContain("this file is UTF-16 without a byte-order mark");
  });
  it("Windows-1258 (Vietnamese Windows): refused before any row is read, in both languages", () => {
    // "ì" is one byte, 0xEC, in Windows-1258: not UTF-8.
    const parts = text.split("ì").map((p) => Buffer.from(p, "utf8"));
    const bytes = new Uint8Array(Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from([0xec]), p]))));
    const result = check(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(["encoding"]);
    const [problem] = result.problems;
    if (problem) expect(problemLine(problem, "en")).toContain("Windows-1258");
  });
  it("UTF-16 with its byte-order mark is read, as the build reads it", () => {
    expect(check(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")])).ok).toBe(true);
  });
});
