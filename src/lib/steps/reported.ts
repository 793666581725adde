/**
 * Step 7, reported figures: one figure a row from an issuer's own report, for
 * a target that only administrative reports can measure. Checked against its
 * target: it must exist, be administrative and use the same unit.
 */
import { isShare, withinShare } from "../units.ts";
import type { Area, Reported, SetAside, Source, Target } from "../model.ts";
import { periodReferenceDate } from "../input/periods.ts";
import { ReportedFigureMapRowSchema, ReportedFigureRowSchema, ReportedRowSchema } from "../input/schema.ts";
import { firstOfEach, type BuildContext } from "./context.ts";
import { didYouMean } from "./indicators.ts";
import type { ObservationResolvers } from "./observations.ts";
import { filesOfKind } from "./sources.ts";
import { startsLikeFormula } from "./report-cells.ts";

export function readReported(
  ctx: BuildContext,
  sources: readonly Source[],
  targets: readonly Target[],
  resolve: ObservationResolvers,
  setAside: SetAside[],
  releaseDate: string,
): Reported[] {
  const out: Reported[] = [];
  const byId = new Map(targets.map((t) => [t.id, t]));
  for (const { source, path } of filesOfKind(sources, "reported")) {
    const table = ctx.table(path, ["target", "area_name", "period", "value", "unit", "document", "publisher"], source.dialect);
    for (const { line, row } of ctx.rows(table, ReportedRowSchema)) {
      const at = (column: string, found: string, expected: string, suggestion?: string) =>
        ctx.add({ file: path, line, column, found, expected, ...(suggestion ? { suggestion } : {}) });
      // A template row left empty: nothing reported for that commitment in this file, said so on the Sources page.
      if (row.value === null) {
        setAside.push({ sourceId: source.id, line, reason: `${row.target}: no value given (nothing reported in this file)` });
        continue;
      }
      const value = row.value;
      // A sent report's text never starts like a formula, whatever follows (the rule npm run check-report states and applies).
      const formula = (["document", "publisher", "quote", "note", "section"] as const).find((column) => startsLikeFormula(row[column]));
      if (formula) {
        at(formula, row[formula], "text not starting with =, @, + or - (a spreadsheet would run it as a formula)");
        continue;
      }
      if (row.document === "" || row.publisher === "") {
        at(row.document === "" ? "document" : "publisher", "", "the report's document and the body that published it, for a row with a value");
        continue;
      }
      const target = byId.get(row.target);
      if (!target) {
        // A target whose own row was refused is already reported there.
        if (!ctx.refusedIds("targets.csv").has(row.target)) at("target", row.target, "a target id", didYouMean(row.target, [...byId.keys()]).suggestion);
        continue;
      }
      // A report received or dated after the release goes into the next one: held, and listed as set aside until then.
      const after = source.retrieved > releaseDate ? `received ${source.retrieved}` : row.date > releaseDate ? `dated ${row.date}` : "";
      if (after !== "") {
        setAside.push({ sourceId: source.id, line, reason: `${row.target}: ${after}, after the release (${releaseDate}): held for the next release` });
        continue;
      }
      if (target.measure !== "administrative") {
        at("target", row.target, "a target only administrative reports can measure (this one has a published statistic)");
        continue;
      }
      if (row.unit !== target.unit.vi) {
        at("unit", row.unit, `the target's unit "${target.unit.vi}"`);
        continue;
      }
      const parsed = resolve.period(row.period);
      if (!parsed.ok) {
        at("period", row.period, parsed.expected);
        continue;
      }
      const area = resolve.area(row.area_name, periodReferenceDate(parsed.period));
      if (!area.ok) {
        at("area_name", row.area_name, area.expected);
        continue;
      }
      if (isShare(target) && !withinShare(value)) {
        at("value", String(value), "a percentage between 0 and 100");
        continue;
      }
      resolve.periods.set(parsed.period.id, parsed.period);
      out.push({
        targetId: target.id,
        role: "target",
        areaId: area.area.id,
        periodId: parsed.period.id,
        periodText: row.period,
        value,
        qualifier: "",
        printed: `${value} ${row.unit}`.trim(),
        quote: row.quote,
        reportDate: row.date,
        sourceId: source.id,
        line,
        citation: { url: row.url, title: row.document },
        publisher: row.publisher,
        note: row.note,
        reason: { vi: "", en: "" },
      });
    }
  }
  return out;
}

