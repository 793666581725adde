/**
 * What a chart shows, chosen from the dataset: the targets drawn on it, the
 * two periods a change compares, the pairs of figures, the sources cited.
 * Wording is left to src/i18n, drawing to src/charts.
 */
import { figuresFor } from "./merge.ts";
import type { Boundary, Observation, Target } from "./model.ts";
import { headlineObservations, periodRange, type Index } from "./queries.ts";

/**
 * Targets drawn on a chart of an indicator for a period: the national-plan
 * targets measured directly by it whose deadline falls in the period, else
 * those with the latest deadline; one per value, two at most.
 */
export function targetsForFigure(ix: Index, indicatorId: string, periodId: string | null): Target[] {
  const candidates = ix.dataset.targets.filter(
    (tg) =>
      tg.indicatorIds.includes(indicatorId) &&
      tg.value !== null &&
      tg.comparator !== "none" &&
      tg.comparator !== "between" &&
      ix.plan.get(tg.planId)?.issuerLevel === "national",
  );
  const period = periodId ? ix.period.get(periodId) : undefined;
  const inPeriod = candidates.filter(
    (tg) => period && tg.deadline !== null && period.start !== null && tg.deadline >= period.start && tg.deadline <= (period.end ?? period.start),
  );
  const latest = Math.max(...candidates.map((tg) => tg.deadline ?? 0));
  const chosen = (inPeriod.length > 0 ? inPeriod : candidates.filter((tg) => (tg.deadline ?? 0) === latest)).sort(
    (a, b) => (b.deadline ?? 0) - (a.deadline ?? 0),
  );
  const seen = new Set<number>();
  const targets: Target[] = [];
  for (const tg of chosen) {
    if (tg.value === null || seen.has(tg.value) || targets.length >= 2) continue;
    seen.add(tg.value);
    targets.push(tg);
  }
  return targets;
}

/** The sources of some figures, once each, sorted. */
export function sourcesOf(observations: readonly Observation[]): string[] {
  return [...new Set(observations.map((o) => o.sourceId))].sort();
}

/** How many provinces a period needs figures for to be a default comparison. */
export const MIN_AREAS_TO_COMPARE = 2;

/**
 * The last two periods with figures for several provinces, as the pages
 * compare them: as published when both are on one map, else both on the 2025
 * units (old figures summed exactly where counts allow, else left out).
 */
export function lastTwoPeriods(ix: Index, indicatorId: string): { periods: [string, string]; boundary: Boundary } | null {
  const provincial = headlineObservations(ix, indicatorId).filter((o) => ix.area.get(o.areaId)?.level === "province");
  const ids = periodRange(
    ix,
    provincial.map((o) => o.periodId),
  )
    // A period with one province's figure only (the first 2026 council result) is no comparison yet.
    .filter((p) => provincial.filter((o) => o.periodId === p.id).length >= MIN_AREAS_TO_COMPARE)
    .map((p) => p.id);
  const from = ids.at(-2);
  const to = ids.at(-1);
  if (!from || !to) return null;
  // A period belongs to a map by its areas that exist on one map only (unchanged provinces are on both).
  const mapOf = (periodId: string) => {
    const sets = provincial.filter((o) => o.periodId === periodId).map((o) => ix.area.get(o.areaId)?.sets ?? []);
    return sets.some((s) => !s.includes("p63")) ? "p34" : sets.some((s) => !s.includes("p34")) ? "p63" : "both";
  };
  const [a, b] = [mapOf(from), mapOf(to)];
  const same = a === b || a === "both" || b === "both";
  return { periods: [from, to], boundary: same ? "published" : "2025" };
}

/** Every area with a figure in both periods, with the two figures (unrounded). */
export function periodPairs(ix: Index, indicatorId: string, periods: [string, string], boundary: Boundary): { areaId: string; from: number; to: number }[] {
  const first = new Map(
    figuresFor(ix, indicatorId, periods[0], boundary)
      .filter((f) => f.value !== null)
      .map((f) => [f.areaId, f.value ?? 0]),
  );
  return figuresFor(ix, indicatorId, periods[1], boundary)
    .filter((f) => f.value !== null && first.has(f.areaId))
    .map((f) => ({ areaId: f.areaId, from: first.get(f.areaId) ?? 0, to: f.value ?? 0 }));
}
