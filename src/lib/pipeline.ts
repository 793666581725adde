/**
 * The data build, as one pure function: the files of a data folder in, one
 * validated dataset (or every problem found) out. `scripts/build-data.ts` only
 * reads the folder and writes what this returns.
 *
 * Steps, top to bottom: sources (SOURCE.md and checksums) -> areas -> periods
 * -> indicators -> observations (one importer per layout) -> plans and targets
 * -> cross-references -> derived fields. Every step adds to one problem list.
 */
import { buildAreas, resolveAreaName, type Area, type ProvinceCrosswalkRow } from "./areas.ts";
import type { z } from "zod";
import { parseCsv, type CsvTable } from "./csv.ts";
import { decodeBytes } from "./encoding.ts";
import { readPxWeb, readUnSdg, readWorldBank, type PublishedRow } from "./layouts.ts";
import { parseNumberCell as readNumber } from "./numbers.ts";
import type { AreaSetInfo, Comparator, Dataset, Indicator, Measure, Observation, Plan, Reported, SetAside, Sex, Source, Target, Tile } from "./model.ts";
import { parsePeriod, periodReferenceDate, type Legislature, type Period } from "./periods.ts";
import type { Problem } from "./problems.ts";
import {
  AreaAliasRowSchema,
  AreaSetRowSchema,
  IndicatorMapRowSchema,
  IndicatorRowSchema,
  LegislatureRowSchema,
  NationalTargetMapRowSchema,
  NationalTargetSourceRowSchema,
  OtherPlanIndexRowSchema,
  OtherPlanIndicatorRowSchema,
  OtherPlanTargetRowSchema,
  PlanRowSchema,
  ProvinceCrosswalkRowSchema,
  RegionRowSchema,
  ReleaseRowSchema,
  ReportedRowSchema,
  TargetRowSchema,
  TidyRowSchema,
  TileRowSchema,
  readRows,
  type IndicatorMapRow,
} from "./schema.ts";
import { parseSourceMd } from "./source-md.ts";
import { closestName, normaliseText, slugify } from "./text.ts";
import { assessTargetForArea, assessedAreas, indexDataset } from "./queries.ts";
import { parseNumberCell } from "./numbers.ts";
import { ownValue } from "./own.ts";
import { appendAll } from "./arrays.ts";

/** One file of the data folder: its path relative to the folder, its text and its SHA-256. */
export interface InputFile {
  path: string;
  text: string;
  sha256: string;
  /** The file as bytes, for sources in another encoding than UTF-8. */
  bytes?: Uint8Array;
}

export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

class Collector {
  readonly problems: Problem[] = [];
  add(...problems: Problem[]): void {
    appendAll(this.problems, problems);
  }
}

function table(files: ReadonlyMap<string, InputFile>, path: string, c: Collector, required: readonly string[] = [], source?: Source): CsvTable | null {
  const text = sourceText(files, path, c, source);
  if (text === null) return null;
  const { table: parsed, problems } = parseCsv(text, path, required, source?.dialect.delimiter ?? ",");
  c.add(...problems);
  return parsed;
}

/** A file's text, decoded as its source declares (see encoding.ts). */
function sourceText(files: ReadonlyMap<string, InputFile>, path: string, c: Collector, source?: Source): string | null {
  const file = files.get(path);
  if (!file) {
    c.add({ file: path, line: 0, column: "", found: "no such file", expected: "this file in the data folder" });
    return null;
  }
  if (!file.bytes) return file.text;
  const decoded = decodeBytes(file.bytes, source?.dialect.encoding ?? null);
  if (!decoded.ok) {
    c.add({ file: path, line: 0, column: "", found: "bytes that do not decode", expected: decoded.expected });
    return null;
  }
  return decoded.text;
}

function rows<S extends z.ZodType>(t: CsvTable | null, schema: S, c: Collector) {
  if (!t) return [];
  const { rows: read, problems } = readRows(t, schema);
  c.add(...problems);
  return read;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, onDuplicate: (item: T, key: string) => void): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) onDuplicate(item, k);
    seen.add(k);
  }
}

