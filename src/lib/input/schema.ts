/**
 * One zod schema per hand-kept or published CSV layout. Cells arrive as
 * strings; each schema cleans them (NFC, trimmed) and types them. Types are
 * derived from the schemas, so a column added here is typed everywhere.
 *
 * To add a layout: write its schema here, then read it with `readRows`.
 */
import { z } from "zod";
import type { CsvTable } from "../csv.ts";
import type { Problem } from "../problems.ts";
import { normaliseText } from "../text.ts";
import { ComparatorSchema, QualifierSchema, UnitSchema } from "../model.ts";

import {
  both,
  bindsList,
  comparatorList,
  isoDate,
  list,
  numberCell,
  numberCellDecimalComma,
  partialDate,
  partList,
  proxyList,
  proxyPartList,
  required,
  requiredUrl,
  slug,
  slugOrEmpty,
  text,
  webUrl,
  year,
} from "./cells.ts";
export { numberCell, numberCellOf, webUrl, type ProxyRef } from "./cells.ts";

export const IndicatorRowSchema = z.object({
  id: required.pipe(z.string().regex(/^[a-z0-9_]+$/u, { error: "an id of lower-case letters, digits and _" })),
  topic: z.enum(["politics", "leadership", "labour", "population", "care", "education", "health", "violence", "overall"], {
    error: "a topic: politics, leadership, labour, population, care, education, health, violence or overall",
  }),
  ...both("name", required),
  unit: UnitSchema,
  ...both("unit", text),
  better: z.enum(["higher", "lower", "none"]),
  decimals: z.enum(["0", "1", "2", "3"]).transform(Number),
  periodicity: z.enum(["year", "legislature", "span"]),
  ...both("definition", required),
  ...both("caveat", text),
  kind: z.enum(["statistic", "reported"]),
  ...both("holder", required),
  /** The body the figure counts ("Quốc hội"), naming a part of a commitment; empty where the name says it. */
  ...both("body", text),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

export const AreaSetRowSchema = z.object({
  set: z.enum(["p63", "p34"]),
  ...both("name", required),
  valid_from: isoDate,
  valid_to: isoDate,
  legal_basis: required,
});

export const RegionRowSchema = z.object({ name_vi: required, name_en: required });

export const LegislatureRowSchema = z.object({
  numeral: required.pipe(z.string().regex(/^[IVXL]+$/u, { error: "a roman numeral" })),
  start_year: year,
  source_note: text,
});

export const ReleaseRowSchema = z.object({
  version: required.pipe(z.string().regex(/^\d+\.\d+\.\d+$/u, { error: "a version such as 1.2.0" })),
  date: required.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { error: "an ISO date" })),
  ...both("note", text),
});

const cell = text.pipe(z.string().regex(/^\d{1,2}$/u, { error: "a whole number from 0 to 99" })).transform(Number);
export const TileRowSchema = z.object({
  code: required.pipe(z.string().regex(/^\d{2}$/u, { error: "a two-digit GSO code" })),
  row: cell,
  col: cell,
  label: required,
});

export const AreaAliasRowSchema = z.object({ raw: required, name: required, note: text });

export const ProvinceCrosswalkRowSchema = z.object({
  code_2024: required.pipe(z.string().regex(/^\d{2}$/u, { error: "a two-digit GSO code" })),
  name_2024: required,
  region_2024: required,
  code_2025: required.pipe(z.string().regex(/^\d{2}$/u, { error: "a two-digit GSO code" })),
  name_2025: required,
  centre_2025: text,
  source_url: text,
});

export const IndicatorMapRowSchema = z.object({
  dataset: required,
  raw_indicator: required,
  raw_unit: required,
  area: required,
  period: required,
  indicator: required,
  sex: z.enum(["keep", "none"]),
  multiplier: numberCell.pipe(z.number({ error: "a multiplier such as 1 or 1000" }).positive()),
  priority: numberCell.pipe(z.number({ error: "a priority number" }).int()),
  note: text,
});
export type IndicatorMapRow = z.infer<typeof IndicatorMapRowSchema>;

