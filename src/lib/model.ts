import type { Area, AreaSet } from "./areas.ts";
import type { Period } from "./periods.ts";
import type { Assessment } from "./status.ts";

/** Text in both languages of the site. */
export interface Bilingual {
  vi: string;
  en: string;
}

export type Unit = "percent" | "count" | "ratio" | "hours" | "minutes" | "rank" | "flag" | "group";
export type Better = "higher" | "lower" | "none";
export type Sex = "female" | "male" | "total";
export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "~" | "between" | "none";

export interface Indicator {
  id: string;
  topic: string;
  name: Bilingual;
  unit: Unit;
  unitLabel: Bilingual;
  better: Better;
  /** Decimals to show (the data keep full precision). */
  decimals: number;
  periodicity: Period["kind"];
  definition: Bilingual;
  caveat: Bilingual;
  /** Targets measured directly by this indicator (derived from the targets). */
  targetIds: string[];
  /** Targets for which this indicator is only a proxy. */
  proxyTargetIds: string[];
}

/** Where a figure was printed: the publication cited by the source file's row. */
export interface Citation {
  url: string;
  title: string;
}

export interface Observation {
  indicatorId: string;
  areaId: string;
  periodId: string;
  sex: Sex | null;
  /** In the indicator's unit: percent 0-100, counts in persons. */
  value: number;
  numerator: number | null;
  denominator: number | null;
  /** The source file (folder under data/sources). */
  sourceId: string;
  /** Line of the row in the source file. */
  line: number;
  citation: Citation;
  note: string;
  /** The note marks the figure as preliminary (sơ bộ). */
  preliminary: boolean;
  /**
   * True for the one value shown where several publishers give a figure for
   * the same indicator, area, period and sex; the others stay listed.
   */
  headline: boolean;
}

/** A figure the issuing body reported for one of its administrative targets: shown as reported, never as a statistic. */
export interface Reported {
  targetId: string;
  areaId: string;
  periodId: string;
  value: number;
  sourceId: string;
  line: number;
  citation: Citation;
  publisher: string;
  note: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  retrieved: string;
  licence: string;
  importer: string;
  files: { name: string; sha256: string }[];
  description: string;
  /** How its files are written, when not UTF-8 CSV with commas and decimal points. */
  dialect: { encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | null; delimiter: "," | ";" | "\t"; decimalComma: boolean };
  /** For wide layouts (PX-Web, World Bank, UN SDG): what their cells are. */
  layout: { indicator: string; unit: string; categories: Record<string, "female" | "male" | "total">; country: string };
}

export interface Plan {
  id: string;
  issuer: Bilingual;
  issuerLevel: "national" | "province" | "department" | "district";
  areaId: string;
  docNumber: string;
  /** ISO date, or a year alone, or "" when the document does not say. */
  docDate: string;
  periodStart: number | null;
  periodEnd: number | null;
  title: Bilingual;
  parent: string;
  reporting: Bilingual;
  sourceId: string;
  note: Bilingual;
  /** For plans known only from an index: whether their targets were transcribed. */
  targetsExtracted: string;
  sourceUrl: string;
}

export type Measure = "statistics" | "administrative";

export interface Target {
  id: string;
  planId: string;
  section: string;
  /** The plan's own words (or a news report's, flagged in `quoteKind`). */
  textVi: string;
  textEn: string;
  quoteKind: "plan" | "news" | "english-summary" | "source-note";
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: Bilingual;
  /** Deadline year; null when the plan states none. */
  deadline: number | null;
  /**
   * For targets about an elected term ("nhiệm kỳ 2016 - 2020"): the term.
   * Such a target is judged on the body elected for that term.
   */
  term: { start: number; end: number } | null;
  recurrence: "" | "yearly" | "monthly";
  scope: Bilingual;
  measure: Measure;
  indicatorIds: string[];
  proxyIndicatorIds: string[];
  note: Bilingual;
}

export interface AreaSetInfo {
  id: AreaSet;
  name: Bilingual;
  validFrom: string | null;
  validTo: string | null;
  legalBasis: string;
}

/** A row of a source file that is deliberately not an observation, with the reason. */
export interface SetAside {
  sourceId: string;
  line: number;
  reason: string;
}

export interface Release {
  version: string;
  /** ISO date of the release; its year decides which deadlines have passed. */
  date: string;
  note: Bilingual;
}

/** A tile of a tile-grid map: one equal square per provincial unit. */
export interface Tile {
  areaId: string;
  code: string;
  row: number;
  col: number;
  /** The short name written on the tile. */
  label: string;
}

/** Everything the site is built from, validated and cross-referenced. */
export interface Dataset {
  release: Release;
  areas: Area[];
  areaSets: AreaSetInfo[];
  periods: Period[];
  indicators: Indicator[];
  observations: Observation[];
  /** Figures from the issuers' own reports, for targets no statistic measures. */
  reported: Reported[];
  sources: Source[];
  plans: Plan[];
  targets: Target[];
  setAside: SetAside[];
  /** Tile-grid layouts of the two maps of provinces. */
  tilemaps: { p63: Tile[]; p34: Tile[] };
  /** Progress of each target in its plan's area, and of national targets in every province with figures. */
  assessments: Assessment[];
}

/**
 * The quotation without the transcriber's markers: a leading "(bản tin)" (a
 * news report's wording) or "[EN, … ]" (an English summary). The page shows
 * what those markers meant as a label instead.
 */
export function quoteBody(textVi: string): string {
  return textVi.replace(/^\(bản tin[^)]*\)\s*/u, "").replace(/^\[EN[^\]]*\]\s*/u, "");
}
