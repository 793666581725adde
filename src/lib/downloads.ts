/**
 * Everything people download, built from the dataset: CSV (UTF-8 with a
 * byte-order mark, spreadsheet-safe) and JSON for the whole dataset and per
 * indicator, area and plan, plus a Frictionless Data Package describing every
 * CSV with a Table Schema. Pure: returns paths under /data/ and their text.
 */
import type { Change } from "./changelog.ts";
import { toCsv } from "./csv.ts";
import type { Dataset, Observation } from "./model.ts";

/**
 * A text cell that a spreadsheet would run as a formula ("=", "+", "-", "@",
 * tab or carriage return first) gets a leading apostrophe. Numbers are written
 * as numbers, so a negative value is left alone.
 */
export function neutraliseSpreadsheetCell(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}

type Cell = string | number | null;
type FieldType = "string" | "number" | "integer" | "date" | "boolean";

/** A CSV table and its Table Schema: one definition serves both. */
export interface TableSpec {
  /** Path under /data/. */
  path: string;
  title: string;
  description: string;
  fields: { name: string; type: FieldType; description: string }[];
  rows: Cell[][];
}

const safe = (text: string | null): string => neutraliseSpreadsheetCell(text ?? "");

/** UTF-8 byte-order mark, so spreadsheet programs read Vietnamese correctly. */
export const BOM = "\uFEFF";

export function tableCsv(table: TableSpec): string {
  return (
    BOM +
    toCsv(
      table.fields.map((f) => f.name),
      table.rows,
    )
  );
}

export const OBSERVATION_FIELDS: TableSpec["fields"] = [
  { name: "indicator", type: "string", description: "Indicator id (see indicators.csv)" },
  { name: "area_id", type: "string", description: "Area id (see areas.csv)" },
  { name: "area_code", type: "string", description: "GSO code of the area; VN for the country" },
  { name: "area_name", type: "string", description: "Area name in Vietnamese" },
  { name: "period", type: "string", description: "Period id: a year (2019), a span or term (2016-2021), or a legislature (NA-XIV)" },
  { name: "sex", type: "string", description: "female, male, total, or empty where the indicator has no breakdown" },
  { name: "value", type: "number", description: "The figure, in the indicator's unit (percent 0-100)" },
  {
    name: "qualifier",
    type: "string",
    description: 'over, under, nearly or about when the source printed the figure so ("gần 43%"); the figure is then a bound or an approximation',
  },
  { name: "numerator", type: "number", description: "Count behind a share, where published" },
  { name: "denominator", type: "number", description: "Count behind a share, where published" },
  { name: "headline", type: "string", description: "yes for the value shown where publishers disagree; no for the others" },
  { name: "preliminary", type: "string", description: "yes where the source marks the figure preliminary" },
  { name: "source_id", type: "string", description: "Source folder (see sources.csv)" },
  { name: "source_line", type: "integer", description: "Line of the row in the source file" },
  { name: "citation_title", type: "string", description: "The publication the figure was printed in" },
  { name: "citation_url", type: "string", description: "Its address" },
  { name: "note", type: "string", description: "Notes, including unit conversions" },
];

function observationRows(dataset: Dataset, observations: readonly Observation[]): Cell[][] {
  const areas = new Map(dataset.areas.map((a) => [a.id, a]));
  return observations.map((o) => {
    const area = areas.get(o.areaId);
    return [
      o.indicatorId,
      o.areaId,
      area?.code ?? "",
      safe(area?.name.vi ?? ""),
      o.periodId,
      o.sex ?? "",
      o.value,
      o.qualifier,
      o.numerator,
      o.denominator,
      o.headline ? "yes" : "no",
      o.preliminary ? "yes" : "no",
      o.sourceId,
      o.line,
      safe(o.citation.title),
      safe(o.citation.url),
      safe(o.note),
    ];
  });
}

