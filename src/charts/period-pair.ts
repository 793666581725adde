/**
 * What the change and slope figures of an indicator share: its last two
 * comparable periods, the areas with a figure in both, and the parts of the
 * figure that follow from them (id, sources, the note on the 2025 merger).
 */
import { t } from "../i18n/index.ts";
import type { Indicator } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import { lastTwoPeriods, periodPairs, sourcesOfPeriods } from "../lib/site/figure-data.ts";
import type { Lang } from "../lib/site/format.ts";

export function lastPeriodPair(ix: Index, indicatorId: string, kind: "change" | "slope", lang: Lang) {
  const indicator: Indicator | undefined = ix.indicator.get(indicatorId);
  const last = lastTwoPeriods(ix, indicatorId);
  // Only shares and counts have a difference worth drawing.
  if (!indicator || !last || (indicator.unit !== "percent" && indicator.unit !== "count")) return null;
  const rows = periodPairs(ix, indicatorId, last.periods, last.boundary);
  if (rows.length < 2) return null;
  return {
    indicator,
    last,
    rows,
    base: {
      id: `${kind}-${indicatorId}`,
      kind,
      sourceIds: sourcesOfPeriods(ix, indicatorId, last.periods),
      targets: [],
      targetNotes: last.boundary === "2025" ? [t(lang, "compareMergerNote")] : [],
      legend: [],
    },
  };
}
