/**
 * Step 10, assessments: the progress of every target where it is assessed
 * (see status.ts), worked out once here and stored in the dataset; pages read
 * them back through the index.
 */
import { isValidOn } from "../areas.ts";
import type { Area, Assessment, Dataset, Target } from "../model.ts";
import { comparePeriods, seriesOf, type Index } from "../queries.ts";
import { assessTarget } from "../status.ts";

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
  const asOfYear = Number(ix.dataset.release.date.slice(0, 4));
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
      asOfYear,
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
    asOfYear,
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
    const year = target.term?.start ?? target.deadline;
    const withData = new Set<string>();
    for (const id of [...target.indicatorIds, ...target.proxyIndicatorIds]) {
      for (const o of ix.byIndicator.get(id) ?? []) {
        const a: Area | undefined = ix.area.get(o.areaId);
        if (a !== undefined && a.level === "province" && (year === null || isValidOn(a, `${year}-01-01`))) withData.add(a.id);
      }
    }
    areas.push(...[...withData].sort());
  }
  return areas;
}

export function assessAll(ix: Index, dataset: Dataset): Assessment[] {
  return dataset.targets.flatMap((target) => assessedAreas(ix, target).map((areaId) => assessTargetForArea(ix, target, areaId)));
}
