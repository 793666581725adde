/**
 * Every importer a SOURCE.md can name, in one registry: `SOURCE.md`
 * validation takes the names and the keys each layout needs from here, and
 * the build reads each source's files with the reader registered here.
 *
 * To add a published layout: write an ObservationReader in a module of this
 * folder (it emits rows in the tidy shape, with the published file's line
 * numbers), register it below with the SOURCE.md keys it needs, and add a
 * fixture in test/fixtures/layouts/. The build maps and checks its rows like
 * any other figure.
 */
import type { ObservationReader } from "./published.ts";
import { readPxWeb } from "./pxweb.ts";
import { readTidy } from "./tidy.ts";
import { readUnSdg } from "./unsdg.ts";
import { readWorldBank } from "./worldbank.ts";

/** Optional SOURCE.md keys that say what a wide layout's cells are. */
export type LayoutKey = "indicator" | "unit" | "categories" | "country";

export type Importer =
  /** Published figures, read into observations. */
  | { kind: "observations"; requires: readonly LayoutKey[]; read: ObservationReader }
  /** Files another build step reads in its own way (areas, targets, plan texts, reported figures), or that people read. */
  | { kind: "areas" | "national-targets" | "other-plans" | "plan-text" | "reported" | "reported-figures" | "reference"; requires: readonly LayoutKey[] };

export const IMPORTERS = {
  tidy: { kind: "observations", requires: [], read: readTidy },
  pxweb: { kind: "observations", requires: ["indicator", "unit", "categories"], read: readPxWeb },
  worldbank: { kind: "observations", requires: ["unit", "country"], read: readWorldBank },
  unsdg: { kind: "observations", requires: ["country"], read: readUnSdg },
  areas: { kind: "areas", requires: [] },
  "national-targets": { kind: "national-targets", requires: [] },
  "other-plans": { kind: "other-plans", requires: [] },
  "plan-text": { kind: "plan-text", requires: [] },
  reported: { kind: "reported", requires: [] },
  /** Figures governments published about their own progress, each with its body, report, date and printed words (see mappings/reported_figures.csv). */
  "reported-figures": { kind: "reported-figures", requires: [] },
  reference: { kind: "reference", requires: [] },
} as const satisfies Record<string, Importer>;

export type ImporterName = keyof typeof IMPORTERS;

export const IMPORTER_NAMES = Object.keys(IMPORTERS).sort() as ImporterName[];

export function isImporterName(name: string): name is ImporterName {
  return Object.hasOwn(IMPORTERS, name);
}

/** The importer a source names (validated when its SOURCE.md was read). */
export function importerOf(name: string): Importer | undefined {
  return isImporterName(name) ? IMPORTERS[name] : undefined;
}
