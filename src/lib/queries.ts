/**
 * Read-only questions the pages ask of the dataset. Pure functions, so the
 * numbers a page shows can be recomputed by a test from the same JSON.
 */
import { isValidOn, type Area, type AreaSet } from "./areas.ts";
import type { Dataset, Indicator, Observation, Plan, Target } from "./model.ts";
import type { Period } from "./periods.ts";
import { assessTarget, type Assessment } from "./status.ts";

export interface Index {
  dataset: Dataset;
  area: Map<string, Area>;
  indicator: Map<string, Indicator>;
  period: Map<string, Period>;
  plan: Map<string, Plan>;
  source: Map<string, Dataset["sources"][number]>;
}

export function indexDataset(dataset: Dataset): Index {
  return {
    dataset,
    area: new Map(dataset.areas.map((a) => [a.id, a])),
    indicator: new Map(dataset.indicators.map((i) => [i.id, i])),
    period: new Map(dataset.periods.map((p) => [p.id, p])),
    plan: new Map(dataset.plans.map((p) => [p.id, p])),
    source: new Map(dataset.sources.map((s) => [s.id, s])),
  };
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

/**
 * Headline observations of an indicator, one sex per area: an area that
 * publishes only totals keeps its totals even where others publish women.
 */
export function headlineObservations(ix: Index, indicatorId: string): Observation[] {
  const all = ix.dataset.observations.filter((o) => o.indicatorId === indicatorId && o.headline);
  const byArea = new Map<string, Observation[]>();
  for (const o of all) byArea.set(o.areaId, [...(byArea.get(o.areaId) ?? []), o]);
  const sexOf = new Map([...byArea].map(([area, obs]) => [area, headlineSex(obs)]));
  return all.filter((o) => o.sex === sexOf.get(o.areaId));
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
export function provincialRanking(ix: Index, indicatorId: string, periodId: string): Observation[] {
  const inPeriod = headlineObservations(ix, indicatorId).filter((o) => o.periodId === periodId && ix.area.get(o.areaId)?.level === "province");
  // Rank like with like: where areas publish different breakdowns, keep the commonest.
  const counts = new Map<string, number>();
  for (const o of inPeriod) counts.set(o.sex ?? "", (counts.get(o.sex ?? "") ?? 0) + 1);
  const sex = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
  return inPeriod
    .filter((o) => (o.sex ?? "") === sex)
    .sort((a, b) => b.value - a.value || (ix.area.get(a.areaId)?.nameVi ?? "").localeCompare(ix.area.get(b.areaId)?.nameVi ?? "", "vi"));
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
  return ix.dataset.targets.filter((t) => t.planId === planId);
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

/**
 * The progress of a target in an area: on its direct measure where the area
 * has figures, else on the first proxy with figures (marked byProxy), else
 * "not enough data" or "not measured".
 */
export function assessTargetForArea(ix: Index, target: Target, areaId: string): Assessment {
  const plan = ix.plan.get(target.planId);
  const withData = (ids: readonly string[]) => ids.find((id) => seriesOf(ix, id, areaId).length > 0);
  const direct = withData(target.indicatorIds);
  const proxy = direct === undefined ? withData(target.proxyIndicatorIds) : undefined;
  const indicatorId = direct ?? proxy ?? target.indicatorIds[0] ?? target.proxyIndicatorIds[0] ?? null;
  const byProxy = direct === undefined && (proxy !== undefined || (target.indicatorIds.length === 0 && target.proxyIndicatorIds.length > 0));
  // A target no statistic measures may have figures its issuer reported: judged on them, marked as reported.
  const reported = ix.dataset.reported
    .filter((r) => r.targetId === target.id && r.areaId === areaId)
    .sort((a, b) => comparePeriods(ix, a.periodId, b.periodId));
  if (direct === undefined && proxy === undefined && reported.length > 0) {
    return assessTarget({
      target,
      areaId,
      planStart: plan?.periodStart ?? null,
      series: reported,
      periods: ix.period,
      indicatorId: null,
      byProxy: false,
      byReport: true,
      percent: target.unit.vi === "%",
      asOfYear: Number(ix.dataset.release.date.slice(0, 4)),
    });
  }
  return assessTarget({
    target,
    areaId,
    planStart: plan?.periodStart ?? null,
    series: indicatorId ? seriesOf(ix, indicatorId, areaId) : [],
    periods: ix.period,
    indicatorId,
    byProxy,
    percent: indicatorId ? ix.indicator.get(indicatorId)?.unit === "percent" : false,
    asOfYear: Number(ix.dataset.release.date.slice(0, 4)),
  });
}

/**
 * The areas a target is assessed for: its plan's area; for national plans
 * also every province with figures for it that existed in the year the
 * target is judged (a 2026 target is not held against a province merged away
 * in 2025, nor a 2020 target against a unit formed in 2025).
 */
export function assessedAreas(ix: Index, target: Target): string[] {
  const plan = ix.plan.get(target.planId);
  if (!plan) return [];
  const areas = [plan.areaId];
  if (plan.issuerLevel === "national") {
    const ids = [...target.indicatorIds, ...target.proxyIndicatorIds];
    const year = target.term?.start ?? target.deadline;
    const withData = new Set(
      ix.dataset.observations
        .filter((o) => ids.includes(o.indicatorId))
        .map((o) => ix.area.get(o.areaId))
        .filter((a): a is Area => a !== undefined && a.level === "province" && (year === null || isValidOn(a, `${year}-01-01`)))
        .map((a) => a.id),
    );
    areas.push(...[...withData].sort());
  }
  return areas;
}
