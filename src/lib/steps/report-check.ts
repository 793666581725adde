/**
 * A filled reporting template (/data/plans/<id>-template.csv), checked before
 * anyone adds it to the data: every problem found, each with its line,
 * column, what was found and a code the reply words in both languages
 * (src/i18n/report-check.ts); or, when it passes, what each figure would do
 * to its commitment's verdict (report-effects.ts).
 *
 * One file reports on one plan and one area. Every cell is held against the
 * plan: the commitment, its unit, its term, the plan's area and issue date,
 * the release. Pure and free of Node: the command line and the browser run
 * this same code on the same context (reportContext).
 */
import { isShare, withinShare } from "../units.ts";
import { parseCsv } from "../csv.ts";
import { decodeBytes } from "../input/encoding.ts";
import { parsePeriod } from "../input/periods.ts";
import type { Dataset, Period, Target } from "../model.ts";
import { closestName } from "../text.ts";
import { REPORT_LIMITS, cellLimit, hasHidden, hasMarkup, readFigure, startsLikeFormula } from "./report-cells.ts";
import { figureEffects, termOf, type FigureEffect } from "./report-effects.ts";
import { csvProblem, encodingProblem, separatorProblem } from "./report-file.ts";

export { reportContext, termOf } from "./report-effects.ts";
export type { FigureEffect } from "./report-effects.ts";

export type ReportProblemCode =
  | "too-large"
  | "too-many-rows"
  | "encoding"
  | "nul-byte"
  | "separator"
  | "empty-file"
  | "quote"
  | "ragged-row"
  | "column-name"
  | "duplicate-column"
  | "missing-column"
  | "unknown-column"
  | "no-rows"
  | "unknown-target"
  | "other-plan"
  | "other-area"
  | "not-administrative"
  | "wrong-unit"
  | "needs-period"
  | "bad-period"
  | "period-outside-term"
  | "period-after-release"
  | "bad-number"
  | "percent-sign"
  | "spaced-number"
  | "ambiguous-number"
  | "percent-range"
  | "action-value"
  | "negative"
  | "needs-document"
  | "needs-publisher"
  | "bad-date"
  | "date-before-plan"
  | "date-in-future"
  | "bad-url"
  | "markup"
  | "formula"
  | "hidden-character"
  | "too-long"
  | "duplicate-row";

export interface ReportProblem {
  line: number;
  column: string;
  found: string;
  code: ReportProblemCode;
  /** Values the reply puts into its words (a unit, a suggestion, a year). */
  params: Record<string, string>;
}

export type ReportCheck =
  | { ok: false; problems: ReportProblem[]; more: number; planId: string | null }
  | { ok: true; planId: string; areaId: string; figures: number; effects: FigureEffect[]; report: ReportCitation };

/** The report a file's figures come from, as its first accepted row names it. */
export interface ReportCitation {
  document: string;
  publisher: string;
  url: string;
  date: string;
}

/** A row that passed every check, as the build would store it. */
export interface AcceptedRow {
  line: number;
  target: Target;
  period: Period;
  value: number;
  /** The figure as written, and as read where that differs ("35,5" → 35.5). */
  written: string;
  read: string | null;
  reportDate: string;
  document: string;
  publisher: string;
  url: string;
  quote: string;
  note: string;
}

/** The columns of the template, in its order; a filled file keeps them and adds none. */
export const TEMPLATE_COLUMNS = ["target", "section", "quote", "area_name", "period", "value", "unit", "document", "publisher", "date", "url", "note"] as const;
/** The columns a filled template must keep (the `reported` layout); section, quote and note are for the reader. */
export const TEMPLATE_REQUIRED = ["target", "area_name", "period", "value", "unit", "document", "publisher", "date", "url"] as const;

/**
 * Checks a filled template's bytes against the context (the dataset, or the
 * part of it reportContext keeps) on the date the check runs (`today`, ISO).
 * `size` is the file's size where only a refused file's size was read.
 */
