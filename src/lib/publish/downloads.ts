/**
 * Everything people download, built from the dataset: CSV (UTF-8 with a
 * byte-order mark, spreadsheet-safe) and JSON for the whole dataset and per
 * indicator, area and plan, plus a Frictionless Data Package describing every
 * CSV with a Table Schema. Pure: returns paths under /data/ and their text.
 */
import type { Change } from "./changelog.ts";
import { toCsv } from "../csv.ts";
import type { Dataset, Observation } from "../model.ts";
import { missingReports } from "../site/missing.ts";
import { indexDataset } from "../queries.ts";

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
  /** Columns that together identify a row. */
  primaryKey?: string[];
  /** Columns that name a row of another table (by its resource name). */
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

const ref = (field: string, resource: string, to = "id") => ({ fields: [field], reference: { resource, fields: [to] } });
/** Keys of every table in the observations layout (the whole list, and each indicator's, area's file). */
const OBSERVATION_KEYS = {
  primaryKey: ["indicator", "area_id", "period", "sex", "source_id", "source_line"],
  foreignKeys: [ref("indicator", "indicators"), ref("area_id", "areas"), ref("source_id", "sources")],
};

/** Comparators as words, so no cell of a download starts with "=": a spreadsheet would read a formula. */
export const COMPARATOR_WORDS = {
  ">=": "at_least",
  ">": "more_than",
  "<=": "at_most",
  "<": "less_than",
  "=": "equal",
  "~": "about",
  between: "between",
  none: "none",
} as const;

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
  {
    name: "area_code",
    type: "string",
    description: "GSO code of the area, with its leading zero (01 is Hà Nội): read it as text (pandas: dtype={'area_code': str}); VN for the country",
  },
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
  { name: "comparator", type: "string", description: "at_least, more_than, at_most, less_than, equal, about, between, none" },
  { name: "comparator_symbol", type: "string", description: "The same as a symbol, for display (a leading ' keeps a spreadsheet from reading = as a formula)" },
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

/** The reporting template's columns: the `reported` importer's layout, with the commitment's section and quote to say what is asked. */
export const TEMPLATE_FIELDS: TableSpec["fields"] = [
  { name: "target", type: "string", description: "The commitment's id (keep as is)" },
  { name: "section", type: "string", description: "The plan's section" },
  { name: "quote", type: "string", description: "The plan's words" },
  { name: "area_name", type: "string", description: "The area the figure is for" },
  { name: "period", type: "string", description: "The year (or term) the figure is for, such as 2024" },
  {
    name: "value",
    type: "number",
    description: "The figure, in the unit; for a commitment without a number, 1 if it was done in that period, 0 if not; empty when nothing is reported",
  },
  { name: "unit", type: "string", description: "The unit (keep as is)" },
  { name: "document", type: "string", description: "The report's title and number" },
  { name: "publisher", type: "string", description: "The body that wrote the report" },
  { name: "date", type: "string", description: "The report's date, 2025-11-30" },
  { name: "url", type: "string", description: "Where the report is published (http or https)" },
  { name: "note", type: "string", description: "What a reader must know" },
];

/** One row per commitment that only the issuer's reports can measure, counted once; the value left empty to fill in. */
export function templateRows(dataset: Dataset, planId: string): Cell[][] {
  const plan = dataset.plans.find((p) => p.id === planId);
  const area = dataset.areas.find((a) => a.id === plan?.areaId);
  return dataset.targets
    .filter((t) => t.planId === planId && t.measure === "administrative" && t.commitmentId === t.id)
    .map((t) => [
      t.id,
      safe(t.section),
      safe(t.textVi),
      area?.name.vi ?? "",
      String(t.deadline ?? plan?.periodEnd ?? ""),
      null,
      safe(t.unit.vi),
      "",
      "",
      "",
      "",
      "",
    ]);
}