/** Sources: every folder under sources/ has a SOURCE.md whose checksums match its files. */
function readSources(files: ReadonlyMap<string, InputFile>, c: Collector): Source[] {
  const folders = new Set<string>();
  for (const path of files.keys()) {
    const m = /^sources\/([^/]+)\//u.exec(path);
    if (m?.[1]) folders.add(m[1]);
  }
  const sources: Source[] = [];
  for (const folder of [...folders].sort()) {
    const mdPath = `sources/${folder}/SOURCE.md`;
    const md = files.get(mdPath);
    if (!md) {
      c.add({
        file: `sources/${folder}`,
        line: 0,
        column: "",
        found: "no SOURCE.md",
        expected: "a SOURCE.md with publisher, title, url, retrieved, licence, sha256, importer",
      });
      continue;
    }
    const { source, problems } = parseSourceMd(md.text, mdPath, folder);
    c.add(...problems);
    if (!source) continue;
    const listed = new Set(source.files.map((f) => f.name));
    for (const path of files.keys()) {
      const name = path.slice(`sources/${folder}/`.length);
      if (path.startsWith(`sources/${folder}/`) && name !== "SOURCE.md" && !listed.has(name)) {
        c.add({ file: mdPath, line: 1, column: "files", found: name, expected: "every file of the folder listed with its checksum" });
      }
    }
    for (const f of source.files) {
      const input = files.get(`sources/${folder}/${f.name}`);
      if (!input) c.add({ file: mdPath, line: 1, column: "files", found: f.name, expected: "a file of that name beside SOURCE.md" });
      else if (input.sha256 !== f.sha256) {
        c.add({
          file: `sources/${folder}/${f.name}`,
          line: 0,
          column: "",
          found: `sha256 ${input.sha256}`,
          expected: `sha256 ${f.sha256} as recorded in SOURCE.md`,
          suggestion: "the file changed: update SOURCE.md if the change is a new release",
        });
      }
    }
    sources.push(source);
  }
  return sources;
}

function sourceFiles(sources: readonly Source[], importer: string): { source: Source; path: string }[] {
  return sources.filter((s) => s.importer === importer).flatMap((source) => source.files.map((f) => ({ source, path: `sources/${source.id}/${f.name}` })));
}

/** Areas from the crosswalk source file plus the project's set dates and region names. */
function readAreas(files: ReadonlyMap<string, InputFile>, sources: readonly Source[], aliases: ReadonlyMap<string, string>, c: Collector) {
  const setRows = rows(table(files, "area_sets.csv", c), AreaSetRowSchema, c);
  const areaSets: AreaSetInfo[] = setRows.map(({ row }) => ({
    id: row.set,
    name: { vi: row.name_vi, en: row.name_en },
    validFrom: row.valid_from || null,
    validTo: row.valid_to || null,
    legalBasis: row.legal_basis,
  }));
  const p63 = areaSets.find((s) => s.id === "p63")?.validTo;
  const p34 = areaSets.find((s) => s.id === "p34")?.validFrom;
  if (!p63 || !p34) {
    c.add({ file: "area_sets.csv", line: 0, column: "", found: "", expected: "rows p63 (with valid_to) and p34 (with valid_from)" });
  }
  const regions = rows(table(files, "regions.csv", c), RegionRowSchema, c).map(({ row }) => ({ nameVi: row.name_vi, nameEn: row.name_en }));
  const crosswalk: ProvinceCrosswalkRow[] = [];
  for (const { path } of sourceFiles(sources, "areas")) {
    for (const { row } of rows(table(files, path, c), ProvinceCrosswalkRowSchema, c)) {
      crosswalk.push({ code2024: row.code_2024, name2024: row.name_2024, region2024: row.region_2024, code2025: row.code_2025, name2025: row.name_2025 });
      if (!regions.some((r) => r.nameVi === row.region_2024)) {
        c.add({ file: path, line: 0, column: "region_2024", found: row.region_2024, expected: "a region listed in regions.csv" });
      }
    }
  }
  const areas = p63 && p34 ? buildAreas(crosswalk, regions, { p63ValidTo: p63, p34ValidFrom: p34 }, aliases) : [];
  duplicates(
    areas,
    (a) => a.id,
    (a) => c.add({ file: "sources/gso-provinces-2025", line: 0, column: "", found: a.id, expected: "unique area slugs" }),
  );
  return { areas, areaSets };
}

interface ObservationContext {
  areas: Area[];
  aliases: Map<string, string>;
  legislatures: Legislature[];
  indicators: Map<string, Indicator>;
  /** Ids of catalogue rows already reported as invalid. */
  reportedIndicators: Set<string>;
  map: { line: number; row: IndicatorMapRow }[];
  periods: Map<string, Period>;
}

/** The most specific indicator-map row for a published row (dataset, area and period may be "*"). */
function mapRow(ctx: ObservationContext, sourceId: string, indicator: string, unit: string, area: string, period: string) {
  const candidates = ctx.map.filter(
    ({ row }) =>
      (row.dataset === "*" || row.dataset === sourceId) &&
      row.raw_indicator === indicator &&
      row.raw_unit === unit &&
      (row.area === "*" || row.area === area) &&
      (row.period === "*" || row.period === period),
  );
  const specificity = ({ row }: { row: IndicatorMapRow }) => (row.dataset !== "*" ? 4 : 0) + (row.area !== "*" ? 2 : 0) + (row.period !== "*" ? 1 : 0);
  return candidates.sort((a, b) => specificity(b) - specificity(a) || a.line - b.line)[0]?.row;
}

const PRELIMINARY = /sơ bộ|preliminary/iu;

/** An observation while it is being built: with its mapping priority and file, for headlines and messages. */
type RawObservation = Observation & { priority: number; file: string };