function tidyRowShape(number: typeof numberCell) {
  return {
    indicator: required,
    area_name: required,
    period: required,
    sex: text.pipe(z.enum(["", "female", "male", "total"], { error: 'sex as "female", "male", "total" or empty' })).optional(),
    value: number,
    unit: required,
    numerator: number.optional(),
    denominator: number.optional(),
    source_url: requiredUrl,
    source_title: required,
    note: text,
    // How the figure came to be, said by the transcriber, never guessed from the note's words.
    derivation: text.pipe(
      z.enum(["printed", "computed", "counted"], {
        error:
          'how the figure came to be: "printed" (as published), "computed" (by the project, from printed figures) or "counted" (by the project, from a published list)',
      }),
    ),
  };
}
/** The tidy layout of the project's published-figure files (one figure a row). */
export const TidyRowSchema = z.object(tidyRowShape(numberCell));
const TidyRowSchemaDecimalComma = z.object(tidyRowShape(numberCellDecimalComma));
export type TidyRow = z.infer<typeof TidyRowSchema>;
/** The tidy layout in a source's dialect: its numbers are parsed once, with its decimal mark. */
export function tidyRowSchema(dialect: { decimalComma: boolean }): typeof TidyRowSchema {
  return dialect.decimalComma ? TidyRowSchemaDecimalComma : TidyRowSchema;
}

export const PlanRowSchema = z.object({
  id: slug,
  ...both("issuer", required),
  issuer_level: z.enum(["national", "province", "department", "district"]),
  area: slug,
  doc_number: text,
  doc_date: partialDate,
  period_start: year,
  period_end: year,
  ...both("title", required),
  parent: text,
  ...both("reporting", text),
  ...both("reporter", text),
  ...both("receiver", text),
  ...both("report_due", text),
  source: slug,
  ...both("note", text),
});
export type PlanRow = z.infer<typeof PlanRowSchema>;

const measure = z.enum(["statistics", "administrative"]);
const recurrence = z.enum(["", "yearly", "monthly"]);

export const TargetRowSchema = z.object({
  id: slug,
  plan: slug,
  section: text,
  ...both("text", required),
  comparator: ComparatorSchema,
  value: numberCell,
  value_max: numberCell,
  ...both("unit", text),
  deadline: year,
  term: text.pipe(z.string().regex(/^(\d{4}-\d{4})?$/u, { error: "a term such as 2016-2020, or empty" })),
  recurrence,
  ...both("scope", text),
  measure,
  indicators: partList,
  proxies: proxyPartList,
  binds: bindsList,
  same_as: slugOrEmpty,
  comparator_alternatives: comparatorList,
  /** Where the wording does not say which body a figure is set for: the other bodies' measures it may mean, one each. */
  body_alternatives: list,
  ...both("proxy_note", text),
  ...both("note", text),
  /** Who the plan charges with the commitment; empty for the plan's reporters as a whole. */
  ...both("responsible", text),
  /** Where the plan says "theo quy định": the document that sets the figure, quoted, and where it was read. */
  ...both("set_by", text),
  set_by_url: text
    .transform((s) => (s === "" ? [] : s.split(";").map((u) => u.trim())))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^\s<>"]+$/iu, { error: "http(s) addresses separated by ;" }))),
});
export type TargetRow = z.infer<typeof TargetRowSchema>;

export const NationalTargetSourceRowSchema = z.object({
  plan: required,
  indicator: required,
  target_text_vi: required,
  comparator: z.enum([">=", ">", "<=", "<", "=", "~", "between", "from"]),
  value: text,
  unit: text,
  deadline: required,
  // A citation, not always a web address (some rows cite a seed plan's text); never rendered as a link.
  source_url: required,
});

export const NationalTargetMapRowSchema = z.object({
  plan_label_starts: required,
  raw_indicator: required,
  raw_deadline: required,
  raw_value: text,
  plan: slug,
  section: text,
  text_en: required,
  indicators: partList,
  proxies: proxyPartList,
  measure,
  deadline: year,
  recurrence,
  same_as: slugOrEmpty,
  comparator_alternatives: comparatorList,
  ...both("proxy_note", text),
});
export type NationalTargetMapRow = z.infer<typeof NationalTargetMapRowSchema>;

