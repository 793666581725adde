/**
 * The output model: what `npm run build:data` writes to dataset.json and the
 * site reads back. One zod schema per concept, the types derived from them,
 * so the build, the pages and the tests share one definition and the site can
 * check the JSON it loads (`DatasetSchema.parse`).
 *
 * To add a field: add it to its schema here; the build must then fill it and
 * every reader sees it typed.
 */
import { z } from "zod";

/** Text in both languages of the site. Every bilingual field has this shape. */
export const TextSchema = z.object({ vi: z.string(), en: z.string() });
export type Text = z.infer<typeof TextSchema>;

export const LangSchema = z.enum(["vi", "en"]);
export type Lang = z.infer<typeof LangSchema>;

/** The text of a bilingual field in a language (text.ts, which browser scripts import without the schema). */
export { textIn } from "./text.ts";

export const UnitSchema = z.enum(["percent", "count", "ratio", "hours", "minutes", "rank", "flag", "group"]);
export type Unit = z.infer<typeof UnitSchema>;

import { AssessmentSchema, BindsSchema, ComparatorSchema, ProxyGroupSchema, QualifierSchema } from "./assessment.ts";
export * from "./assessment.ts";
export { DECIDED_STATUSES, MISSING_STATUSES } from "./verdicts.ts";
export const BetterSchema = z.enum(["higher", "lower", "none"]);
export type Better = z.infer<typeof BetterSchema>;
export const SexSchema = z.enum(["female", "male", "total"]);
export type Sex = z.infer<typeof SexSchema>;
export const AreaLevelSchema = z.enum(["country", "region", "province"]);
export type AreaLevel = z.infer<typeof AreaLevelSchema>;
/** The two sets of provincial units: before and after the rearrangement of 12 June 2025. */
export const AreaSetSchema = z.enum(["p63", "p34"]);
export type AreaSet = z.infer<typeof AreaSetSchema>;
/** How figures of old periods are placed on a map: as published, or summed onto the 2025 units. */
export const BoundarySchema = z.enum(["published", "2025"]);
export type Boundary = z.infer<typeof BoundarySchema>;
export const PeriodKindSchema = z.enum(["year", "legislature", "span"]);
export type PeriodKind = z.infer<typeof PeriodKindSchema>;
export const MeasureSchema = z.enum(["statistics", "administrative"]);
export type Measure = z.infer<typeof MeasureSchema>;
/** How a figure came to be: printed by its publisher, computed by the project from printed figures, or counted by the project from an official list. */
export const DerivationSchema = z.enum(["printed", "computed", "counted"]);
export type Derivation = z.infer<typeof DerivationSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

export const AreaSchema = z.object({
  /** ASCII slug, unique across all areas; also the URL segment. */
  id: z.string(),
  /** GSO code ("10"); "VN" for the country; the slug for regions, which have no GSO code here. */
  code: z.string(),
  level: AreaLevelSchema,
  /** Short name: "Lào Cai" / "Lao Cai". */
  name: TextSchema,
  /** Official name with its prefix, as Resolution 202/2025/QH15 writes it: "Tỉnh Lào Cai". */
  officialName: z.string(),
  /** First day of validity, null when valid since before the data begins. */
  validFrom: isoDate.nullable(),
  /** Last day of validity, null when still valid. */
  validTo: isoDate.nullable(),
  /** The sets the unit belongs to; an unchanged province belongs to both. */
  sets: z.array(AreaSetSchema),
  /** Region id for provinces, when the whole unit lies in one region. */
  region: z.string().nullable(),
  /** For a province merged away in 2025: the unit it became. */
  becameId: z.string().nullable(),
  /** For a unit formed in 2025: the provinces merged into it. */
  formedFromIds: z.array(z.string()),
  /** Names the same territory had before (Thừa Thiên Huế for Huế), in Vietnamese. */
  formerNames: z.array(z.string()),
});
export type Area = z.infer<typeof AreaSchema>;

export const AreaSetInfoSchema = z.object({
  id: AreaSetSchema,
  name: TextSchema,
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  legalBasis: z.string(),
});
export type AreaSetInfo = z.infer<typeof AreaSetInfoSchema>;