/** The number a mapping row gives, as the report printed it: "26" in "26 % (trên)", "1" for "yes held". */
function printedHolds(printed: string, value: number): boolean {
  if (/^yes\b/iu.test(printed.trim())) return value === 1;
  const numbers = [...printed.matchAll(/\d+(?:[.,]\d+)?/gu)].map((m) => Number((m[0] ?? "").replace(",", ".")));
  return numbers.includes(value);
}

/**
 * Figures governments published about their own progress (importer
 * reported-figures), each placed by mappings/reported_figures.csv: on a
 * target it reports on, as a proxy near one (with the reason), or listed
 * (with the reason it is tied to no target). Every row must be placed, and
 * every mapping row must name a row of the file.
 */
export function readPublishedReports(
  ctx: BuildContext,
  sources: readonly Source[],
  targets: readonly Target[],
  areas: readonly Area[],
  resolve: ObservationResolvers,
  releaseDate: string,
): Reported[] {
  const out: Reported[] = [];
  const files = filesOfKind(sources, "reported-figures");
  if (files.length === 0) return out;
  const MAP = "mappings/reported_figures.csv";
  const mapRows = firstOfEach(ctx, MAP, "line", ctx.tableRows(MAP, ReportedFigureMapRowSchema), (row) => String(row.line), "source line");
  const byLine = new Map(mapRows.map(({ line, row }) => [row.line, { line, row, used: false }]));
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const areaIds = new Set(areas.map((a) => a.id));
  for (const { source, path } of files) {
    const table = ctx.table(path, ["target_or_indicator", "area_name", "period", "reporting_body", "report_title", "source_url", "quote"], source.dialect);
    for (const { line, row } of ctx.rows(table, ReportedFigureRowSchema)) {
      const placed = byLine.get(line);
      const printed = `${row.value} ${row.unit}`.trim();
      if (!placed) {
        ctx.add({
          file: path,
          line,
          column: "",
          found: `${row.target_or_indicator} ${row.area_name} ${row.period}`,
          expected: `a row for line ${line} in ${MAP} (target, proxy or listed, with the reason)`,
        });
        continue;
      }
      placed.used = true;
      const m = placed.row;
      const at = (column: string, found: string, expected: string, suggestion?: string) =>
        ctx.add({ file: MAP, line: placed.line, column, found, expected, ...(suggestion ? { suggestion } : {}) });
      if (/^\d{4}-\d{2}-\d{2}$/u.test(row.report_date) && row.report_date > releaseDate) {
        ctx.add({ file: path, line, column: "report_date", found: row.report_date, expected: `a report date no later than the release (${releaseDate})` });
        continue;
      }
      if (!areaIds.has(m.area)) {
        at("area", m.area, "an area id of the site");
        continue;
      }
      let periodId = "";
      if (m.role !== "listed") {
        const target = targetById.get(m.target);
        if (!target) {
          if (!ctx.refusedIds("targets.csv").has(m.target)) at("target", m.target, "a target id", didYouMean(m.target, [...targetById.keys()]).suggestion);
          continue;
        }
        if (m.value !== null && isShare(target) && !withinShare(m.value)) {
          at("value", String(m.value), "a percentage between 0 and 100");
          continue;
        }
        const parsed = resolve.period(m.period);
        if (!parsed.ok) {
          at("period", m.period, parsed.expected);
          continue;
        }
        resolve.periods.set(parsed.period.id, parsed.period);
        periodId = parsed.period.id;
        if (m.value === null || !printedHolds(printed, m.value)) {
          at("value", String(m.value ?? ""), `the number the report printed ("${printed}")`);
          continue;
        }
      }
      out.push({
        targetId: m.target,
        role: m.role,
        areaId: m.area,
        periodId,
        periodText: row.period,
        value: m.value,
        qualifier: m.qualifier,
        printed,
        quote: row.quote,
        reportDate: row.report_date,
        sourceId: source.id,
        line,
        citation: { url: row.source_url, title: row.report_title },
        publisher: row.reporting_body,
        note: row.note,
        reason: { vi: m.reason_vi, en: m.reason_en },
      });
    }
  }
  for (const { line, row, used } of byLine.values()) {
    if (!used) ctx.add({ file: MAP, line, column: "line", found: String(row.line), expected: "the line of a row of the reported-figures source" });
  }
  return out;
}