const TARGET_FIELDS: TableSpec["fields"] = [
  { name: "id", type: "string", description: "Target id" },
  { name: "plan", type: "string", description: "Plan id (see plans.csv)" },
  { name: "section", type: "string", description: "Section of the plan" },
  { name: "comparator", type: "string", description: ">=, >, <=, <, =, ~ (about), between, none" },
  { name: "value", type: "number", description: "Target value" },
  { name: "value_max", type: "number", description: "Upper value for between" },
  { name: "unit", type: "string", description: "Unit of the target" },
  { name: "deadline", type: "integer", description: "Deadline year" },
  { name: "term", type: "string", description: "Elected term the target is about, if any" },
  { name: "recurrence", type: "string", description: "yearly or monthly for recurring commitments" },
  { name: "measure", type: "string", description: "statistics or administrative" },
  { name: "indicators", type: "string", description: "Indicators measuring it directly (;-separated)" },
  { name: "proxies", type: "string", description: "Proxy indicators (;-separated)" },
  { name: "text_vi", type: "string", description: "The plan's sentence, quoted" },
  { name: "text_en", type: "string", description: "English translation" },
  { name: "commitment", type: "string", description: "The commitment (a target two documents quote shares the first one's id)" },
  { name: "parts", type: "string", description: "The bodies the target names, each with its measures: parts separated by |, alternatives by ;" },
  { name: "responsible_vi", type: "string", description: "The body the plan charges with it, where it names one" },
  { name: "set_by_vi", type: "string", description: "Where the plan leaves the figure to the rules: the document that sets it, quoted" },
];

const ASSESSMENT_FIELDS: TableSpec["fields"] = [
  { name: "target", type: "string", description: "Target id" },
  { name: "area_id", type: "string", description: "Area assessed" },
  { name: "commitment", type: "string", description: "The commitment (targets quoted by two documents share it; count each once)" },
  { name: "status", type: "string", description: "The verdict on the whole commitment (see the methodology page)" },
  { name: "evidence", type: "string", description: "statistic, proxy (a measure that stands near the target), reported (the issuer's own figures) or none" },
  {
    name: "comparator_unconfirmed",
    type: "string",
    description: "yes when the comparator was read from a paraphrase and not checked against the Vietnamese text",
  },
  { name: "part", type: "integer", description: "Part of the commitment (one per body it names), from 1" },
  { name: "part_indicator", type: "string", description: "Indicator the part is judged on" },
  { name: "part_evidence", type: "string", description: "statistic, proxy, reported or none" },
  { name: "part_status", type: "string", description: "The part's verdict" },
  { name: "part_reason", type: "string", description: "Why, where the status alone does not say it" },
  { name: "baseline_period", type: "string", description: "Baseline period" },
  { name: "baseline_value", type: "number", description: "Baseline value" },
  { name: "judged_period", type: "string", description: "Period of the value judged" },
  { name: "judged_value", type: "number", description: "Value judged" },
  { name: "judged_qualifier", type: "string", description: "over, under, nearly or about when the figure was printed so" },
  { name: "judged_basis", type: "string", description: "published, sum-over-sum or sum (old provinces of a 2025 unit), reported" },
  { name: "projected", type: "number", description: "Value at the deadline at the pace since the baseline" },
  { name: "ratio", type: "number", description: "(projected - baseline) / |target - baseline|, signed by the target's direction" },
  { name: "open_sdg_ratio", type: "number", description: "Observed over required compound annual growth, signed by the direction" },
];

function targetRows(dataset: Dataset, planId?: string): Cell[][] {
  return dataset.targets
    .filter((t) => planId === undefined || t.planId === planId)
    .map((t) => [
      t.id,
      t.planId,
      safe(t.section),
      t.comparator,
      t.value,
      t.valueMax,
      safe(t.unit.vi),
      t.deadline,
      t.term ? `${t.term.start}-${t.term.end}` : "",
      t.recurrence,
      t.measure,
      t.indicatorIds.join(";"),
      t.proxyIndicatorIds.join(";"),
      safe(t.textVi),
      safe(t.textEn),
      t.commitmentId,
      t.parts.map((p) => [...p.direct, ...p.proxies].join(";")).join("|"),
      safe(t.responsible.vi),
      safe(t.setBy?.text.vi ?? ""),
    ]);
}

function assessmentRows(dataset: Dataset, keep: (targetId: string, areaId: string) => boolean): Cell[][] {
  return dataset.assessments
    .filter((a) => keep(a.targetId, a.areaId))
    .flatMap((a) =>
      a.parts.map((p, i) => [
        a.targetId,
        a.areaId,
        a.commitmentId,
        a.status,
        a.evidence,
        a.comparatorUnconfirmed ? "yes" : "no",
        i + 1,
        p.indicatorId ?? "",
        p.evidence,
        p.status,
        p.reason,
        p.baseline?.periodId ?? "",
        p.baseline?.value ?? null,
        p.judged?.periodId ?? "",
        p.judged?.value ?? null,
        p.judged?.qualifier ?? "",
        p.judged?.basis ?? "",
        p.projected,
        p.ratio,
        p.openSdg.ratio,
      ]),
    );
}

