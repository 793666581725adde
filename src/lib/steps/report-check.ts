/**
 * A filled reporting template (/data/plans/<id>-template.csv), checked before
 * anyone adds it to the data: every problem found, each with its line,
 * column, what was found and a code the reply words in both languages
 * (src/i18n/report-check.ts); or, when it passes, the verdicts it would
 * change, worked out by running the whole build with and without it.
 *
 * Pure: the data folder and the file come in as bytes, nothing is written.
 */
import { isShare, withinShare } from "../units.ts";
import { parseCsv } from "../csv.ts";
import { decodeBytes } from "../input/encoding.ts";
import { parseNumberCell } from "../input/numbers.ts";
import { unsafeTextReason } from "../input/safe-text.ts";
import type { Assessment, Dataset, Status, Evidence } from "../model.ts";
import { closestName, normaliseText } from "../text.ts";
import { buildDataset, type InputFile } from "./index.ts";

export type ReportProblemCode =
  | "encoding"
  | "csv"
  | "missing-column"
  | "no-rows"
  | "unknown-target"
  | "not-administrative"
  | "wrong-unit"
  | "bad-period"
  | "period-after-release"
  | "unknown-area"
  | "bad-number"
  | "percent-range"
  | "action-value"
  | "negative"
  | "needs-document"
  | "needs-publisher"
  | "bad-date"
  | "date-in-future"
  | "bad-url"
  | "unsafe-text"
  | "duplicate-row"
  | "build";

export interface ReportProblem {
  line: number;
  column: string;
  found: string;
  code: ReportProblemCode;
  /** Values the reply puts into its words (a unit, a suggestion, the build's own message). */
  params: Record<string, string>;
}

export interface VerdictChange {
  targetId: string;
  areaId: string;
  before: { status: Status; evidence: Evidence } | null;
  after: { status: Status; evidence: Evidence };
}

export type ReportCheck = { ok: false; problems: ReportProblem[] } | { ok: true; figures: number; changes: VerdictChange[] };

/** The columns a filled template must keep (the `reported` layout); section, quote and note are for the reader. */
export const TEMPLATE_REQUIRED = ["target", "area_name", "period", "value", "unit", "document", "publisher", "date", "url"] as const;

/** Where the checked file is placed in the data folder for the trial build. */
export const TRIAL_SOURCE = "sources/report-check";

function trialSourceMd(csvName: string, sha256: string): string {
  return [
    "---",
    "id: report-check",
    "title: Report under check",
    "title_vi: Báo cáo đang kiểm tra",
    "publisher: The reporting body",
    "publisher_vi: Cơ quan báo cáo",
    "url: ",
    "retrieved: 2000-01-01",
    "licence: Administrative document",
    "licence_vi: Văn bản hành chính",
    "importer: reported",
    `files: ${csvName}`,
    `sha256: ${sha256}`,
    "summary_vi: Tệp báo cáo đang được kiểm tra.",
    "---",
    "",
  ].join("\n");
}

/**
 * Checks a filled template against the data folder (`input`), with the
 * dataset it builds to (`dataset`, for targets and areas) and the date the
 * check runs on (`today`, ISO), and says what the figures would change.
 */
