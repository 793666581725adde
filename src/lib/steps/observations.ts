/**
 * Step 4, observations: every published figure of every observation source,
 * read by its registered importer, mapped to the catalogue, its area and
 * period resolved, and checked (unit, range, whole counts). Rows are handled
 * one at a time as the importer reads them, and repeated work (a name, a
 * period, a mapping) is looked up once, so time and memory grow with the
 * number of rows and no faster.
 */
import { isShare, withinShare } from "../units.ts";
import { resolveAreaName, type AreaMatch } from "../areas.ts";
import type { ReadSink } from "../input/importers/published.ts";
import type { Area, Citation, Indicator, Observation, Period, SetAside, Sex, Source } from "../model.ts";
import { parsePeriod, periodReferenceDate, type Legislature, type PeriodResult } from "../input/periods.ts";
import { QualifierRowSchema, type IndicatorMapRow, type TidyRow } from "../input/schema.ts";
import type { Qualifier } from "../model.ts";
import { closestName, detached } from "../text.ts";
import { firstOfEach, type BuildContext } from "./context.ts";
import { crossFieldFindings } from "../input/checks.ts";
import { didYouMean, type Catalogue } from "./indicators.ts";
import { filesOfKind } from "./sources.ts";

// "preliminary value (111.8)" names another figure, not this one.
const PRELIMINARY = /sơ bộ|preliminary(?!\s+value\s*\()/iu;

/**
 * The observations read, with what the headline step needs beside each (its
 * mapping priority and file), in parallel arrays rather than on the objects,
 * so nothing is copied to take it off again.
 */
export interface ReadObservations {
  observations: Observation[];
  priority: number[];
  file: string[];
  setAside: SetAside[];
}

export interface ObservationResolvers {
  areas: readonly Area[];
  aliases: ReadonlyMap<string, string>;
  legislatures: readonly Legislature[];
  /** Every period seen, by id: the dataset lists them. */
  periods: Map<string, Period>;
  /** A period as written, parsed once. */
  period: (raw: string) => PeriodResult;
  /** A name on a date, resolved once. */
  area: (raw: string, date: string | null) => AreaMatch;
  /** The release year: no figure is for a period that starts after it. */
  releaseYear: number;
}

export function observationResolvers(
  areas: readonly Area[],
  aliases: ReadonlyMap<string, string>,
  legislatures: readonly Legislature[],
  releaseYear: number,
): ObservationResolvers {
  const periodCache = new Map<string, PeriodResult>();
  const areaCache = new Map<string, AreaMatch>();
  return {
    areas,
    aliases,
    legislatures,
    releaseYear,
    periods: new Map(),
    period: (raw) => {
      let result = periodCache.get(raw);
      if (!result) periodCache.set(detached(raw), (result = parsePeriod(detached(raw), legislatures)));
      return result;
    },
    area: (raw, date) => {
      const key = `${raw}|${date ?? ""}`;
      let result = areaCache.get(key);
      if (!result) areaCache.set(detached(key), (result = resolveAreaName(raw, date, areas, aliases)));
      return result;
    },
  };
}

/** The indicator-map rows by published indicator and unit, most specific first (dataset, then area, then period; then file order). */
function indexMap(map: Catalogue["map"]): Map<string, IndicatorMapRow[]> {
  const specificity = (row: IndicatorMapRow) => (row.dataset !== "*" ? 4 : 0) + (row.area !== "*" ? 2 : 0) + (row.period !== "*" ? 1 : 0);
  const byKey = new Map<string, { line: number; row: IndicatorMapRow }[]>();
  for (const entry of map) {
    const key = `${entry.row.raw_indicator}|${entry.row.raw_unit}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return new Map(
    [...byKey].map(([key, entries]) => [key, entries.sort((a, b) => specificity(b.row) - specificity(a.row) || a.line - b.line).map((e) => e.row)]),
  );
}

/** Shares one object per distinct citation and note, so a million rows citing one publication hold it once. */
class Interner {
  private readonly citations = new Map<string, Citation>();
  private readonly texts = new Map<string, string>();
  citation(url: string, title: string): Citation {
    const key = `${url}\u0000${title}`;
    let c = this.citations.get(key);
    if (!c) this.citations.set(detached(key), (c = { url: detached(url), title: detached(title) }));
    return c;
  }
  text(s: string): string {
    let t = this.texts.get(s);
    if (t === undefined) this.texts.set((t = detached(s)), t);
    return t;
  }
}

/** Words that print a figure as a bound or an approximation, and the qualifier each means. */
const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/^(trên|hơn|over|more than)$/iu, "over"],
  [/^(dưới|under|less than)$/iu, "under"],
  [/^(gần|nearly|almost)$/iu, "nearly"],
  [/^(khoảng|xấp xỉ|about|around|approximately)$/iu, "about"],
];
const PRINTED_QUALIFIER =
  /(?<![\p{L}])(trên|hơn|dưới|gần|khoảng|xấp xỉ|over|more than|under|less than|nearly|almost|about|around|approximately)\s+["'‘“]?(\d+(?:[.,]\d+)?)/giu;

/**
 * A qualifier the note prints right before the row's own value ("gần 43%"
 * for a value of 43): such a figure must keep its qualifier, so the build
 * refuses it unless mappings/qualifiers.csv records it.
 */
export function printedQualifier(note: string, value: number): { qualifier: Qualifier; printed: string } | null {
  for (const m of note.matchAll(PRINTED_QUALIFIER)) {
    const number = Number((m[2] ?? "").replace(",", "."));
    if (Math.abs(number - value) > 1e-9) continue;
    const qualifier = QUALIFIER_WORDS.find(([word]) => word.test(m[1] ?? ""))?.[1];
    if (qualifier) return { qualifier, printed: m[0] };
  }
  return null;
}

export function readObservations(ctx: BuildContext, sources: readonly Source[], catalogue: Catalogue, resolve: ObservationResolvers): ReadObservations {
  const out: ReadObservations = { observations: [], priority: [], file: [], setAside: [] };
  const qualifierRows = firstOfEach(
    ctx,
    "mappings/qualifiers.csv",
    "line",
    ctx.tableRows("mappings/qualifiers.csv", QualifierRowSchema),
    (row) => `${row.source}|${row.line}`,
    "source line",
  );
  const qualifiers = new Map(qualifierRows.map(({ line, row }) => [`${row.source}|${row.line}`, { line, row, used: false }]));
  const map = indexMap(catalogue.map);
  const mappedIndicators = new Map<string, string[]>();
  for (const { row } of catalogue.map) mappedIndicators.set(row.raw_indicator, [...(mappedIndicators.get(row.raw_indicator) ?? []), row.raw_unit]);
  const intern = new Interner();
  for (const { source, importer, path } of filesOfKind(sources, "observations")) {
    if (importer.kind !== "observations") continue;
    const sink: ReadSink = {
      problems: ctx.problems,
      setAside: out.setAside,
      emit: (row, line, valueColumn) => {
        // The mapping row names a line of this source, whether or not that line's other cells pass.
        const recorded = qualifiers.get(`${source.id}|${line}`);
        if (recorded) recorded.used = true;
        const read = observationOf(row, line, valueColumn, source, path, ctx, catalogue, map, mappedIndicators, resolve, intern, out.setAside);
        if (!read) return;
        if (recorded) {
          read.observation.qualifier = recorded.row.qualifier;
        } else if (row.note !== "" && row.value !== null) {
          const printed = printedQualifier(row.note, row.value);
          if (printed)
            ctx.add({
              file: path,
              line,
              column: "note",
              found: printed.printed,
              expected: `a figure whose qualifier is kept: add "${source.id},${line},${printed.qualifier},${printed.printed}" to mappings/qualifiers.csv`,
            });
        }
        out.observations.push(read.observation);
        out.priority.push(read.priority);
        out.file.push(path);
      },
    };
    // Decoded piece by piece as it is read, never held whole: a published file can be hundreds of megabytes.
    importer.read(ctx.pieces(path, source.dialect), path, source, sink);
  }
  for (const { line, row, used } of qualifiers.values()) {
    if (!used)
      ctx.add({
        file: "mappings/qualifiers.csv",
        line,
        column: "line",
        found: `${row.source} line ${row.line}`,
        expected: "the line of a figure read from that source",
      });
  }
  return out;
}

function observationOf(
  row: TidyRow,
  line: number,
  valueColumn: string,
  source: Source,
  path: string,
  ctx: BuildContext,
  catalogue: Catalogue,
  map: ReadonlyMap<string, IndicatorMapRow[]>,
  mappedIndicators: ReadonlyMap<string, string[]>,
  resolve: ObservationResolvers,
  intern: Interner,
  setAside: SetAside[],
): { observation: Observation; priority: number } | null {
  const at = (column: string, found: string, expected: string, suggestion?: string): null => {
    ctx.add({ file: path, line, column, found, expected, ...(suggestion ? { suggestion } : {}) });
    return null;
  };
  const mapping = (map.get(`${row.indicator}|${row.unit}`) ?? []).find(
    (m) => (m.dataset === "*" || m.dataset === source.id) && (m.area === "*" || m.area === row.area_name) && (m.period === "*" || m.period === row.period),
  );
  if (!mapping) {
    const known = mappedIndicators.get(row.indicator) ?? [];
    return at(
      "indicator",
      `${row.indicator} [${row.unit}]`,
      "an indicator and unit listed in mappings/indicator_map.csv",
      known.length > 0 ? `units mapped for this indicator: ${known.join(", ")}` : "add a row to mappings/indicator_map.csv",
    );
  }
  if (mapping.indicator === "-") {
    setAside.push({ sourceId: source.id, line, reason: mapping.note });
    return null;
  }
  const indicator: Indicator | undefined = catalogue.indicators.get(mapping.indicator);
  if (!indicator && catalogue.invalidIds.has(mapping.indicator)) return null;
  if (!indicator) {
    return at(
      "indicator",
      mapping.indicator,
      "an indicator id of indicators.csv (named in mappings/indicator_map.csv)",
      didYouMean(mapping.indicator, [...catalogue.indicators.keys()]).suggestion,
    );
  }
  const parsed = resolve.period(row.period);
  if (!parsed.ok) return at("period", row.period, parsed.expected);
  const period = parsed.period;
  if (period.kind !== indicator.periodicity) {
    return at("period", row.period, `a ${indicator.periodicity} period for ${indicator.id} (it is measured by ${indicator.periodicity})`);
  }
  const area = resolve.area(row.area_name, periodReferenceDate(period));
  if (!area.ok) {
    const names = resolve.areas.flatMap((a) => [a.name.vi, ...a.formerNames]);
    const near = closestName(row.area_name, names);
    return at(
      "area_name",
      row.area_name,
      area.expected,
      near ? `did you mean "${near}"? (or add the spelling to mappings/area_aliases.csv)` : "add the spelling to mappings/area_aliases.csv",
    );
  }
  if (row.value === null) return at(valueColumn, "", "a figure (a row without a figure is not an observation)");
  const scaled = row.value * mapping.multiplier;
  // Counts are whole numbers; thousands converted to persons only carry floating-point noise, which is rounded away.
  const whole = Math.abs(scaled - Math.round(scaled)) < 1e-6;
  if (indicator.unit === "count" && !whole) {
    return at(
      valueColumn,
      String(row.value),
      `a whole number of ${indicator.unitLabel.en} (check the decimal mark: declare "decimal: comma" in SOURCE.md if "." separates thousands)`,
    );
  }
  const value = indicator.unit === "count" ? Math.round(scaled) : scaled;
  if (isShare(indicator) && !withinShare(value)) return at(valueColumn, String(row.value), "a percentage between 0 and 100");
  if ((indicator.unit === "count" || indicator.unit === "hours" || indicator.unit === "minutes") && value < 0) {
    return at(valueColumn, String(row.value), "a count of zero or more");
  }
  // The cells must agree with each other, not only each with itself.
  const findings = crossFieldFindings({
    value: row.value,
    numerator: row.numerator ?? null,
    denominator: row.denominator ?? null,
    unit: indicator.unit,
    periodStart: period.start,
    releaseYear: resolve.releaseYear,
  });
  if (findings.length > 0) {
    for (const f of findings) at(f.column, f.found, f.expected);
    return null;
  }
  const sex: Sex | null = mapping.sex === "keep" && row.sex ? row.sex : null;
  resolve.periods.set(period.id, period);
  const note = mapping.multiplier === 1 ? row.note : [row.note, `published as ${row.value} ${row.unit}`].filter(Boolean).join("; ");
  const observation: Observation = {
    indicatorId: indicator.id,
    areaId: area.area.id,
    periodId: period.id,
    sex,
    value,
    numerator: row.numerator ?? null,
    denominator: row.denominator ?? null,
    qualifier: "",
    derivation: row.derivation,
    reported: indicator.kind === "reported",
    sourceId: source.id,
    line,
    citation: intern.citation(row.source_url, row.source_title),
    note: intern.text(note),
    preliminary: row.note !== "" && PRELIMINARY.test(row.note),
    headline: false,
  };
  return { observation, priority: mapping.priority };
}

/**
 * One evidence kind per document: a document (its citation's address) that
 * reports any figure of a government's own bodies is a report, and every
 * figure read from it is shown as reported, never as a statistic.
 */
export function settleDocumentKinds(observations: Observation[]): void {
  const reportedDocuments = new Set(observations.filter((o) => o.reported).map((o) => o.citation.url));
  for (const o of observations) if (!o.reported && reportedDocuments.has(o.citation.url)) o.reported = true;
}
