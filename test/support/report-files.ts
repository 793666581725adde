/**
 * Made-up report files for the report checker's tests: a plan's template as
 * people download it, filled in, and damaged each way a real spreadsheet or
 * a careless or hostile sender damages one. Each case says the problem the
 * check must give (line, column, code) or, for a good file, that it passes.
 */
import { buildDownloads } from "../../src/lib/publish/downloads.ts";
import type { ReportProblemCode } from "../../src/lib/steps/report-check.ts";
import type { Dataset } from "../../src/lib/model.ts";

export const PLAN = "binh-dinh-snv-kh-2022";
export const REPORT = { document: "Báo cáo số 12/BC-SNV", publisher: "Sở Nội vụ tỉnh Bình Định", date: "2025-12-10", url: "https://example.org/bc-12" };
/** The day the tests check on. */
export const TODAY = "2026-12-04";

/** The plan's template as people download it (with its byte-order mark). */
export function templateOf(dataset: Dataset, plan = PLAN): string {
  return buildDownloads(dataset).get(`plans/${plan}-template.csv`) ?? "";
}

export function parseRow(line: string): string[] {
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

const quoteCell = (c: string) => (/[",\n\r]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);

/** The template with cells filled: each entry is line → column → value. */
export function filled(template: string, cells: Record<number, Record<string, string>>): string {
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
        const cellsOf = parseRow(line);
        for (const [column, value] of Object.entries(change)) cellsOf[header.indexOf(column)] = value;
        return cellsOf.map(quoteCell).join(",");
      })
      .join("\n") + "\n"
  );
}

export interface Expected {
  line: number;
  column: string;
  code: ReportProblemCode;
  found?: string;
}

/** Each kind of defect, as cells to fill in the template, and the problem the check must give. */
export const DEFECTS: [string, Record<number, Record<string, string>>, Expected][] = [
  ["a word for a number", { 2: { value: "sáu mươi", period: "2025", ...REPORT } }, { line: 2, column: "value", code: "bad-number", found: "sáu mươi" }],
  ["a share above 100", { 2: { value: "130", period: "2025", ...REPORT } }, { line: 2, column: "value", code: "percent-range", found: "130" }],
  ["an unknown commitment", { 2: { target: `${PLAN}-99`, value: "50", period: "2025", ...REPORT } }, { line: 2, column: "target", code: "unknown-target" }],
  ["another unit", { 2: { value: "50", period: "2025", unit: "người", ...REPORT } }, { line: 2, column: "unit", code: "wrong-unit", found: "người" }],
  ["a period that is not a year", { 2: { value: "50", period: "năm 2025", ...REPORT } }, { line: 2, column: "period", code: "bad-period" }],
  ["no period", { 2: { value: "50", ...REPORT } }, { line: 2, column: "period", code: "needs-period" }],
  ["a period after the release", { 3: { value: "50", period: "2027", ...REPORT } }, { line: 3, column: "period", code: "period-after-release" }],
  ["a period after the commitment's deadline", { 2: { value: "50", period: "2026", ...REPORT } }, { line: 2, column: "period", code: "period-outside-term" }],
  ["a period before the plan", { 2: { value: "50", period: "2019", ...REPORT } }, { line: 2, column: "period", code: "period-outside-term" }],
  ["another area", { 2: { value: "50", period: "2025", area_name: "Gia Lai", ...REPORT } }, { line: 2, column: "area_name", code: "other-area" }],
  [
    "a row of another plan",
    { 2: { value: "50", period: "2025", ...REPORT }, 3: { target: "tth-76-2021-1" } },
    { line: 3, column: "target", code: "other-plan" },
  ],
  ["no document", { 2: { value: "50", period: "2025", ...REPORT, document: "" } }, { line: 2, column: "document", code: "needs-document" }],
  ["no publisher", { 2: { value: "50", period: "2025", ...REPORT, publisher: "" } }, { line: 2, column: "publisher", code: "needs-publisher" }],
  ["a date written another way", { 2: { value: "50", period: "2025", ...REPORT, date: "10/12/2025" } }, { line: 2, column: "date", code: "bad-date" }],
  ["a date that does not exist", { 2: { value: "50", period: "2025", ...REPORT, date: "2025-02-30" } }, { line: 2, column: "date", code: "bad-date" }],
  ["a date in the future", { 2: { value: "50", period: "2025", ...REPORT, date: "2027-01-01" } }, { line: 2, column: "date", code: "date-in-future" }],
  [
    "a date before the plan was issued",
    { 2: { value: "50", period: "2025", ...REPORT, date: "2020-01-01" } },
    { line: 2, column: "date", code: "date-before-plan" },
  ],
  ["a link that is not http(s)", { 2: { value: "50", period: "2025", ...REPORT, url: "javascript:alert(1)" } }, { line: 2, column: "url", code: "bad-url" }],
  ["a spreadsheet formula", { 2: { value: "50", period: "2025", ...REPORT, note: '=HYPERLINK("x")' } }, { line: 2, column: "note", code: "formula" }],
  [
    "a formula starting with a minus and a digit",
    { 2: { value: "50", period: "2025", ...REPORT, document: "-1+2" } },
    { line: 2, column: "document", code: "formula" },
  ],
  ["markup", { 2: { value: "50", period: "2025", ...REPORT, document: "<b>Báo cáo</b>" } }, { line: 2, column: "document", code: "markup" }],
  ["a script", { 2: { value: "50", period: "2025", ...REPORT, note: "<script>alert(1)</script>" } }, { line: 2, column: "note", code: "markup" }],
  ["spaces inside a number", { 2: { value: "1 2", period: "2025", ...REPORT } }, { line: 2, column: "value", code: "spaced-number", found: "1 2" }],
  ["a thousands comma", { 2: { value: "1,250", period: "2025", ...REPORT } }, { line: 2, column: "value", code: "ambiguous-number" }],
  [
    "a 100,000-character title",
    { 2: { value: "50", period: "2025", ...REPORT, document: "B".repeat(100_000) } },
    { line: 2, column: "document", code: "too-long" },
  ],
  [
    "an escape sequence in an id",
    { 2: { target: `\u001b[2J\u001b[32mOK`, value: "50", period: "2025", ...REPORT } },
    { line: 2, column: "target", code: "hidden-character" },
  ],
  [
    "a zero-width space in an id",
    { 2: { target: `${PLAN}-\u200b1`, value: "50", period: "2025", ...REPORT } },
    { line: 2, column: "target", code: "hidden-character" },
  ],
  [
    "the same commitment and year twice",
    { 2: { value: "50", period: "2025", ...REPORT }, 3: { target: `${PLAN}-1`, value: "55", ...REPORT, period: "2025" } },
    { line: 3, column: "period", code: "duplicate-row" },
  ],
];

/** A commitment counted in times a year, where a "%" is refused: the first such commitment of the data. */
export function countTarget(dataset: Dataset): { planId: string; id: string; line: number } | null {
  const template = (plan: string) =>
    templateOf(dataset, plan)
      .replace(/^\uFEFF/u, "")
      .trimEnd()
      .split("\n");
  for (const plan of dataset.plans) {
    const lines = template(plan.id);
    const index = lines.findIndex((l, i) => i > 0 && !parseRow(l).includes("%") && dataset.targets.find((t) => t.id === parseRow(l)[0])?.value !== null);
    const id = parseRow(lines[index] ?? "")[0];
    if (index > 0 && id) return { planId: plan.id, id, line: index + 1 };
  }
  return null;
}
