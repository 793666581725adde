/**
 * Read-only questions the pages ask of the dataset. Pure functions over an
 * index built once, so the numbers a page shows can be recomputed by a test
 * from the same JSON. Statuses are read here as the build stored them; no
 * page works one out.
 */
import type { Area, AreaSet, Assessment, Dataset, Indicator, Observation, Period, Plan, Source, Target } from "./model.ts";

export interface Index {
  dataset: Dataset;
  area: Map<string, Area>;
  indicator: Map<string, Indicator>;
  period: Map<string, Period>;
  plan: Map<string, Plan>;
  source: Map<string, Source>;
  target: Map<string, Target>;
  /** Headline observations by indicator (see headlineObservations). */
  headline: Map<string, Observation[]>;
  /** Every observation by indicator, in dataset order. */
  byIndicator: Map<string, Observation[]>;
  /** The stored assessment of a target for an area, by `${targetId}|${areaId}`. */
  assessment: Map<string, Assessment>;
  /** Targets of each plan, in dataset order. */
  targetsByPlan: Map<string, Target[]>;
}

/**
 * The headline series of one indicator: sex "none" where the indicator has no
 * sex breakdown, else women ("female"). Where only totals exist, totals.
 */
export function headlineSex(observations: readonly Observation[]): Observation["sex"] {
  if (observations.some((o) => o.sex === null)) return null;
  if (observations.some((o) => o.sex === "female")) return "female";
  return "total";
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Headline figures, one sex per area: an area that publishes only totals keeps its totals even where others publish women. */
function headlineOf(observations: readonly Observation[]): Observation[] {
  const all = observations.filter((o) => o.headline);
  const sexOf = new Map([...groupBy(all, (o) => o.areaId)].map(([area, obs]) => [area, headlineSex(obs)]));
  return all.filter((o) => o.sex === sexOf.get(o.areaId));
}

export function indexDataset(dataset: Dataset): Index {
  const byIndicator = groupBy(dataset.observations, (o) => o.indicatorId);
  return {
    dataset,
    area: new Map(dataset.areas.map((a) => [a.id, a])),
    indicator: new Map(dataset.indicators.map((i) => [i.id, i])),
    period: new Map(dataset.periods.map((p) => [p.id, p])),
    plan: new Map(dataset.plans.map((p) => [p.id, p])),
    source: new Map(dataset.sources.map((s) => [s.id, s])),
    target: new Map(dataset.targets.map((t) => [t.id, t])),
    byIndicator,
    headline: new Map([...byIndicator].map(([id, obs]) => [id, headlineOf(obs)])),
    assessment: new Map(dataset.assessments.map((a) => [`${a.targetId}|${a.areaId}`, a])),
    targetsByPlan: groupBy(dataset.targets, (t) => t.planId),
  };
}

/** Headline observations of an indicator, one sex per area. */
export function headlineObservations(ix: Index, indicatorId: string): Observation[] {
  return ix.headline.get(indicatorId) ?? [];
}

/** The stored assessment of a target for an area, if the build assessed it there. */
export function assessmentOf(ix: Index, targetId: string, areaId: string): Assessment | undefined {
  return ix.assessment.get(`${targetId}|${areaId}`);
}

/** Every stored assessment of a target, in dataset order. */
/** A rule that binds every province's own body (an election resolution's share of candidates, a directive's share of a committee). */
export function bindsEachProvince(target: Pick<Target, "parts">): boolean {
  return target.parts.length > 0 && target.parts.every((p) => p.binds === "province");
}

export function assessmentsOfTarget(ix: Index, targetId: string): Assessment[] {
  return ix.dataset.assessments.filter((a) => a.targetId === targetId);
}

export function comparePeriods(ix: Index, a: string, b: string): number {
  return (ix.period.get(a)?.order ?? 0) - (ix.period.get(b)?.order ?? 0);
}

/** The series of one area, oldest first. */
export function seriesOf(ix: Index, indicatorId: string, areaId: string): Observation[] {
  return headlineObservations(ix, indicatorId)
    .filter((o) => o.areaId === areaId)
    .sort((a, b) => comparePeriods(ix, a.periodId, b.periodId));
}

export function latestOf(ix: Index, indicatorId: string, areaId: string): Observation | undefined {
  return seriesOf(ix, indicatorId, areaId).at(-1);
}

/**
 * The most recent period with figures for provinces, and which set of
 * provinces it belongs to. Null when the indicator has no provincial figure.
 */
export function latestProvincialPeriod(ix: Index, indicatorId: string): { periodId: string; set: AreaSet } | null {
  const provincial = headlineObservations(ix, indicatorId).filter((o) => ix.area.get(o.areaId)?.level === "province");
  if (provincial.length === 0) return null;
  const periodId =
    provincial
      .map((o) => o.periodId)
      .sort((a, b) => comparePeriods(ix, a, b))
      .at(-1) ?? "";
  const inPeriod = provincial.filter((o) => o.periodId === periodId);
  const set: AreaSet = inPeriod.some((o) => ix.area.get(o.areaId)?.sets.includes("p63") === false) ? "p34" : "p63";
  return { periodId, set };
}

/** Provincial figures of one period, highest first (ties by name). */
/** The latest period in which two or more provinces have a figure: one province's figure ranks nothing. */
export function latestRankedPeriod(ix: Index, indicatorId: string): string | null {
  const areasIn = new Map<string, Set<string>>();
  for (const o of headlineObservations(ix, indicatorId))
    if (ix.area.get(o.areaId)?.level === "province") areasIn.set(o.periodId, (areasIn.get(o.periodId) ?? new Set()).add(o.areaId));
  const ranked = [...areasIn.keys()].filter((p) => (areasIn.get(p)?.size ?? 0) >= 2).sort((a, b) => comparePeriods(ix, a, b));
  return ranked.at(-1) ?? null;
}

export function provincialRanking(ix: Index, indicatorId: string, periodId: string): Observation[] {
  const inPeriod = headlineObservations(ix, indicatorId).filter((o) => o.periodId === periodId && ix.area.get(o.areaId)?.level === "province");
  // Rank like with like: where areas publish different breakdowns, keep the commonest.
  const counts = new Map<string, number>();
  for (const o of inPeriod) counts.set(o.sex ?? "", (counts.get(o.sex ?? "") ?? 0) + 1);
  const sex = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
  return inPeriod
    .filter((o) => (o.sex ?? "") === sex)
    .sort((a, b) => b.value - a.value || (ix.area.get(a.areaId)?.name.vi ?? "").localeCompare(ix.area.get(b.areaId)?.name.vi ?? "", "vi"));
}

/** Every period of a kind between the first and last given, so gaps show as gaps. */
export function periodRange(ix: Index, periodIds: readonly string[]): Period[] {
  const periods = periodIds.map((id) => ix.period.get(id)).filter((p): p is Period => p !== undefined);
  if (periods.length === 0) return [];
  const kind = periods[0]?.kind;
  const orders = periods.map((p) => p.order);
  const lo = Math.min(...orders);
  const hi = Math.max(...orders);
  return ix.dataset.periods.filter((p) => p.kind === kind && p.order >= lo && p.order <= hi);
}

export function targetsOfPlan(ix: Index, planId: string): Target[] {
  return ix.targetsByPlan.get(planId) ?? [];
}

/** Plans issued for an area; for a 2025 unit also those of the provinces merged into it, and the reverse. */
export function plansForArea(ix: Index, area: Area): Plan[] {
  const related = new Set([area.id, ...area.formedFromIds, ...(area.becameId ? [area.becameId] : [])]);
  return ix.dataset.plans
    .filter((p) => related.has(p.areaId))
    .sort((a, b) => (a.areaId === area.id ? 0 : 1) - (b.areaId === area.id ? 0 : 1) || b.docDate.localeCompare(a.docDate) || a.id.localeCompare(b.id));
}

/** The national strategy in force (Resolution 28/NQ-CP, 2021-2030): the yardstick for every province. */
export const NATIONAL_STRATEGY_ID = "nq-28-nq-cp-2021";

/**
 * The figure of a series for a target's deadline: for a term target, the body
 * elected for that term (the latest period starting no later than the term);
 * otherwise the latest period starting no later than the deadline year.
 */
export function figureForDeadline(ix: Index, series: readonly Observation[], target: Target): Observation | undefined {
  const year = target.term?.start ?? target.deadline;
  if (year === null) return undefined;
  return series.filter((o) => (ix.period.get(o.periodId)?.start ?? Infinity) <= year).at(-1);
}

export interface Evidence {
  indicator: Indicator;
  /** A proxy measure, never shown as the target's own figure. */
  proxy: boolean;
  /** The most recent figure. */
  observation: Observation;
  /** The figure for the deadline's period, when it differs from the latest. */
  atDeadline: Observation | null;
}

/** The figures that speak to a target for an area: direct measures first, then proxies (labelled by the caller). */
export function evidenceFor(ix: Index, target: Target, areaId: string): Evidence[] {
  const out: Evidence[] = [];
  for (const [ids, proxy] of [
    [target.indicatorIds, false],
    [target.proxyIndicatorIds, true],
  ] as const) {
    for (const id of ids) {
      const series = seriesOf(ix, id, areaId);
      const observation = series.at(-1);
      const indicator = ix.indicator.get(id);
      if (!observation || !indicator) continue;
      const atDeadline = figureForDeadline(ix, series, target);
      out.push({ indicator, proxy, observation, atDeadline: atDeadline && atDeadline !== observation ? atDeadline : null });
    }
  }
  return out;
}
