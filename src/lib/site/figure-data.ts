/**
 * What a chart shows, chosen from the dataset: the targets drawn on it, the
 * two periods a change compares, the pairs of figures, the sources cited.
 * Wording is left to src/i18n, drawing to src/charts.
 */
import { figuresFor, type UnitFigure } from "../merge.ts";
import type { Boundary, Observation, Target } from "../model.ts";
import { headlineObservations, periodRange, type Index } from "../queries.ts";
import type { Part, PointUsed } from "../assessment.ts";

/**
 * The one figure a part shows, wherever it shows (verdicts, contribution
 * sentences, maps, tables, /status/): the figure of the period it is judged
 * on, or none. Another term's figure never fills the gap.
 */
export function shownPoint(part: Pick<Part, "judged">): PointUsed | null {
  return part.judged;
}

/**
 * How a figure shown came to be, in the words a label needs: as printed, or
 * made by the project (computed from printed figures, counted from a list,
 * summed exactly from the old provinces), or reported by the issuer.
 */
export type ShownBasis = "printed" | "computed" | "counted" | "summed" | "reported";

export function basisOfObservation(o: Pick<Observation, "derivation" | "reported">): ShownBasis {
  if (o.reported) return "reported";
  return o.derivation;
}

export function basisOfPoint(p: Pick<PointUsed, "basis">): ShownBasis {
  switch (p.basis) {
    case "published":
      return "printed";
    case "sum":
    case "sum-over-sum":
      return "summed";
    default:
      return p.basis;
  }
}

/** A figure of a 2025 unit summed from its old provinces is the project's sum; one of a single area is as its source made it. */
export function basisOfUnitFigure(f: Pick<UnitFigure, "basis" | "parts">): ShownBasis {
  if (f.basis === "sum" || f.basis === "sum-over-sum") return "summed";
  const [only] = f.parts;
  return only ? basisOfObservation(only) : "printed";
}

/** The national-plan targets an indicator measures directly, with a value one rule can draw. */
function drawableTargets(ix: Index, indicatorId: string): Target[] {
  return ix.dataset.targets.filter(
    (tg) =>
      tg.indicatorIds.includes(indicatorId) &&
      tg.value !== null &&
      tg.comparator !== "none" &&
      tg.comparator !== "between" &&
      ix.plan.get(tg.planId)?.issuerLevel === "national",
  );
}

/**
 * Whether a target is judged in a period, by the rule the verdicts follow
 * (src/lib/status.ts): a target about a term on the body elected for it, the
 * period whose span holds the term's first year (read half-open, so a 2026
 * term belongs to the body elected in 2026, not to 2021-2026); a target with
 * a deadline year only on that year's own figure.
 */
export function judgedInPeriod(tg: Pick<Target, "deadline" | "term">, period: { start: number | null; end: number | null }): boolean {
  if (period.start === null) return false;
  const end = period.end ?? period.start;
  if (tg.term) return end > period.start ? tg.term.start >= period.start && tg.term.start < end : tg.term.start === period.start;
  return tg.deadline !== null && period.start === tg.deadline && end === tg.deadline;
}

/** One target per value, the latest deadline first, two at most. */
function onePerValue(targets: readonly Target[]): Target[] {
  const seen = new Set<number>();
  const out: Target[] = [];
  for (const tg of [...targets].sort((a, b) => (b.deadline ?? 0) - (a.deadline ?? 0))) {
    if (tg.value === null || seen.has(tg.value) || out.length >= 2) continue;
    seen.add(tg.value);
    out.push(tg);
  }
  return out;
}

/** The targets judged in a period (see judgedInPeriod), none when no target falls in it. */
export function targetsInPeriod(ix: Index, indicatorId: string, periodId: string): Target[] {
  const period = ix.period.get(periodId);
  if (!period) return [];
  return onePerValue(drawableTargets(ix, indicatorId).filter((tg) => judgedInPeriod(tg, period)));
}

/**
 * Targets drawn on a chart that spans periods: those judged in the given
 * period, else those with the latest deadline (labelled with their year).
 */
export function targetsForFigure(ix: Index, indicatorId: string, periodId: string | null): Target[] {
  const inPeriod = periodId ? targetsInPeriod(ix, indicatorId, periodId) : [];
  if (inPeriod.length > 0) return inPeriod;
  const candidates = drawableTargets(ix, indicatorId);
  const latest = Math.max(...candidates.map((tg) => tg.deadline ?? 0));
  return onePerValue(candidates.filter((tg) => (tg.deadline ?? 0) === latest));
}

/** The sources of some figures, once each, sorted. */
export function sourcesOf(observations: readonly Observation[]): string[] {
  return [...new Set(observations.map((o) => o.sourceId))].sort();
}

/** The sources of an indicator's headline figures in some periods (the two periods a comparison draws). */
export function sourcesOfPeriods(ix: Index, indicatorId: string, periodIds: readonly string[]): string[] {
  return sourcesOf(headlineObservations(ix, indicatorId).filter((o) => periodIds.includes(o.periodId)));
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
export function periodPairs(
  ix: Index,
  indicatorId: string,
  periods: [string, string],
  boundary: Boundary,
): { areaId: string; from: number; to: number; bases: [ShownBasis, ShownBasis] }[] {
  const first = new Map(
    figuresFor(ix, indicatorId, periods[0], boundary)
      .filter((f) => f.value !== null)
      .map((f) => [f.areaId, f]),
  );
  return figuresFor(ix, indicatorId, periods[1], boundary).flatMap((f) => {
    const before = first.get(f.areaId);
    if (f.value === null || !before) return [];
    return [{ areaId: f.areaId, from: before.value ?? 0, to: f.value, bases: [basisOfUnitFigure(before), basisOfUnitFigure(f)] as [ShownBasis, ShownBasis] }];
  });
}
