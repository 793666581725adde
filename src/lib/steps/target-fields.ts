/**
 * The fields every target gets the same way, whichever file it is read
 * from: its parts and measures, its commitment, and the kind of its quote.
 */
import type { Binds, Comparator, Target } from "../model.ts";
import type { ProxyRef } from "../input/schema.ts";

/**
 * A commitment's parts from its measures written part by part (see partList
 * in schema.ts); one part at least. Each part binds the nation or the plan's
 * own area: as written, else the plan's default (a national plan binds the
 * nation, any other plan its own area).
 */
export function partsOf(direct: readonly string[][], proxies: readonly ProxyRef[][], binds: readonly Binds[], byDefault: Binds): Target["parts"] {
  const n = Math.max(1, direct.length, proxies.length);
  return Array.from({ length: n }, (_, i) => ({
    direct: [...(direct[i] ?? [])],
    proxies: [...(proxies[i] ?? [])],
    binds: binds[i] ?? byDefault,
  }));
}

/** The fields every target gets from its measures and its commitment. */
export function measures(
  id: string,
  row: {
    indicators: string[][];
    proxies: ProxyRef[][];
    binds?: Binds[];
    same_as: string;
    comparator_alternatives: Comparator[];
    body_alternatives?: string[];
    proxy_note_vi: string;
    proxy_note_en: string;
  },
  byDefault: Binds,
) {
  return {
    indicatorIds: row.indicators.flat(),
    proxyIndicatorIds: row.proxies.flat().map((p) => p.indicatorId),
    parts: partsOf(row.indicators, row.proxies, row.binds ?? [], byDefault),
    commitmentId: row.same_as || id,
    comparatorAlternatives: row.comparator_alternatives,
    bodyAlternatives: row.body_alternatives ?? [],
    proxyNote: { vi: row.proxy_note_vi, en: row.proxy_note_en },
  };
}

/** "(bản tin) …" marks a news report's wording; "[EN …]" an English summary. */
export function quoteKindOf(textVi: string): Target["quoteKind"] {
  if (textVi.startsWith("(bản tin")) return "news";
  if (textVi.startsWith("[EN")) return "english-summary";
  return "plan";
}