/** Every CSV table of a release, with its schema. */
export function downloadTables(dataset: Dataset, changes: readonly Change[]): TableSpec[] {
  const tables: TableSpec[] = [
    {
      path: "observations.csv",
      title: "Observations",
      description: "Every published figure, with its source.",
      fields: OBSERVATION_FIELDS,
      rows: observationRows(dataset, dataset.observations),
    },
    {
      path: "indicators.csv",
      title: "Indicators",
      description: "The indicator catalogue.",
      fields: [
        { name: "id", type: "string", description: "Indicator id" },
        { name: "name_vi", type: "string", description: "Name in Vietnamese" },
        { name: "name_en", type: "string", description: "Name in English" },
        { name: "unit", type: "string", description: "percent, count, ratio, hours, minutes, rank, flag, group" },
        { name: "better", type: "string", description: "higher, lower or none" },
        { name: "periodicity", type: "string", description: "year, legislature or span" },
        { name: "definition_en", type: "string", description: "Definition" },
      ],
      rows: dataset.indicators.map((i) => [i.id, safe(i.name.vi), safe(i.name.en), i.unit, i.better, i.periodicity, safe(i.definition.en)]),
    },
    {
      path: "areas.csv",
      title: "Areas and the 2025 crosswalk",
      description: "Country, regions, the 63 provinces until 11 June 2025 and the 34 units from 12 June 2025, with the unit each old province became.",
      fields: [
        { name: "id", type: "string", description: "Area id (URL slug)" },
        { name: "code", type: "string", description: "GSO code" },
        { name: "level", type: "string", description: "country, region or province" },
        { name: "name_vi", type: "string", description: "Name in Vietnamese" },
        { name: "name_en", type: "string", description: "Name in English" },
        { name: "valid_from", type: "date", description: "First day of validity (empty: open)" },
        { name: "valid_to", type: "date", description: "Last day of validity (empty: open)" },
        { name: "sets", type: "string", description: "p63, p34 or both (;-separated)" },
        { name: "region", type: "string", description: "Region id" },
        { name: "became", type: "string", description: "The 2025 unit an old province became" },
        { name: "formed_from", type: "string", description: "Old provinces a 2025 unit was formed from (;-separated)" },
      ],
      rows: dataset.areas.map((a) => [
        a.id,
        a.code,
        a.level,
        safe(a.name.vi),
        safe(a.name.en),
        a.validFrom,
        a.validTo,
        a.sets.join(";"),
        a.region,
        a.becameId,
        a.formedFromIds.join(";"),
      ]),
    },
    {
      path: "plans.csv",
      title: "Plans",
      description: "Plans and strategies with targets.",
      fields: [
        { name: "id", type: "string", description: "Plan id" },
        { name: "issuer_vi", type: "string", description: "Issuer" },
        { name: "issuer_level", type: "string", description: "national, province, department, district" },
        { name: "area_id", type: "string", description: "Area the plan applies to" },
        { name: "doc_number", type: "string", description: "Document number" },
        { name: "doc_date", type: "string", description: "Document date (or year)" },
        { name: "title_vi", type: "string", description: "Title" },
        { name: "source_id", type: "string", description: "Source folder" },
      ],
      rows: dataset.plans.map((p) => [p.id, safe(p.issuer.vi), p.issuerLevel, p.areaId, safe(p.docNumber), p.docDate, safe(p.title.vi), p.sourceId]),
    },
    { path: "targets.csv", title: "Targets", description: "Every target of every plan.", fields: TARGET_FIELDS, rows: targetRows(dataset) },
    {
      path: "assessments.csv",
      title: "Progress against targets",
      description: "The status of each target where it is assessed, with its inputs.",
      fields: ASSESSMENT_FIELDS,
      rows: assessmentRows(dataset, () => true),
    },
    {
      path: "sources.csv",
      title: "Sources",
      description: "Every source file, with its publisher, licence and checksum.",
      fields: [
        { name: "id", type: "string", description: "Source id" },
        { name: "title", type: "string", description: "Title" },
        { name: "publisher", type: "string", description: "Publisher" },
        { name: "url", type: "string", description: "Address" },
        { name: "retrieved", type: "date", description: "Date copied into the project" },
        { name: "licence", type: "string", description: "Licence" },
        { name: "sha256", type: "string", description: "Checksums of its files (;-separated)" },
      ],
      rows: dataset.sources.map((s) => [
        s.id,
        safe(s.title),
        safe(s.publisher),
        safe(s.url),
        s.retrieved,
        safe(s.licence),
        s.files.map((f) => f.sha256).join(";"),
      ]),
    },
    {
      path: "changelog.csv",
      title: "Change log",
      description: "Values that changed, were added or were removed since the previous release.",
      fields: [
        { name: "kind", type: "string", description: "changed, added or removed" },
        { name: "indicator", type: "string", description: "Indicator id" },
        { name: "area_id", type: "string", description: "Area id" },
        { name: "period", type: "string", description: "Period id" },
        { name: "sex", type: "string", description: "Sex" },
        { name: "source_id", type: "string", description: "Source id" },
        { name: "before", type: "number", description: "Value in the previous release" },
        { name: "after", type: "number", description: "Value in this release" },
      ],
      rows: changes.map((c) => [c.kind, c.indicator, c.area, c.period, c.sex, c.source, c.before, c.after]),
    },
  ];
  for (const indicator of dataset.indicators) {
    const rows = dataset.observations.filter((o) => o.indicatorId === indicator.id);
    tables.push({
      path: `indicators/${indicator.id}.csv`,
      title: indicator.name.en,
      description: `${indicator.name.vi}: every published figure.`,
      fields: OBSERVATION_FIELDS,
      rows: observationRows(dataset, rows),
    });
  }
  for (const area of dataset.areas.filter((a) => a.level !== "region")) {
    const rows = dataset.observations.filter((o) => o.areaId === area.id);
    if (rows.length > 0)
      tables.push({
        path: `areas/${area.id}.csv`,
        title: area.name.en,
        description: `${area.name.vi}: every published figure.`,
        fields: OBSERVATION_FIELDS,
        rows: observationRows(dataset, rows),
      });
  }
  for (const plan of dataset.plans) {
    const ids = new Set(dataset.targets.filter((t) => t.planId === plan.id).map((t) => t.id));
    if (ids.size === 0) continue;
    tables.push({
      path: `plans/${plan.id}.csv`,
      title: plan.title.en,
      description: `${plan.title.vi}: its targets.`,
      fields: TARGET_FIELDS,
      rows: targetRows(dataset, plan.id),
    });
    tables.push({
      path: `plans/${plan.id}-status.csv`,
      title: `${plan.title.en}: progress`,
      description: "The status of each target in the plan's area.",
      fields: ASSESSMENT_FIELDS,
      rows: assessmentRows(dataset, (t, a) => ids.has(t) && a === plan.areaId),
    });
  }
  return tables;
}