/** The tidy importer: one published figure a row, named areas and periods, as in shared/data. */
function importTidy(
  files: ReadonlyMap<string, InputFile>,
  source: Source,
  path: string,
  ctx: ObservationContext,
  c: Collector,
): { observations: RawObservation[]; setAside: SetAside[] } {
  const t = table(files, path, c, ["indicator", "area_name", "period", "value", "unit", "source_url", "source_title", "note"], source);
  if (t && source.dialect.decimalComma) {
    // "1.234,5" becomes "1234.5" before the schema reads it; a cell that is not such a number is left for the schema to refuse.
    for (const r of t.rows) {
      for (const column of ["value", "numerator", "denominator"]) {
        const cell = readNumber(r.cells[column] ?? "", { decimalComma: true });
        if (cell.kind === "number") r.cells[column] = String(cell.value);
      }
    }
  }
  return observationsFromRows(
    rows(t, TidyRowSchema, c).map(({ line, row }) => ({ ...row, line, valueColumn: "value" })),
    source,
    path,
    ctx,
    c,
  );
}

/** Maps, resolves and checks published rows into observations: shared by every layout's importer. */
function observationsFromRows(
  published: readonly PublishedRow[],
  source: Source,
  path: string,
  ctx: ObservationContext,
  c: Collector,
): { observations: RawObservation[]; setAside: SetAside[] } {
  const observations: RawObservation[] = [];
  const setAside: SetAside[] = [];
  for (const { line, valueColumn, ...row } of published) {
    const at = (column: string, found: string, expected: string, suggestion?: string): void =>
      c.add({ file: path, line, column, found, expected, ...(suggestion ? { suggestion } : {}) });
    const mapping = mapRow(ctx, source.id, row.indicator, row.unit, row.area_name, row.period);
    if (!mapping) {
      const known = ctx.map.filter((m) => m.row.raw_indicator === row.indicator).map((m) => m.row.raw_unit);
      at(
        "indicator",
        `${row.indicator} [${row.unit}]`,
        "an indicator and unit listed in mappings/indicator_map.csv",
        known.length > 0 ? `units mapped for this indicator: ${known.join(", ")}` : "add a row to mappings/indicator_map.csv",
      );
      continue;
    }
    if (mapping.indicator === "-") {
      setAside.push({ sourceId: source.id, line, reason: mapping.note });
      continue;
    }
    const indicator = ctx.indicators.get(mapping.indicator);
    if (!indicator && ctx.reportedIndicators.has(mapping.indicator)) continue;
    if (!indicator) {
      at(
        "indicator",
        mapping.indicator,
        "an indicator id of indicators.csv (named in mappings/indicator_map.csv)",
        didYouMean(mapping.indicator, [...ctx.indicators.keys()]).suggestion,
      );
      continue;
    }
    const parsed = parsePeriod(row.period, ctx.legislatures);
    if (!parsed.ok) {
      at("period", row.period, parsed.expected);
      continue;
    }
    const period = parsed.period;
    if (period.kind !== indicator.periodicity) {
      at("period", row.period, `a ${indicator.periodicity} period for ${indicator.id} (it is measured by ${indicator.periodicity})`);
      continue;
    }
    const area = resolveAreaName(row.area_name, periodReferenceDate(period), ctx.areas, ctx.aliases);
    if (!area.ok) {
      const names = ctx.areas.flatMap((a) => [a.nameVi, ...a.formerNamesVi]);
      const near = closestName(row.area_name, names);
      at(
        "area_name",
        row.area_name,
        area.expected,
        near ? `did you mean "${near}"? (or add the spelling to mappings/area_aliases.csv)` : "add the spelling to mappings/area_aliases.csv",
      );
      continue;
    }
    if (row.value === null) {
      at(valueColumn, "", "a figure (a row without a figure is not an observation)");
      continue;
    }
    const scaled = row.value * mapping.multiplier;
    // Counts are whole numbers; thousands converted to persons only carry floating-point noise, which is rounded away.
    const whole = Math.abs(scaled - Math.round(scaled)) < 1e-6;
    if (indicator.unit === "count" && !whole) {
      at(
        valueColumn,
        String(row.value),
        `a whole number of ${indicator.unitLabel.en} (check the decimal mark: declare "decimal: comma" in SOURCE.md if "." separates thousands)`,
      );
      continue;
    }
    const value = indicator.unit === "count" ? Math.round(scaled) : scaled;
    if (indicator.unit === "percent" && (value < 0 || value > 100)) {
      at(valueColumn, String(row.value), "a percentage between 0 and 100");
      continue;
    }
    if ((indicator.unit === "count" || indicator.unit === "hours" || indicator.unit === "minutes") && value < 0) {
      at(valueColumn, String(row.value), "a count of zero or more");
      continue;
    }
    const sex: Sex | null = mapping.sex === "keep" && row.sex ? row.sex : null;
    ctx.periods.set(period.id, period);
    observations.push({
      indicatorId: indicator.id,
      areaId: area.area.id,
      periodId: period.id,
      sex,
      value,
      numerator: row.numerator ?? null,
      denominator: row.denominator ?? null,
      sourceId: source.id,
      line,
      citation: { url: row.source_url, title: row.source_title },
      note: [row.note, mapping.multiplier !== 1 ? `published as ${row.value} ${row.unit}` : ""].filter(Boolean).join("; "),
      preliminary: PRELIMINARY.test(row.note),
      headline: false,
      priority: mapping.priority,
      file: path,
    });
  }
  return { observations, setAside };
}