export function checkReport(
  input: readonly InputFile[],
  dataset: Dataset,
  file: { bytes: Uint8Array; sha256: string },
  today: string,
  digest: (bytes: Uint8Array) => string,
): ReportCheck {
  const problems: ReportProblem[] = [];
  const add = (line: number, column: string, found: string, code: ReportProblemCode, params: Record<string, string> = {}) =>
    problems.push({ line, column, found, code, params });

  // A byte-order mark says the encoding (UTF-8 or UTF-16, as the build reads them); without one the file must be UTF-8.
  // NUL bytes in a file without a mark are UTF-16 saved without it (Excel's "Unicode text"), which would read as garbage.
  const decoded = decodeBytes(file.bytes, null);
  const hasMark = (file.bytes[0] === 0xff && file.bytes[1] === 0xfe) || (file.bytes[0] === 0xfe && file.bytes[1] === 0xff);
  if (!decoded.ok || (!hasMark && file.bytes.includes(0))) {
    add(0, "", "", "encoding", { detected: !hasMark && file.bytes.includes(0) ? "UTF-16" : "" });
    return { ok: false, problems };
  }
  const { table, problems: csvProblems } = parseCsv(decoded.text, "report.csv", [...TEMPLATE_REQUIRED]);
  for (const p of csvProblems) {
    if (p.expected.startsWith("a column named")) add(p.line, p.column, p.found, "missing-column", { column: p.column });
    else add(p.line, p.column, p.found, "csv", { detail: p.expected });
  }
  if (problems.length > 0) return { ok: false, problems };

  const targets = new Map(dataset.targets.map((t) => [t.id, t]));
  const areaNames = new Set(dataset.areas.filter((a) => a.level !== "region").map((a) => a.name.vi));
  const releaseYear = Number(dataset.release.date.slice(0, 4));
  const seen = new Map<string, number>();
  let figures = 0;
  for (const { line, cells } of table.rows) {
    const cell = (column: string) => normaliseText(cells[column] ?? "");
    for (const [column, raw] of Object.entries(cells)) {
      const reason = unsafeTextReason(raw);
      if (reason) add(line, column, raw, "unsafe-text", { reason });
    }
    const id = cell("target");
    const target = targets.get(id);
    if (!target) {
      add(line, "target", id, "unknown-target", { suggestion: closestName(id, [...targets.keys()]) ?? "" });
      continue;
    }
    const rawValue = cell("value");
    // A row left empty: nothing reported for that commitment, as the template allows.
    if (rawValue === "") continue;
    figures += 1;
    if (target.measure !== "administrative") add(line, "target", id, "not-administrative");
    if (cell("unit") !== target.unit.vi) add(line, "unit", cell("unit"), "wrong-unit", { unit: target.unit.vi });
    const period = cell("period");
    const years = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/u.exec(period);
    if (!years || (years[2] !== undefined && Number(years[2]) <= Number(years[1]))) add(line, "period", period, "bad-period");
    else if (Number(years[1]) > releaseYear) add(line, "period", period, "period-after-release", { year: String(releaseYear) });
    const area = cell("area_name");
    if (!areaNames.has(area)) add(line, "area_name", area, "unknown-area", { suggestion: closestName(area, [...areaNames]) ?? "" });
    const number = parseNumberCell(rawValue, { decimalComma: false });
    if (number.kind !== "number") {
      add(line, "value", rawValue, "bad-number");
    } else if (target.value === null) {
      if (number.value !== 0 && number.value !== 1) add(line, "value", rawValue, "action-value");
    } else if (isShare(target) && !withinShare(number.value)) {
      add(line, "value", rawValue, "percent-range");
    } else if (number.value < 0) {
      add(line, "value", rawValue, "negative");
    }
    if (cell("document") === "") add(line, "document", "", "needs-document");
    if (cell("publisher") === "") add(line, "publisher", "", "needs-publisher");
    const date = cell("date");
    if (date !== "" && (!/^\d{4}-\d{2}-\d{2}$/u.test(date) || Number.isNaN(Date.parse(date)))) add(line, "date", date, "bad-date");
    else if (date > today) add(line, "date", date, "date-in-future", { today });
    const url = cell("url");
    if (url !== "" && !/^https?:\/\/[^\s<>"]+$/iu.test(url)) add(line, "url", url, "bad-url");
    const key = `${id}|${period}|${area}`;
    const first = seen.get(key);
    if (first !== undefined) add(line, "period", period, "duplicate-row", { line: String(first) });
    else seen.set(key, line);
  }
  if (problems.length === 0 && figures === 0) add(0, "value", "", "no-rows");
  if (problems.length > 0) return { ok: false, problems };

  // The trial: the whole build with the file as a source of its own; anything it still refuses is said in its own words.
  const csvName = "report.csv";
  const trial = [
    ...input,
    { path: `${TRIAL_SOURCE}/${csvName}`, bytes: file.bytes, sha256: file.sha256 },
    (() => {
      const md = new TextEncoder().encode(trialSourceMd(csvName, file.sha256));
      return { path: `${TRIAL_SOURCE}/SOURCE.md`, bytes: md, sha256: digest(md) };
    })(),
  ];
  const built = buildDataset(trial);
  if (!built.ok) {
    for (const p of built.problems) add(p.file.endsWith(csvName) ? p.line : 0, p.column, p.found, "build", { detail: `${p.file}: ${p.expected}` });
    return { ok: false, problems };
  }
  return { ok: true, figures, changes: verdictChanges(dataset.assessments, built.dataset.assessments) };
}

/** The verdicts that differ between two builds, in the order of the later one. */
export function verdictChanges(before: readonly Assessment[], after: readonly Assessment[]): VerdictChange[] {
  const old = new Map(before.map((a) => [`${a.targetId}|${a.areaId}`, a]));
  return after.flatMap((a) => {
    const was = old.get(`${a.targetId}|${a.areaId}`);
    if (was && was.status === a.status && was.evidence === a.evidence) return [];
    return [
      {
        targetId: a.targetId,
        areaId: a.areaId,
        before: was ? { status: was.status, evidence: was.evidence } : null,
        after: { status: a.status, evidence: a.evidence },
      },
    ];
  });
}