/** Frictionless Data Package (tabular profile): every CSV with its Table Schema, the sources and licences. */
export function dataPackage(dataset: Dataset, tables: readonly TableSpec[]) {
  return {
    profile: "tabular-data-package",
    name: "vn-gender-equality-targets",
    title: "Vietnam gender-equality plan targets and published figures",
    description: "Targets of Vietnamese gender-equality plans and the published figures that measure them, by province, across the 2025 merger of provinces.",
    version: dataset.release.version,
    created: `${dataset.release.date}T00:00:00Z`,
    homepage: "/data/",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    sources: dataset.sources.map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) })),
    resources: tables.map((t) => ({
      profile: "tabular-data-resource",
      name: t.path.replace(/\.csv$/u, "").replace(/[^a-z0-9._-]+/gu, "-"),
      path: t.path,
      title: t.title,
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8-sig",
      dialect: { delimiter: ",", doubleQuote: true, header: true },
      schema: { fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })), missingValues: [""] },
    })),
  };
}

/** Every file under /data/: CSV tables, their JSON twins, the whole dataset and the data package. */
export function buildDownloads(dataset: Dataset, changes: readonly Change[] = []): Map<string, string> {
  const out = new Map<string, string>();
  const tables = downloadTables(dataset, changes);
  for (const t of tables) {
    out.set(t.path, tableCsv(t));
    out.set(t.path.replace(/\.csv$/u, ".json"), JSON.stringify(t.rows.map((r) => Object.fromEntries(t.fields.map((f, i) => [f.name, r[i] ?? null])))) + "\n");
  }
  out.set("dataset.json", JSON.stringify(dataset, null, 1) + "\n");
  out.set("datapackage.json", JSON.stringify(dataPackage(dataset, tables), null, 1) + "\n");
  return out;
}