export const OtherPlanIndexRowSchema = z.object({
  plan_id: required,
  issuer: required,
  issuer_level: required,
  province: required,
  doc_number: text,
  doc_date: text,
  period: text,
  parent_policies: text,
  targets_extracted: text,
  source_url: webUrl,
  notes: text,
});

export const OtherPlanTargetRowSchema = z.object({
  plan_id: required,
  issuer: required,
  doc_number: text,
  doc_date: text,
  period: text,
  section: text,
  indicator: required,
  ...both("target_text", required),
  comparator: z.enum([">=", ">", "<=", "<", "="]),
  value: numberCell.pipe(z.number({ error: "a target value" })),
  unit: text,
  deadline: required,
  scope: text,
  measurable_by_published_data: required,
  notes: text,
  source_url: requiredUrl,
});

/** A figure a body reported itself for a target no statistic measures (its annual report, say). */
/** A cell of a column a layout may leave out (the reporting template adds section, quote and date). */
const optionalText = z
  .string()
  .optional()
  .transform((s) => normaliseText(s ?? ""));

export const ReportedRowSchema = z.object({
  target: required,
  section: optionalText,
  quote: optionalText,
  area_name: required,
  period: text,
  /** Empty where the reporting body has nothing to report yet: the row is set aside, with that reason. */
  value: numberCell,
  unit: text,
  document: text,
  publisher: text,
  date: optionalText.pipe(z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/u, { error: "the report's date as 2025-11-30, or empty" })),
  url: webUrl,
  note: text,
});

/** A figure a government published about its own progress, as recorded by the research folder (reported_figures.csv). */
export const ReportedFigureRowSchema = z.object({
  target_or_indicator: required,
  area_name: required,
  period: required,
  value: text,
  unit: text,
  numerator: text,
  denominator: text,
  reporting_body: required,
  report_title: required,
  report_date: text,
  source_url: requiredUrl,
  quote: required,
  note: text,
});

/** How the site uses each reported figure: on its target, as a proxy near one (with the reason), or listed only (with the reason). */
export const ReportedFigureMapRowSchema = z
  .object({
    line: text.pipe(z.string().regex(/^\d+$/u, { error: "a line number" })).transform(Number),
    role: z.enum(["target", "proxy", "context", "listed"]),
    target: slugOrEmpty,
    area: slug,
    period: text,
    value: numberCell,
    qualifier: QualifierSchema,
    ...both("reason", text),
  })
  .refine((r) => r.role === "listed" || (r.target !== "" && r.period !== "" && r.value !== null), {
    error: "a target, a period and a value for a figure used on a target or as a proxy",
  })
  .refine((r) => r.role === "target" || (r.reason_vi !== "" && r.reason_en !== ""), {
    error: "the reason, in both languages, for a proxy, a context figure or a listed figure",
  });

/** An article of a law quoted on the site (the information request cites them), with where the words were read. */
export const LegalQuoteRowSchema = z.object({
  id: slug,
  law: required,
  article: required,
  quote_vi: required,
  summary_en: required,
  url: requiredUrl,
  quoted_by: required,
});

/** A published figure printed with a qualifier ("trên 28%"): the source row, the qualifier, and the words as printed. */
export const QualifierRowSchema = z.object({
  source: slug,
  line: text.pipe(z.string().regex(/^\d+$/u, { error: "a line number" })).transform(Number),
  qualifier: QualifierSchema.exclude([""]),
  printed: required,
});

export const OtherPlanIndicatorRowSchema = z.object({
  code: required,
  indicators: list,
  proxies: proxyList,
  note: text,
});

/**
 * Validates every row of a table against a schema. A failing cell becomes a
 * problem naming the file, line, column, the value found and what the schema
 * expected; rows with problems are left out of `rows` (the build stops anyway).
 */
export function readRows<S extends z.ZodType>(table: CsvTable, schema: S): { rows: { line: number; row: z.output<S> }[]; problems: Problem[] } {
  const rows: { line: number; row: z.output<S> }[] = [];
  const problems: Problem[] = [];
  for (const { line, cells } of table.rows) {
    const parsed = schema.safeParse(cells);
    if (parsed.success) {
      rows.push({ line, row: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      problems.push({ file: table.file, line, column, found: cells[column] ?? "", expected: issue.message });
    }
  }
  return { rows, problems };
}