export const PeriodSchema = z.object({
  /** Stable id: "2019", "NA-XIV", "2016-2021". */
  id: z.string(),
  kind: PeriodKindSchema,
  /** First calendar year, null where no source gives it (early legislatures). */
  start: z.number().int().nullable(),
  /** Last calendar year, null where unknown. */
  end: z.number().int().nullable(),
  /** Sorts periods of one kind in time order. */
  order: z.number(),
  label: TextSchema,
  /** A short axis label, language-neutral: "2019", "2016–21", "XIV\n2016". */
  short: z.string(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const IndicatorSchema = z.object({
  id: z.string(),
  topic: z.string(),
  name: TextSchema,
  unit: UnitSchema,
  unitLabel: TextSchema,
  better: BetterSchema,
  /** Decimals to show (the data keep full precision). */
  decimals: z.number().int(),
  periodicity: PeriodKindSchema,
  definition: TextSchema,
  caveat: TextSchema,
  /** "reported" for figures governments publish about their own bodies (a share of agencies led by a woman), shown as reported. */
  kind: z.enum(["statistic", "reported"]),
  /** Who publishes the figure: the body a reader asks when it is missing. */
  holder: TextSchema,
  /** The body the figure counts, naming one part of a commitment that names several ("Quốc hội"); empty where the name says it. */
  body: TextSchema,
  /** Targets measured directly by this indicator (derived from the targets). */
  targetIds: z.array(z.string()),
  /** Targets for which this indicator is only a proxy. */
  proxyTargetIds: z.array(z.string()),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Where a figure was printed: the publication cited by the source file's row. */
export const CitationSchema = z.object({ url: z.string(), title: z.string() });
export type Citation = z.infer<typeof CitationSchema>;

export const ObservationSchema = z.object({
  indicatorId: z.string(),
  areaId: z.string(),
  periodId: z.string(),
  sex: SexSchema.nullable(),
  /** In the indicator's unit: percent 0-100, counts in persons. */
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Printed with a qualifier ("over", "nearly", …): a bound or an approximation, never a point. */
  qualifier: QualifierSchema,
  /** Printed as it stands; computed from printed figures (a share of printed counts, a level less a stated rise); or counted from an official list. */
  derivation: DerivationSchema,
  /**
   * From a report a government published about its own bodies and progress,
   * not a statistic. One kind per document: every figure of a document that
   * reports any of its own bodies' figures is reported (see the build's
   * documentKinds), so a summary of the Government's report is never half
   * statistics.
   */
  reported: z.boolean(),
  /** The source file (folder under data/sources). */
  sourceId: z.string(),
  /** Line of the row in the source file. */
  line: z.number().int(),
  citation: CitationSchema,
  note: z.string(),
  /** The note marks the figure as preliminary (sơ bộ). */
  preliminary: z.boolean(),
  /**
   * True for the one value shown where several publishers give a figure for
   * the same indicator, area, period and sex; the others stay listed.
   */
  headline: z.boolean(),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** A figure the issuing body reported for one of its administrative targets: shown as reported, never as a statistic. */
export const ReportedSchema = z.object({
  /** The target it reports on, or stands near (a proxy); empty for a figure only listed. */
  targetId: z.string(),
  /**
   * "target": the target's own figure, as reported; "proxy": the same group
   * under another name (decides, labelled); "context": near the target but of
   * another group or a narrower body, shown with the reason, never a verdict;
   * "listed": shown with the reason it is tied to no target.
   */
  role: z.enum(["target", "proxy", "context", "listed"]),
  areaId: z.string(),
  /** The period, where the figure is used on a target; empty for a listed figure (see periodText). */
  periodId: z.string(),
  /** The period as the report printed it. */
  periodText: z.string(),
  value: z.number().nullable(),
  qualifier: QualifierSchema,
  /** The value and unit as printed ("26 % (trên)"). */
  printed: z.string(),
  /** The report's own words. */
  quote: z.string(),
  reportDate: z.string(),
  sourceId: z.string(),
  line: z.number().int(),
  citation: CitationSchema,
  publisher: z.string(),
  note: z.string(),
  reason: TextSchema,
});
export type Reported = z.infer<typeof ReportedSchema>;

export const EncodingSchema = z.enum(["utf-8", "utf-16le", "utf-16be", "windows-1258"]);
export type Encoding = z.infer<typeof EncodingSchema>;

export const SourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  retrieved: z.string(),
  licence: z.string(),
  importer: z.string(),
  files: z.array(z.object({ name: z.string(), sha256: z.string() })),
  description: z.string(),
  /** The same in Vietnamese: title, publisher, licence and a summary of the description (title and publisher above are as published, or in English). */
  vi: z.object({ title: z.string(), publisher: z.string(), licence: z.string(), summary: z.string() }),
  /** How its files are written, when not UTF-8 CSV with commas and decimal points. */
  dialect: z.object({ encoding: EncodingSchema.nullable(), delimiter: z.enum([",", ";", "\t"]), decimalComma: z.boolean() }),
  /** For wide layouts (PX-Web, World Bank, UN SDG): what their cells are. */
  layout: z.object({ indicator: z.string(), unit: z.string(), categories: z.record(z.string(), SexSchema), country: z.string() }),
});
export type Source = z.infer<typeof SourceSchema>;

/** A source's words in the page's language: Vietnamese fields on Vietnamese pages, the English (or as-published) ones on English pages. */
export function sourceWords(source: Source, lang: "vi" | "en"): { title: string; publisher: string; licence: string; description: string } {
  return lang === "vi"
    ? { title: source.vi.title, publisher: source.vi.publisher, licence: source.vi.licence, description: source.vi.summary }
    : { title: source.title, publisher: source.publisher, licence: source.licence, description: source.description };
}
export type Dialect = Source["dialect"];

export const IssuerLevelSchema = z.enum(["national", "province", "department", "district"]);

export const PlanSchema = z.object({
  id: z.string(),
  issuer: TextSchema,
  issuerLevel: IssuerLevelSchema,
  areaId: z.string(),
  docNumber: z.string(),
  /** ISO date, or a year alone, or "" when the document does not say. */
  docDate: z.string(),
  periodStart: z.number().int().nullable(),
  periodEnd: z.number().int().nullable(),
  title: TextSchema,
  parent: z.string(),
  reporting: TextSchema,
  /** From the plan's reporting clause: who reports, to whom, by when (empty where the plan does not say). */
  reporter: TextSchema,
  receiver: TextSchema,
  reportDue: TextSchema,
  sourceId: z.string(),
  note: TextSchema,
  /** For plans known only from an index: whether their targets were transcribed. */
  targetsExtracted: z.string(),
  sourceUrl: z.string(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const QuoteKindSchema = z.enum(["plan", "news", "english-summary", "source-note"]);

export const TargetSchema = z.object({
  id: z.string(),
  planId: z.string(),
  section: z.string(),
  /** The plan's own words (or a news report's, flagged in `quoteKind`). */
  textVi: z.string(),
  textEn: z.string(),
  quoteKind: QuoteKindSchema,
  comparator: ComparatorSchema,
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: TextSchema,
  /** Deadline year; null when the plan states none. */
  deadline: z.number().int().nullable(),
  /**
   * For targets about an elected term ("nhiệm kỳ 2016 - 2020"): the term.
   * Such a target is judged on the body elected for that term.
   */
  term: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  recurrence: z.enum(["", "yearly", "monthly"]),
  scope: TextSchema,
  measure: MeasureSchema,
  indicatorIds: z.array(z.string()),
  proxyIndicatorIds: z.array(z.string()),
  /**
   * One part per body the commitment names ("National Assembly and People's Councils" has two), each
   * with its direct measures and its proxies, alternatives in order of preference.
   */
  parts: z.array(
    z.object({
      direct: z.array(z.string()),
      proxies: z.array(z.object({ indicatorId: z.string(), group: ProxyGroupSchema })),
      /** The nation's figure or the plan area's own: a province's figure only contributes to a target that binds the nation. */
      binds: BindsSchema,
    }),
  ),
  /** The commitment: targets quoted by two documents share it (the first one's id). */
  commitmentId: z.string(),
  /** Where the comparator was read from a paraphrase, the other readings the Vietnamese text may have. */
  comparatorAlternatives: z.array(ComparatorSchema),
  /** Where the wording does not say which body it sets the figure for, the measures of the other bodies it may mean (one-part targets). */
  bodyAlternatives: z.array(z.string()),
  /** Why a proxy is not the target, in one sentence (a planning pool versus elected deputies). */
  proxyNote: TextSchema,
  /** Who the plan charges with the commitment; empty means the plan's reporters as a whole. */
  responsible: TextSchema,
  /** A figure the plan leaves to "the rules" ("theo quy định"): the document that sets it, quoted, and where it was read. */
  setBy: z.object({ text: TextSchema, urls: z.array(z.string()) }).nullable(),
  note: TextSchema,
});
export type Target = z.infer<typeof TargetSchema>;

/** A row of a source file that is deliberately not an observation, with the reason. */
export const SetAsideSchema = z.object({ sourceId: z.string(), line: z.number().int(), reason: z.string() });
export type SetAside = z.infer<typeof SetAsideSchema>;

export const ReleaseSchema = z.object({
  version: z.string(),
  /** ISO date of the release; its year decides which deadlines have passed. */
  date: isoDate,
  note: TextSchema,
  /** The release the change log compares with (data/releases/<version>/), and how many values changed since; null before the second release. */
  previous: z.object({ version: z.string(), changes: z.number().int() }).nullable().default(null),
});
export type Release = z.infer<typeof ReleaseSchema>;

/** A tile of a tile-grid map: one equal square per provincial unit. */
export const TileSchema = z.object({
  areaId: z.string(),
  code: z.string(),
  row: z.number().int(),
  col: z.number().int(),
  /** The short name written on the tile. */
  label: z.string(),
});
export type Tile = z.infer<typeof TileSchema>;

/** Everything the site is built from, validated and cross-referenced. */
/** An article of a law, quoted word for word from the page named, with an English summary. */
export const LegalQuoteSchema = z.object({
  id: z.string(),
  law: z.string(),
  article: z.string(),
  quoteVi: z.string(),
  summaryEn: z.string(),
  url: z.string(),
  quotedBy: z.string(),
});
export type LegalQuote = z.infer<typeof LegalQuoteSchema>;

export const DatasetSchema = z.object({
  release: ReleaseSchema,
  areas: z.array(AreaSchema),
  areaSets: z.array(AreaSetInfoSchema),
  periods: z.array(PeriodSchema),
  indicators: z.array(IndicatorSchema),
  observations: z.array(ObservationSchema),
  /** Figures from the issuers' own reports, for targets no statistic measures. */
  reported: z.array(ReportedSchema),
  sources: z.array(SourceSchema),
  plans: z.array(PlanSchema),
  targets: z.array(TargetSchema),
  setAside: z.array(SetAsideSchema),
  /** Articles of law the site quotes (the information request). */
  legalQuotes: z.array(LegalQuoteSchema),
  /** Tile-grid layouts of the two maps of provinces. */
  tilemaps: z.object({ p63: z.array(TileSchema), p34: z.array(TileSchema) }),
  /** Progress of each target in its plan's area, and of national targets in every province with figures. */
  assessments: z.array(AssessmentSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * The quotation without the transcriber's markers: a leading "(bản tin)" (a
 * news report's wording) or "[EN, … ]" (an English summary). The page shows
 * what those markers meant as a label instead.
 */
/** The language of a target's quote: a government's English summary, or a source's English note, is English. */
export function quoteLang(target: Pick<Target, "quoteKind">): "vi" | "en" {
  return target.quoteKind === "english-summary" || target.quoteKind === "source-note" ? "en" : "vi";
}

export function quoteBody(textVi: string): string {
  return textVi.replace(/^\(bản tin[^)]*\)\s*/u, "").replace(/^\[EN[^\]]*\]\s*/u, "");
}