const observationKey = (o: Observation) => `${o.indicatorId}|${o.areaId}|${o.periodId}|${o.sex ?? ""}`;

/**
 * Marks one headline value per indicator, area, period and sex (lowest mapping
 * priority, then source, then line) and refuses a source that gives two
 * different values for the same key under the same citation.
 */
function chooseHeadlines(all: RawObservation[], c: Collector): Observation[] {
  const groups = new Map<string, RawObservation[]>();
  for (const o of all) groups.set(observationKey(o), [...(groups.get(observationKey(o)) ?? []), o]);
  const out: Observation[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.priority - b.priority || a.sourceId.localeCompare(b.sourceId) || a.line - b.line);
    const seen = new Map<string, Observation>();
    for (const o of group) {
      const k = `${o.sourceId}|${o.citation.url}`;
      const earlier = seen.get(k);
      if (earlier && earlier.value !== o.value) {
        c.add({
          file: o.file,
          line: o.line,
          column: "value",
          found: String(o.value),
          expected: `one value for ${observationKey(o).replace(/\|/gu, " ")} from one publication (line ${earlier.line} gives ${earlier.value})`,
        });
      }
      seen.set(k, o);
    }
    group.forEach(({ priority: _priority, file: _file, ...o }, index) => out.push({ ...o, headline: index === 0 }));
  }
  return out;
}

const TARGET_UNITS: Record<string, { vi: string; en: string }> = { "%": { vi: "%", en: "%" } };

/** A term written as "2016-2020", or inside deadline text ("nhiệm kỳ 2016-2021", "term 2021-2026"). */
export function termOf(text: string): { start: number; end: number } | null {
  const m = /^(\d{4})-(\d{4})$/u.exec(text) ?? /(?:nhiệm kỳ|term|congress)\D{0,3}(\d{4})\s*-\s*(\d{4})|(\d{4})\s*-\s*(\d{4})\s*(?:term|congress)/iu.exec(text);
  if (!m) return null;
  const [start, end] = (m[1] ? [m[1], m[2]] : [m[3], m[4]]).map(Number);
  return start !== undefined && end !== undefined && end > start ? { start, end } : null;
}

/** "(bản tin) …" marks a news report's wording; "[EN …]" an English summary. */
function quoteKindOf(textVi: string): Target["quoteKind"] {
  if (textVi.startsWith("(bản tin")) return "news";
  if (textVi.startsWith("[EN")) return "english-summary";
  return "plan";
}