export function checkReport(context: Dataset, bytes: Uint8Array, today: string, size = bytes.length): ReportCheck {
  const problems: ReportProblem[] = [];
  let planId: string | null = null;
  const add = (line: number, column: string, found: string, code: ReportProblemCode, params: Record<string, string> = {}) =>
    problems.push({ line, column, found, code, params });
  const refused = (): ReportCheck => {
    // A check that stopped says so first: the rest of the file was not read.
    const listed = [...problems.filter((p) => p.code === "too-many-rows"), ...problems.filter((p) => p.code !== "too-many-rows")];
    return { ok: false, problems: listed.slice(0, REPORT_LIMITS.listed), more: Math.max(0, problems.length - REPORT_LIMITS.listed), planId };
  };

  if (size > REPORT_LIMITS.bytes) {
    add(0, "", `${size} B`, "too-large", { limit: String(REPORT_LIMITS.bytes) });
    return refused();
  }
  const encoding = encodingProblem(bytes);
  if (encoding) {
    problems.push(encoding);
    return refused();
  }
  const decoded = decodeBytes(bytes, null);
  if (!decoded.ok) {
    add(0, "", "", "encoding", { detected: "" });
    return refused();
  }
  const separator = separatorProblem(decoded.text);
  if (separator) {
    problems.push(separator);
    return refused();
  }
  const { table, problems: csvProblems } = parseCsv(decoded.text, "report.csv", [...TEMPLATE_REQUIRED]);
  for (const p of csvProblems) problems.push(csvProblem(p));
  for (const column of table.header) {
    if (column !== "" && !(TEMPLATE_COLUMNS as readonly string[]).includes(column))
      add(1, column, column, "unknown-column", { columns: TEMPLATE_COLUMNS.join(", ") });
  }
  if (problems.length > 0) return refused();

  const targets = new Map(context.targets.map((t) => [t.id, t]));
  const plans = new Map(context.plans.map((p) => [p.id, p]));
  const areaName = new Map(context.areas.map((a) => [a.id, a.name.vi]));
  const releaseYear = Number(context.release.date.slice(0, 4));
  const seen = new Map<string, number>();
  const accepted: AcceptedRow[] = [];
  const suggestions = new Map<string, string>();
  let rows = 0;
  for (const { line, cells } of table.rows) {
    // Excel's emptied rows (commas only) are blank, as the template allows.
    if (Object.values(cells).every((c) => c.trim() === "")) continue;
    rows += 1;
    if (rows > REPORT_LIMITS.rows) {
      add(line, "", "", "too-many-rows", { limit: String(REPORT_LIMITS.rows) });
      break;
    }
    const before = problems.length;
    const cell = (column: string) =>
      (cells[column] ?? "")
        .normalize("NFC")
        .replace(/[ \t]+/gu, " ")
        .trim();
    for (const [column, raw] of Object.entries(cells)) {
      if ([...raw].length > cellLimit(column)) add(line, column, raw, "too-long", { limit: String(cellLimit(column)) });
      else if (hasMarkup(raw)) add(line, column, raw, "markup");
      else if (column !== "value" && startsLikeFormula(raw)) add(line, column, raw, "formula");
      else if (hasHidden(raw.replace(/[\t\r\n]/gu, " "))) add(line, column, raw, "hidden-character");
    }
    if (problems.length > before) continue;
    const id = cell("target");
    const target = targets.get(id);
    if (!target) {
      let suggestion = suggestions.get(id);
      if (suggestion === undefined) suggestions.set(id, (suggestion = closestName(id, [...targets.keys()]) ?? ""));
      add(line, "target", id, "unknown-target", { suggestion });
      continue;
    }
    planId ??= target.planId;
    if (target.planId !== planId) {
      add(line, "target", id, "other-plan", { plan: planId });
      continue;
    }
    const plan = plans.get(target.planId);
    const homeName = areaName.get(plan?.areaId ?? "") ?? "";
    const rawValue = cell("value");
    // A row left empty: nothing reported for that commitment, as the template allows.
    if (rawValue === "") continue;
    if (target.measure !== "administrative") add(line, "target", id, "not-administrative");
    if (cell("unit") !== target.unit.vi) add(line, "unit", cell("unit"), "wrong-unit", { unit: target.unit.vi });
    const area = cell("area_name");
    if (area !== homeName) add(line, "area_name", area, "other-area", { area: homeName });
    const term = termOf(plan, target);
    const termWords = { from: String(term.from ?? "…"), to: String(term.to ?? "…") };
    const periodText = cell("period");
    const period = periodText === "" ? null : parsePeriod(periodText, []);
    if (period === null) add(line, "period", "", "needs-period", termWords);
    else if (!period.ok || period.period.kind === "legislature") add(line, "period", periodText, "bad-period");
    else if ((term.from !== null && (period.period.start ?? 0) < term.from) || (term.to !== null && (period.period.end ?? 0) > term.to))
      add(line, "period", periodText, "period-outside-term", termWords);
    else if ((period.period.end ?? 0) > releaseYear) add(line, "period", periodText, "period-after-release", { year: String(releaseYear) });
    const figure = readFigure(rawValue, isShare(target));
    if (!figure.ok) {
      const code = { "percent-sign": "percent-sign", spaces: "spaced-number", ambiguous: "ambiguous-number", "not-a-number": "bad-number" } as const;
      add(line, "value", rawValue, code[figure.why], { unit: target.unit.vi });
    } else if (target.value === null) {
      if (figure.value !== 0 && figure.value !== 1) add(line, "value", rawValue, "action-value");
    } else if (isShare(target) && !withinShare(figure.value)) {
      add(line, "value", rawValue, "percent-range");
    } else if (figure.value < 0) {
      add(line, "value", rawValue, "negative");
    }
    if (cell("document") === "") add(line, "document", "", "needs-document");
    if (cell("publisher") === "") add(line, "publisher", "", "needs-publisher");
    const date = cell("date");
    const issued = plan?.docDate ?? "";
    if (date !== "" && (!/^\d{4}-\d{2}-\d{2}$/u.test(date) || Number.isNaN(Date.parse(date)) || new Date(date).toISOString().slice(0, 10) !== date))
      add(line, "date", date, "bad-date");
    else if (date !== "" && date > today) add(line, "date", date, "date-in-future", { today });
    else if (date !== "" && issued !== "" && date < issued) add(line, "date", date, "date-before-plan", { issued });
    const url = cell("url");
    if (url !== "" && !/^https?:\/\/[^\s<>"]+$/iu.test(url)) add(line, "url", url, "bad-url");
    const key = `${id}|${periodText}`;
    const first = seen.get(key);
    if (first !== undefined) add(line, "period", periodText, "duplicate-row", { line: String(first) });
    else seen.set(key, line);
    if (problems.length > before || !period?.ok || !figure.ok) continue;
    accepted.push({
      line,
      target,
      period: period.period,
      value: figure.value,
      written: rawValue,
      read: figure.changed ? figure.read : null,
      reportDate: date,
      document: cell("document"),
      publisher: cell("publisher"),
      url,
      quote: cell("quote"),
      note: cell("note"),
    });
  }
  if (problems.length === 0 && accepted.length === 0) add(0, "value", "", "no-rows");
  if (problems.length > 0 || planId === null) return refused();
  const areaId = plans.get(planId)?.areaId ?? "";
  const first = accepted[0];
  const report = { document: first?.document ?? "", publisher: first?.publisher ?? "", url: first?.url ?? "", date: first?.reportDate ?? "" };
  return { ok: true, planId, areaId, figures: accepted.length, effects: figureEffects(context, accepted, areaId), report };
}
