/**
 * Every table people download, declared: its path, its columns (each an
 * entry of the data dictionary), its keys and its rows. downloads.ts writes
 * them as CSV and JSON and describes them in the data package; the Data page
 * lists them. Pure.
 */
import type { Change } from "./changelog.ts";
import type { Dataset, Text } from "../model.ts";
import { assessmentRows, observationRows, safe, targetRows, templateRows, type Cell } from "./rows.ts";
export { COMPARATOR_WORDS, neutraliseSpreadsheetCell, templateRows, type Cell } from "./rows.ts";
import { indexDataset } from "../queries.ts";
import { missingReports } from "../site/missing.ts";
import { columnName, FIELDS, PLAN_FILE_WORDS, tableWords, type FieldKey, type FieldType } from "./dictionary.ts";

/** A table: what it is, its columns from the dictionary, its keys and rows. */
export interface TableSpec {
  /** Path under /data/. */
  path: string;
  title: Text;
  description: Text;
  fields: { name: string; type: FieldType; description: Text }[];
  rows: Cell[][];
  /** Columns that together identify a row. */
  primaryKey?: string[];
  /** Columns that name a row of another table (by its resource name). */
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

const fields = (keys: readonly FieldKey[]): TableSpec["fields"] =>
  keys.map((key) => ({ name: columnName(key), type: FIELDS[key].type, description: { en: FIELDS[key].en, vi: FIELDS[key].vi } }));
const ref = (field: string, resource: string, to = "id") => ({ fields: [field], reference: { resource, fields: [to] } });

const OBSERVATION_COLUMNS = [
  "indicator",
  "area_id",
  "area_code",
  "area_name",
  "period",
  "sex",
  "value",
  "qualifier",
  "derivation",
  "reported",
  "numerator",
  "denominator",
  "headline",
  "preliminary",
  "source_id",
  "source_line",
  "citation_title",
  "citation_url",
  "note",
] as const satisfies readonly FieldKey[];
const OBSERVATION_KEYS = {
  primaryKey: ["indicator", "area_id", "period", "sex", "source_id", "source_line"],
  foreignKeys: [ref("indicator", "indicators"), ref("area_id", "areas"), ref("source_id", "sources")],
};

const TARGET_COLUMNS = [
  "id",
  "plan",
  "section",
  "comparator",
  "comparator_symbol",
  "value@targets",
  "value_max",
  "unit@targets",
  "deadline",
  "term",
  "recurrence",
  "measure",
  "indicators",
  "proxies",
  "text_vi",
  "text_en",
  "commitment",
  "parts",
  "responsible_vi",
  "set_by_vi",
] as const satisfies readonly FieldKey[];

const ASSESSMENT_COLUMNS = [
  "target",
  "area_id",
  "commitment",
  "repeat_of",
  "status",
  "status_kind",
  "decided_by_figure",
  "evidence",
  "comparator_unconfirmed",
  "body_unconfirmed",
  "body_readings",
  "part",
  "part_binds",
  "part_indicator",
  "part_evidence",
  "part_status",
  "part_reason",
  "baseline_period",
  "baseline_value",
  "judged_period",
  "judged_value",
  "judged_qualifier",
  "judged_basis",
  "context",
  "projected",
  "ratio",
  "open_sdg_ratio",
] as const satisfies readonly FieldKey[];

/** The reporting template's columns: the `reported` importer's layout, with the commitment's section and quote to say what is asked. */
export const TEMPLATE_COLUMNS = [
  "target@template",
  "section",
  "quote@template",
  "area_name@template",
  "period@template",
  "value@template",
  "unit@template",
  "document",
  "publisher@template",
  "date",
  "url@template",
  "note@template",
] as const satisfies readonly FieldKey[];

/** A declared table: its path, the dictionary's words for it (or its own), columns, keys and rows. */
function table(
  path: string,
  columns: readonly FieldKey[],
  rows: Cell[][],
  keys: Pick<TableSpec, "primaryKey" | "foreignKeys"> = {},
  words: { title: Text; description: Text } | undefined = tableWords(path),
): TableSpec {
  if (!words) throw new Error(`no dictionary entry for the table ${path} (src/lib/publish/dictionary.ts)`);
  return { path, ...words, fields: fields(columns), rows, ...keys };
}

/** Every CSV table of a release. */
export function downloadTables(dataset: Dataset, changes: readonly Change[]): TableSpec[] {
  const ix = indexDataset(dataset);
  const tables: TableSpec[] = [
    table("observations.csv", OBSERVATION_COLUMNS, observationRows(dataset, dataset.observations), OBSERVATION_KEYS),
    table(
      "indicators.csv",
      ["id", "name_vi", "name_en", "unit", "better", "periodicity", "definition_en"],
      dataset.indicators.map((i) => [i.id, safe(i.name.vi), safe(i.name.en), i.unit, i.better, i.periodicity, safe(i.definition.en)]),
      { primaryKey: ["id"] },
    ),
    table(
      "areas.csv",
      ["id", "code", "level", "name_vi", "name_en", "valid_from", "valid_to", "sets", "region", "became", "formed_from"],
      dataset.areas.map((a) => [
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
      { primaryKey: ["id"] },
    ),
    table(
      "plans.csv",
      ["id", "issuer_vi", "issuer_level", "area_id", "doc_number", "doc_date", "title_vi", "source_id"],
      dataset.plans.map((p) => [p.id, safe(p.issuer.vi), p.issuerLevel, p.areaId, safe(p.docNumber), p.docDate, safe(p.title.vi), p.sourceId]),
      { primaryKey: ["id"] },
    ),
    table("targets.csv", TARGET_COLUMNS, targetRows(dataset), { primaryKey: ["id"], foreignKeys: [ref("plan", "plans")] }),
    table("assessments.csv", ASSESSMENT_COLUMNS, assessmentRows(dataset.assessments), {
      primaryKey: ["target", "area_id", "part"],
      foreignKeys: [ref("target", "targets"), ref("area_id", "areas")],
    }),
    table(
      "sources.csv",
      ["id", "title", "publisher", "url", "retrieved", "licence", "sha256"],
      dataset.sources.map((s) => [s.id, safe(s.title), safe(s.publisher), safe(s.url), s.retrieved, safe(s.licence), s.files.map((f) => f.sha256).join(";")]),
      { primaryKey: ["id"] },
    ),
    table(
      "missing.csv",
      ["plan", "target", "section", "text_vi", "area_id", "status@missing", "period", "reporter_vi", "receiver_vi", "due_vi", "published"],
      missingReports(ix).map((m) => [
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
      { primaryKey: ["target", "area_id"], foreignKeys: [ref("plan", "plans"), ref("target", "targets"), ref("area_id", "areas")] },
    ),
    table(
      "reported.csv",
      [
        "source_id",
        "source_line",
        "role",
        "target",
        "area_id",
        "period",
        "value@reported",
        "printed",
        "publisher@reported",
        "report",
        "report_date",
        "url",
        "quote",
        "reason_vi",
        "reason_en",
      ],
      dataset.reported.map((r) => [
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
        safe(r.reason.vi),
        safe(r.reason.en),
      ]),
      { primaryKey: ["source_id", "source_line"], foreignKeys: [ref("area_id", "areas"), ref("source_id", "sources")] },
    ),
    table(
      "changelog.csv",
      ["kind", "indicator", "area_id", "period", "sex", "source_id", "before", "after"],
      changes.map((c) => [c.kind, c.indicator, c.area, c.period, c.sex, c.source, c.before, c.after]),
    ),
  ];
  const folder = (path: string, name: Text, rows: Cell[][], columns: readonly FieldKey[], keys: Pick<TableSpec, "primaryKey" | "foreignKeys">) => {
    const words = tableWords(path);
    tables.push(table(path, columns, rows, keys, words ? { title: name, description: words.description } : undefined));
  };
  for (const indicator of dataset.indicators) {
    const rows = dataset.observations.filter((o) => o.indicatorId === indicator.id);
    folder(`indicators/${indicator.id}.csv`, indicator.name, observationRows(dataset, rows), OBSERVATION_COLUMNS, OBSERVATION_KEYS);
  }
  // Every area with figures, the six regions included.
  for (const area of dataset.areas) {
    const rows = dataset.observations.filter((o) => o.areaId === area.id);
    if (rows.length > 0) folder(`areas/${area.id}.csv`, area.name, observationRows(dataset, rows), OBSERVATION_COLUMNS, OBSERVATION_KEYS);
  }
  for (const plan of dataset.plans) {
    const ids = new Set(dataset.targets.filter((t) => t.planId === plan.id).map((t) => t.id));
    if (ids.size === 0) continue;
    folder(`plans/${plan.id}.csv`, plan.title, targetRows(dataset, plan.id), TARGET_COLUMNS, { primaryKey: ["id"], foreignKeys: [ref("plan", "plans")] });
    const titled = (words: Text): Text => ({ vi: `${plan.title.vi}: ${words.vi}`, en: `${plan.title.en}: ${words.en}` });
    const template = templateRows(dataset, plan.id);
    if (template.length > 0)
      folder(`plans/${plan.id}-template.csv`, titled(PLAN_FILE_WORDS.template), template, TEMPLATE_COLUMNS, {
        primaryKey: ["target"],
        foreignKeys: [ref("target", "targets")],
      });
    folder(
      `plans/${plan.id}-status.csv`,
      titled(PLAN_FILE_WORDS.status),
      assessmentRows(dataset.assessments.filter((a) => ids.has(a.targetId) && a.areaId === plan.areaId)),
      ASSESSMENT_COLUMNS,
      { primaryKey: ["target", "area_id", "part"], foreignKeys: [ref("target", "targets"), ref("area_id", "areas")] },
    );
  }
  return tables;
}