/** Plans and targets: the project's own tables, the national-targets file and the other-plans files. */
function readPlansAndTargets(
  files: ReadonlyMap<string, InputFile>,
  sources: readonly Source[],
  areas: readonly Area[],
  aliases: ReadonlyMap<string, string>,
  c: Collector,
) {
  const plans: Plan[] = [];
  const targets: Target[] = [];
  const transcribed = new Set<string>();
  for (const { line, row } of rows(table(files, "plans.csv", c), PlanRowSchema, c)) {
    plans.push({
      id: row.id,
      issuer: { vi: row.issuer_vi, en: row.issuer_en },
      issuerLevel: row.issuer_level,
      areaId: row.area,
      docNumber: row.doc_number,
      docDate: row.doc_date,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      title: { vi: row.title_vi, en: row.title_en },
      parent: row.parent,
      reporting: { vi: row.reporting_vi, en: row.reporting_en },
      sourceId: row.source,
      note: { vi: row.note_vi, en: row.note_en },
      targetsExtracted: "yes",
      sourceUrl: "",
    });
    void line;
  }
  for (const { line, row } of rows(table(files, "targets.csv", c), TargetRowSchema, c)) {
    if (row.comparator !== "none" && row.value === null) {
      c.add({ file: "targets.csv", line, column: "value", found: "", expected: `a value for comparator ${row.comparator}` });
    }
    targets.push({
      id: row.id,
      planId: row.plan,
      section: row.section,
      textVi: row.text_vi,
      textEn: row.text_en,
      quoteKind: row.id.startsWith("ubtvqh") ? "source-note" : "plan",
      comparator: row.comparator,
      value: row.value,
      valueMax: row.value_max,
      unit: { vi: row.unit_vi, en: row.unit_en },
      deadline: row.deadline,
      term: termOf(row.term),
      recurrence: row.recurrence,
      scope: { vi: row.scope_vi, en: row.scope_en },
      measure: row.measure,
      indicatorIds: row.indicators,
      proxyIndicatorIds: row.proxies,
      note: { vi: row.note_vi, en: row.note_en },
    });
    transcribed.add(row.id);
  }

  // National strategy targets: the published file, completed by the mapping (plan id, English, indicators).
  const nationalMap = rows(table(files, "mappings/national_targets.csv", c), NationalTargetMapRowSchema, c);
  const usedMapLines = new Set<number>();
  for (const { path } of sourceFiles(sources, "national-targets")) {
    const perPlan = new Map<string, number>();
    for (const { line, row } of rows(table(files, path, c), NationalTargetSourceRowSchema, c)) {
      const match = nationalMap.find(
        ({ row: m }) =>
          row.plan.startsWith(m.plan_label_starts) && m.raw_indicator === row.indicator && m.raw_deadline === row.deadline && m.raw_value === row.value,
      );
      if (!match) {
        c.add({
          file: path,
          line,
          column: "indicator",
          found: `${row.indicator} ${row.deadline} ${row.value}`,
          expected: "a matching row in mappings/national_targets.csv (plan, English wording, indicators)",
        });
        continue;
      }
      usedMapLines.add(match.line);
      const m = match.row;
      const n = (perPlan.get(m.plan) ?? 0) + 1;
      perPlan.set(m.plan, n);
      const range = /^(\d+(?:[.,]\d+)?)\s*-\s*(\d+(?:[.,]\d+)?)$/u.exec(row.value);
      const single = parseNumberCell(row.value);
      const comparator: Comparator = row.comparator === "from" ? "none" : row.comparator;
      targets.push({
        id: `${m.plan}-${n}`,
        planId: m.plan,
        section: m.section,
        textVi: row.target_text_vi,
        textEn: m.text_en,
        quoteKind: quoteKindOf(row.target_text_vi),
        comparator,
        value: range ? Number((range[1] ?? "").replace(",", ".")) : single.kind === "number" ? single.value : null,
        valueMax: range ? Number((range[2] ?? "").replace(",", ".")) : null,
        unit: ownValue(TARGET_UNITS, row.unit) ?? { vi: row.unit, en: row.unit },
        deadline: m.deadline,
        term: termOf(row.deadline),
        recurrence: m.recurrence,
        scope: { vi: "cả nước", en: "whole country" },
        measure: m.measure,
        indicatorIds: m.indicators,
        proxyIndicatorIds: m.proxies,
        note: {
          vi: row.deadline !== String(m.deadline ?? "") ? `Thời hạn theo văn bản: ${row.deadline}` : "",
          en: row.deadline !== String(m.deadline ?? "") ? `Deadline as written: ${row.deadline}` : "",
        },
      });
    }
  }
  for (const { line } of nationalMap) {
    if (!usedMapLines.has(line))
      c.add({
        file: "mappings/national_targets.csv",
        line,
        column: "",
        found: "a row no target uses",
        expected: "each row to match a row of the national-targets source",
      });
  }

  // Other provinces' plans: the index gives plans, the targets file their targets.
  const codeMap = new Map(rows(table(files, "mappings/other_plan_indicators.csv", c), OtherPlanIndicatorRowSchema, c).map(({ row }) => [row.code, row]));
  for (const { source, path } of sourceFiles(sources, "other-plans")) {
    if (path.endsWith("_index.csv")) {
      for (const { line, row } of rows(table(files, path, c), OtherPlanIndexRowSchema, c)) {
        const area = resolveAreaName(row.province, "2021-01-01", areas, aliases);
        if (!area.ok) {
          c.add({ file: path, line, column: "province", found: row.province, expected: area.expected });
          continue;
        }
        const id = slugify(row.plan_id);
        const level = row.issuer_level.startsWith("district") ? "district" : "province";
        const years = [...row.period.matchAll(/\d{4}/gu)].map((m) => Number(m[0]));
        const docDate = /^\d{4}-\d{2}-\d{2}$/u.test(row.doc_date) ? row.doc_date : (/^\d{4}$/u.exec(row.doc_date)?.[0] ?? "");
        plans.push({
          id,
          issuer: { vi: row.issuer, en: row.issuer },
          issuerLevel: level,
          areaId: area.area.id,
          docNumber: /^not given$/u.test(row.doc_number) ? "" : row.doc_number,
          docDate,
          periodStart: years.length > 1 ? (years[0] ?? null) : null,
          periodEnd: years.length > 0 ? (years[years.length - 1] ?? null) : null,
          title: {
            vi: `Kế hoạch ${row.doc_number && row.doc_number !== "not given" ? row.doc_number : ""} (${row.period})`.replace(/\s+/gu, " "),
            en: `Plan ${row.doc_number && row.doc_number !== "not given" ? row.doc_number : ""} (${row.period})`.replace(/\s+/gu, " "),
          },
          parent: row.parent_policies,
          reporting: { vi: "", en: "" },
          sourceId: source.id,
          note: { vi: row.notes, en: row.notes },
          targetsExtracted: row.targets_extracted,
          sourceUrl: row.source_url,
        });
      }
    } else {
      const perPlan = new Map<string, number>();
      for (const { line, row } of rows(table(files, path, c), OtherPlanTargetRowSchema, c)) {
        const planId = slugify(row.plan_id);
        const n = (perPlan.get(planId) ?? 0) + 1;
        perPlan.set(planId, n);
        const code = codeMap.get(row.indicator);
        if (!code) {
          c.add({ file: path, line, column: "indicator", found: row.indicator, expected: "a code listed in mappings/other_plan_indicators.csv" });
          continue;
        }
        const deadline = /\d{4}/u.exec(row.deadline);
        const measure: Measure = row.measurable_by_published_data.startsWith("no") ? "administrative" : "statistics";
        // "% of employed women who are wage workers": the unit is "%", the rest describes what is counted.
        const percentUnit = /^%\s*(.*)$/u.exec(row.unit);
        targets.push({
          id: `${planId}-${n}`,
          planId,
          section: row.section,
          textVi: row.target_text_vi,
          textEn: row.target_text_en,
          quoteKind: quoteKindOf(row.target_text_vi),
          comparator: row.comparator,
          value: row.value,
          valueMax: null,
          unit: percentUnit ? { vi: "%", en: "%" } : { vi: row.unit, en: row.unit },
          deadline: deadline ? Number(deadline[0]) : null,
          term: termOf(row.deadline),
          recurrence: /annual/u.test(row.deadline) ? "yearly" : "",
          scope: { vi: [row.scope, percentUnit?.[1]].filter(Boolean).join("; "), en: [row.scope, percentUnit?.[1]].filter(Boolean).join("; ") },
          measure,
          indicatorIds: measure === "statistics" ? code.indicators : [],
          proxyIndicatorIds: measure === "statistics" ? code.proxies : [...code.indicators, ...code.proxies],
          note: { vi: row.notes, en: row.notes },
        });
      }
    }
  }
  return { plans, targets, transcribed };
}