function targetRows(dataset: Dataset, planId?: string): Cell[][] {
  return dataset.targets
    .filter((t) => planId === undefined || t.planId === planId)
    .map((t) => [
      t.id,
      t.planId,
      safe(t.section),
      COMPARATOR_WORDS[t.comparator],
      safe(t.comparator),
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
      ...OBSERVATION_KEYS,
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
      primaryKey: ["id"],
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
      primaryKey: ["id"],
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
      primaryKey: ["id"],
      rows: dataset.plans.map((p) => [p.id, safe(p.issuer.vi), p.issuerLevel, p.areaId, safe(p.docNumber), p.docDate, safe(p.title.vi), p.sourceId]),
    },
    {
      path: "targets.csv",
      title: "Targets",
      description: "Every target of every plan.",
      fields: TARGET_FIELDS,
      primaryKey: ["id"],
      foreignKeys: [ref("plan", "plans")],
      rows: targetRows(dataset),
    },
    {
      path: "assessments.csv",
      title: "Progress against targets",
      description: "The status of each target where it is assessed, with its inputs.",
      fields: ASSESSMENT_FIELDS,
      primaryKey: ["target", "area_id", "part"],
      foreignKeys: [ref("target", "targets"), ref("area_id", "areas")],
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
      primaryKey: ["id"],
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
      path: "missing.csv",
      title: "Commitments waiting for a report",
      description:
        "Every commitment whose verdict needs a figure or a statement only its issuer's reports can give: who reports, to whom, by when, and what has been published so far.",
      fields: [
        { name: "plan", type: "string", description: "Plan id" },
        { name: "target", type: "string", description: "Commitment id" },
        { name: "section", type: "string", description: "Section of the plan" },
        { name: "text_vi", type: "string", description: "The plan's words" },
        { name: "area_id", type: "string", description: "Area" },
        { name: "status", type: "string", description: "not-reported (a report was owed and none is published) or awaiting-report" },
        { name: "period", type: "string", description: "The year or period the figure is owed for" },
        { name: "reporter_vi", type: "string", description: "Who reports, from the plan's reporting clause" },
        { name: "receiver_vi", type: "string", description: "Who receives the report" },
        { name: "due_vi", type: "string", description: "By when" },
        { name: "published", type: "string", description: "Reported figures on or near it so far (value, period, body), ;-separated" },
      ],
      primaryKey: ["target", "area_id"],
      foreignKeys: [ref("plan", "plans"), ref("target", "targets"), ref("area_id", "areas")],
      rows: missingReports(indexDataset(dataset)).map((m) => [
        m.planId,
        m.target.id,
        safe(m.target.section),
        safe(m.target.textVi),
        m.assessment.areaId,
        m.assessment.status,
        m.period,
        safe(m.reporter.vi),
        safe(m.receiver.vi),
        safe(m.due.vi),
        safe(m.published.map((r) => `${r.printed} (${r.periodText}, ${r.publisher})`).join("; ")),
      ]),
    },
    {
      path: "reported.csv",
      title: "Figures governments reported about themselves",
      description:
        "Administrative statements, not statistics: each with the body, report, date, address and the words printed, and how the site uses it (on its target, as a proxy near one, or listed) with the reason.",
      fields: [
        { name: "source_id", type: "string", description: "Source id" },
        { name: "source_line", type: "integer", description: "Line in the source file" },
        { name: "role", type: "string", description: "target, proxy or listed" },
        { name: "target", type: "string", description: "The commitment it reports on or stands near" },
        { name: "area_id", type: "string", description: "Area" },
        { name: "period", type: "string", description: "Period as printed" },
        { name: "value", type: "number", description: "The figure used (for a target or a proxy)" },
        { name: "printed", type: "string", description: "The value and unit as printed" },
        { name: "publisher", type: "string", description: "The body that reported it" },
        { name: "report", type: "string", description: "The report or article" },
        { name: "report_date", type: "string", description: "Its date" },
        { name: "url", type: "string", description: "Its address" },
        { name: "quote", type: "string", description: "The words printed" },
        { name: "reason_en", type: "string", description: "Why it is a proxy, or why it is tied to no target" },
      ],
      primaryKey: ["source_id", "source_line"],
      foreignKeys: [ref("area_id", "areas"), ref("source_id", "sources")],
      rows: dataset.reported.map((r) => [
        r.sourceId,
        r.line,
        r.role,
        r.targetId,
        r.areaId,
        safe(r.periodText),
        r.value,
        safe(r.printed),
        safe(r.publisher),
        safe(r.citation.title),
        safe(r.reportDate),
        safe(r.citation.url),
        safe(r.quote),
        safe(r.reason.en),
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
      ...OBSERVATION_KEYS,
      rows: observationRows(dataset, rows),
    });
  }
  // Every area with figures, the six regions included.
  for (const area of dataset.areas) {
    const rows = dataset.observations.filter((o) => o.areaId === area.id);
    if (rows.length > 0)
      tables.push({
        path: `areas/${area.id}.csv`,
        title: area.name.en,
        description: `${area.name.vi}: every published figure.`,
        fields: OBSERVATION_FIELDS,
        ...OBSERVATION_KEYS,
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
      primaryKey: ["id"],
      foreignKeys: [ref("plan", "plans")],
      rows: targetRows(dataset, plan.id),
    });
    const template = templateRows(dataset, plan.id);
    if (template.length > 0)
      tables.push({
        path: `plans/${plan.id}-template.csv`,
        title: `${plan.title.en}: reporting template`,
        description:
          "One row per commitment only the issuer's reports can measure: fill in the value and the report, and add the file to data/sources/ with a SOURCE.md (importer: reported).",
        fields: TEMPLATE_FIELDS,
        primaryKey: ["target"],
        foreignKeys: [ref("target", "targets")],
        rows: template,
      });
    tables.push({
      path: `plans/${plan.id}-status.csv`,
      title: `${plan.title.en}: progress`,
      description: "The status of each target in the plan's area.",
      fields: ASSESSMENT_FIELDS,
      primaryKey: ["target", "area_id", "part"],
      foreignKeys: [ref("target", "targets"), ref("area_id", "areas")],
      rows: assessmentRows(dataset, (t, a) => ids.has(t) && a === plan.areaId),
    });
  }
  return tables;
}

/** Frictionless Data Package (tabular profile): every CSV with its Table Schema, the sources and licences. */
/** The package's name for a table: its path without ".csv", in the characters a resource name allows. */
export function resourceName(path: string): string {
  return path.replace(/\.csv$/u, "").replace(/[^a-z0-9._-]+/gu, "-");
}

/** `homepage` is absolute (SITE_URL), or left out: the Frictionless schema wants a URL, and a relative path is not one. */
export function dataPackage(dataset: Dataset, tables: readonly TableSpec[], siteUrl: string | null = null) {
  return {
    profile: "tabular-data-package",
    name: "vn-gender-equality-targets",
    title: "Vietnam gender-equality plan targets and published figures",
    description: "Targets of Vietnamese gender-equality plans and the published figures that measure them, by province, across the 2025 merger of provinces.",
    version: dataset.release.version,
    created: `${dataset.release.date}T00:00:00Z`,
    ...(siteUrl ? { homepage: new URL("/data/", siteUrl).href } : {}),
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    sources: dataset.sources.map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) })),
    resources: tables.map((t) => ({
      profile: "tabular-data-resource",
      name: resourceName(t.path),
      path: t.path,
      title: t.title,
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8-sig",
      dialect: { delimiter: ",", doubleQuote: true, header: true },
      schema: {
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
        missingValues: [""],
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}

/** Every file under /data/: CSV tables, their JSON twins, the whole dataset and the data package. */
export function buildDownloads(dataset: Dataset, changes: readonly Change[] = [], siteUrl: string | null = null): Map<string, string> {
  const out = new Map<string, string>();
  const tables = downloadTables(dataset, changes);
  for (const t of tables) {
    out.set(t.path, tableCsv(t));
    out.set(t.path.replace(/\.csv$/u, ".json"), JSON.stringify(t.rows.map((r) => Object.fromEntries(t.fields.map((f, i) => [f.name, r[i] ?? null])))) + "\n");
  }
  out.set("dataset.json", JSON.stringify(dataset, null, 1) + "\n");
  out.set("datapackage.json", JSON.stringify(dataPackage(dataset, tables, siteUrl), null, 1) + "\n");
  return out;
}