/** "did you mean "x"?" when a close name exists. */
function didYouMean(name: string, candidates: readonly string[]): { suggestion?: string } {
  const near = closestName(name, candidates);
  return near ? { suggestion: `did you mean "${near}"?` } : {};
}

/**
 * The reported layout: one figure a row from an issuer's own report, for a
 * target that only administrative reports can measure. Checked against its
 * target: it must exist, be administrative and use the same unit.
 */
function importReported(
  files: ReadonlyMap<string, InputFile>,
  sources: readonly Source[],
  targets: readonly Target[],
  ctx: ObservationContext,
  c: Collector,
): Reported[] {
  const out: Reported[] = [];
  for (const { source, path } of sourceFiles(sources, "reported")) {
    for (const { line, row } of rows(
      table(files, path, c, ["target", "area_name", "period", "value", "unit", "document", "publisher"]),
      ReportedRowSchema,
      c,
    )) {
      const at = (column: string, found: string, expected: string, suggestion?: string) =>
        c.add({ file: path, line, column, found, expected, ...(suggestion ? { suggestion } : {}) });
      const target = targets.find((tg) => tg.id === row.target);
      if (!target) {
        at(
          "target",
          row.target,
          "a target id",
          didYouMean(
            row.target,
            targets.map((tg) => tg.id),
          ).suggestion,
        );
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
      const parsed = parsePeriod(row.period, ctx.legislatures);
      if (!parsed.ok) {
        at("period", row.period, parsed.expected);
        continue;
      }
      const area = resolveAreaName(row.area_name, periodReferenceDate(parsed.period), ctx.areas, ctx.aliases);
      if (!area.ok) {
        at("area_name", row.area_name, area.expected);
        continue;
      }
      if (target.unit.vi === "%" && (row.value < 0 || row.value > 100)) {
        at("value", String(row.value), "a percentage between 0 and 100");
        continue;
      }
      ctx.periods.set(parsed.period.id, parsed.period);
      out.push({
        targetId: target.id,
        areaId: area.area.id,
        periodId: parsed.period.id,
        value: row.value,
        sourceId: source.id,
        line,
        citation: { url: row.url, title: row.document },
        publisher: row.publisher,
        note: row.note,
      });
    }
  }
  return out;
}

/** A tile-grid layout: every unit of the set exactly once, no two tiles in one cell. */
function readTilemap(files: ReadonlyMap<string, InputFile>, set: "p63" | "p34", areas: readonly Area[], c: Collector): Tile[] {
  const path = `tilemaps/${set}.csv`;
  const units = areas.filter((a) => a.level === "province" && a.sets.includes(set));
  const tiles: Tile[] = [];
  const cells = new Map<string, string>();
  for (const { line, row } of rows(table(files, path, c), TileRowSchema, c)) {
    const area = units.find((a) => a.code === row.code);
    if (!area) {
      c.add({ file: path, line, column: "code", found: row.code, expected: `the GSO code of one of the ${units.length} units of the set` });
      continue;
    }
    const key = `${row.row},${row.col}`;
    const other = cells.get(key);
    if (other) c.add({ file: path, line, column: "row", found: key, expected: `a cell no other tile uses (code ${other} is there)` });
    cells.set(key, row.code);
    if (tiles.some((t) => t.code === row.code)) c.add({ file: path, line, column: "code", found: row.code, expected: "each unit once" });
    tiles.push({ areaId: area.id, code: row.code, row: row.row, col: row.col, label: row.label });
  }
  for (const area of units) {
    if (!tiles.some((t) => t.areaId === area.id))
      c.add({ file: path, line: 0, column: "code", found: `${area.code} (${area.nameVi}) missing`, expected: "a tile for every unit of the set" });
  }
  return tiles;
}

/** Checks that hold across tables: ids unique, every reference resolves, quotes stand in their source. */
function crossCheck(
  dataset: Dataset,
  files: ReadonlyMap<string, InputFile>,
  transcribed: ReadonlySet<string>,
  reportedIndicators: ReadonlySet<string>,
  c: Collector,
): void {
  const areaIds = new Set(dataset.areas.map((a) => a.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const indicatorIds = dataset.indicators.map((i) => i.id);
  const planById = new Map(dataset.plans.map((p) => [p.id, p]));
  duplicates(
    dataset.plans,
    (p) => p.id,
    (p) => c.add({ file: "plans.csv", line: 0, column: "id", found: p.id, expected: "each plan id once (plans.csv and the other-plans index together)" }),
  );
  duplicates(
    dataset.plans.filter((p) => p.docNumber !== "" && p.docDate !== ""),
    (p) => `${p.issuer.vi}|${p.docNumber}|${p.docDate}`,
    (p) =>
      c.add({
        file: "plans.csv",
        line: 0,
        column: "doc_number",
        found: `${p.issuer.vi} ${p.docNumber} ${p.docDate}`,
        expected: "one plan per issuer, number and date",
      }),
  );
  duplicates(
    dataset.targets,
    (t) => t.id,
    (t) => c.add({ file: "targets.csv", line: 0, column: "id", found: t.id, expected: "each target id once" }),
  );
  for (const plan of dataset.plans) {
    if (!areaIds.has(plan.areaId))
      c.add({ file: "plans.csv", line: 0, column: "area", found: plan.areaId, expected: "an area id", ...didYouMean(plan.areaId, [...areaIds]) });
    if (!sourceIds.has(plan.sourceId))
      c.add({
        file: "plans.csv",
        line: 0,
        column: "source",
        found: plan.sourceId,
        expected: "a folder under sources/ with a SOURCE.md",
        ...didYouMean(plan.sourceId, [...sourceIds]),
      });
  }
  for (const target of dataset.targets) {
    const file = transcribed.has(target.id) ? "targets.csv" : `targets of ${target.id.replace(/-\d+$/u, "")} (sources/national-targets or sources/other-plans)`;
    const plan = planById.get(target.planId);
    if (!plan) {
      c.add({
        file,
        line: 0,
        column: "plan",
        found: `${target.id}: ${target.planId}`,
        expected: "a plan id of plans.csv or the other-plans index",
        ...didYouMean(target.planId, [...planById.keys()]),
      });
      continue;
    }
    for (const id of [...target.indicatorIds, ...target.proxyIndicatorIds]) {
      if (!indicatorIds.includes(id) && !reportedIndicators.has(id))
        c.add({
          file,
          line: 0,
          column: "indicators",
          found: `${target.id}: ${id}`,
          expected: "an indicator id of indicators.csv",
          ...didYouMean(id, indicatorIds),
        });
    }
    const planYear = Number(plan.docDate.slice(0, 4));
    if (target.deadline !== null && plan.docDate !== "" && target.deadline < planYear && plan.issuerLevel !== "national") {
      c.add({
        file,
        line: 0,
        column: "deadline",
        found: `${target.id}: ${target.deadline}`,
        expected: `a deadline not before the plan's own date (${plan.docDate})`,
      });
    }
    // A hand-transcribed quote must stand, word for word, in the plan's source text.
    const source = dataset.sources.find((s) => s.id === plan.sourceId);
    if (source && transcribed.has(target.id)) {
      const haystack = normaliseText(source.files.map((f) => files.get(`sources/${source.id}/${f.name}`)?.text ?? "").join("\n"));
      const quote = normaliseText(target.textVi);
      if (!haystack.includes(quote)) {
        c.add({
          file,
          line: 0,
          column: "text_vi",
          found: `${target.id}: ${target.textVi.slice(0, 60)}`,
          expected: `a quotation found word for word in sources/${source.id}`,
        });
      }
    }
  }
}

/** The whole build. `files` holds every file of the data folder. */
export function buildDataset(input: readonly InputFile[]): BuildResult {
  const c = new Collector();
  const files = new Map(input.map((f) => [f.path, f]));
  const sources = readSources(files, c);
  const aliases = new Map(rows(table(files, "mappings/area_aliases.csv", c), AreaAliasRowSchema, c).map(({ row }) => [row.raw, row.name]));
  const { areas, areaSets } = readAreas(files, sources, aliases, c);
  const legislatures: Legislature[] = rows(table(files, "legislatures.csv", c), LegislatureRowSchema, c).map(({ row }) => ({
    numeral: row.numeral,
    start: row.start_year,
  }));
  const indicatorTable = table(files, "indicators.csv", c);
  const indicatorRows = rows(indicatorTable, IndicatorRowSchema, c);
  // An invalid row is reported once; references to its id are not reported again.
  const reportedIndicators = new Set(
    (indicatorTable?.rows ?? []).map((r) => normaliseText(r.cells["id"] ?? "")).filter((id) => !indicatorRows.some(({ row }) => row.id === id)),
  );
  const indicators = new Map<string, Indicator>(
    indicatorRows.map(({ row }) => [
      row.id,
      {
        id: row.id,
        topic: row.topic,
        name: { vi: row.name_vi, en: row.name_en },
        unit: row.unit,
        unitLabel: { vi: row.unit_vi, en: row.unit_en },
        better: row.better,
        decimals: row.decimals,
        periodicity: row.periodicity,
        definition: { vi: row.definition_vi, en: row.definition_en },
        caveat: { vi: row.caveat_vi, en: row.caveat_en },
        targetIds: [],
        proxyTargetIds: [],
      },
    ]),
  );
  duplicates(
    indicatorRows,
    ({ row }) => row.id,
    ({ line, row }) => c.add({ file: "indicators.csv", line, column: "id", found: row.id, expected: "each indicator id once" }),
  );

  const map = rows(table(files, "mappings/indicator_map.csv", c), IndicatorMapRowSchema, c);
  for (const { line, row } of map) {
    if (row.indicator !== "-" && !indicators.has(row.indicator) && !reportedIndicators.has(row.indicator)) {
      c.add({
        file: "mappings/indicator_map.csv",
        line,
        column: "indicator",
        found: row.indicator,
        expected: "an id of indicators.csv, or - to set the rows aside",
        ...didYouMean(row.indicator, [...indicators.keys()]),
      });
    }
    if (row.indicator === "-" && row.note === "")
      c.add({ file: "mappings/indicator_map.csv", line, column: "note", found: "", expected: "the reason rows are set aside" });
  }
  const ctx: ObservationContext = { areas, aliases, legislatures, indicators, reportedIndicators, map, periods: new Map() };
  const raw: RawObservation[] = [];
  const setAside: SetAside[] = [];
  for (const { source, path } of sourceFiles(sources, "tidy")) {
    const result = importTidy(files, source, path, ctx, c);
    appendAll(raw, result.observations);
    appendAll(setAside, result.setAside);
  }
  const readers = { pxweb: readPxWeb, worldbank: readWorldBank, unsdg: readUnSdg } as const;
  for (const [importer, read] of Object.entries(readers)) {
    for (const { source, path } of sourceFiles(sources, importer)) {
      const text = sourceText(files, path, c, source);
      if (text === null) continue;
      const layout = read(text, path, source);
      c.add(...layout.problems);
      appendAll(setAside, layout.setAside);
      const result = observationsFromRows(layout.rows, source, path, ctx, c);
      appendAll(raw, result.observations);
      appendAll(setAside, result.setAside);
    }
  }
  const observations = chooseHeadlines(raw, c);

  const { plans, targets, transcribed } = readPlansAndTargets(files, sources, areas, aliases, c);
  for (const target of targets) {
    for (const id of target.indicatorIds) indicators.get(id)?.targetIds.push(target.id);
    for (const id of target.proxyIndicatorIds) indicators.get(id)?.proxyTargetIds.push(target.id);
  }

  const reported = importReported(files, sources, targets, ctx, c);
  const tilemaps = { p63: readTilemap(files, "p63", areas, c), p34: readTilemap(files, "p34", areas, c) };
  const releaseRows = rows(table(files, "release.csv", c), ReleaseRowSchema, c);
  if (releaseRows.length !== 1) c.add({ file: "release.csv", line: 0, column: "", found: `${releaseRows.length} rows`, expected: "exactly one release row" });
  const release = releaseRows[0]?.row;

  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const dataset: Dataset = {
    release: { version: release?.version ?? "", date: release?.date ?? "1970-01-01", note: { vi: release?.note_vi ?? "", en: release?.note_en ?? "" } },
    areas,
    areaSets,
    periods: [...ctx.periods.values()].sort((a, b) => byText(a.kind, b.kind) || a.order - b.order || byText(a.id, b.id)),
    indicators: [...indicators.values()],
    observations: observations.sort(
      (a, b) =>
        byText(a.indicatorId, b.indicatorId) ||
        byText(a.areaId, b.areaId) ||
        byText(a.periodId, b.periodId) ||
        byText(a.sex ?? "", b.sex ?? "") ||
        Number(b.headline) - Number(a.headline) ||
        byText(a.sourceId, b.sourceId) ||
        a.line - b.line,
    ),
    reported,
    sources,
    plans: plans.sort((a, b) => byText(a.id, b.id)),
    targets,
    setAside,
    tilemaps,
    assessments: [],
  };
  crossCheck(dataset, files, transcribed, reportedIndicators, c);
  if (c.problems.length > 0) return { ok: false, problems: c.problems };
  // Derive: the progress of every target where it is assessed (see status.ts).
  const ix = indexDataset(dataset);
  dataset.assessments = dataset.targets.flatMap((target) => assessedAreas(ix, target).map((areaId) => assessTargetForArea(ix, target, areaId)));
  return { ok: true, dataset };
}
