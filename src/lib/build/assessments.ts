/**
 * Step 10, verdicts: every commitment judged where it is assessed (see
 * status.ts for the method), worked out once here and stored in the
 * dataset; pages read them back through the index.
 *
 * A commitment has one part per body it names (targets.csv writes parts
 * apart with "|"); each part is judged on the best evidence it has: the
 * target's own statistic, else figures the issuer reported on the target,
 * else a proxy (what was measured instead), each labelled; no evidence
 * leaves the part "no figure" (a statistic not published) or "not reported"
 * (a commitment only the issuer's reports can show).
 */
import { isValidOn } from "../areas.ts";
import { figuresOn2025Map } from "../merge.ts";
import type { Area, Assessment, Comparator, Dataset, Evidence, Part, Plan, Reported, Target } from "../model.ts";
import { comparePeriods, seriesOf, type Index } from "../queries.ts";
import { actionVerdict, assessSeries, combineParts, emptyResult, isJudged, type SeriesPoint, type SeriesResult } from "../status.ts";

/** The figures of an indicator for an area as points; a 2025 unit also gets old periods summed exactly from its provinces. */
export function seriesPoints(ix: Index, indicatorId: string, areaId: string): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  const seen = new Set<string>();
  for (const o of seriesOf(ix, indicatorId, areaId)) {
    const p = ix.period.get(o.periodId);
    if (!p || p.start === null) continue;
    seen.add(o.periodId);
    points.push({
      value: o.value,
      periodId: o.periodId,
      year: p.start,
      end: p.end ?? p.start,
      qualifier: o.qualifier,
      basis: "published",
      sourceId: o.sourceId,
    });
  }
  const area = ix.area.get(areaId);
  if (area && area.formedFromIds.length > 0) {
    const periods = new Set((ix.headline.get(indicatorId) ?? []).filter((o) => area.formedFromIds.includes(o.areaId)).map((o) => o.periodId));
    for (const periodId of periods) {
      if (seen.has(periodId)) continue;
      const p = ix.period.get(periodId);
      const merged = figuresOn2025Map(ix, indicatorId, periodId).find((f) => f.areaId === areaId);
      if (!p || p.start === null || !merged || merged.value === null || (merged.basis !== "sum-over-sum" && merged.basis !== "sum")) continue;
      points.push({
        value: merged.value,
        periodId,
        year: p.start,
        end: p.end ?? p.start,
        qualifier: "",
        basis: merged.basis,
        sourceId: merged.parts[0]?.sourceId ?? "",
      });
    }
  }
  return points.sort((a, b) => a.year - b.year);
}

function reportedPoints(ix: Index, reported: readonly Reported[]): SeriesPoint[] {
  return [...reported]
    .sort((a, b) => comparePeriods(ix, a.periodId, b.periodId))
    .flatMap((r) => {
      const p = ix.period.get(r.periodId);
      return p && p.start !== null && r.value !== null
        ? [
            {
              value: r.value,
              periodId: r.periodId,
              year: p.start,
              end: p.end ?? p.start,
              qualifier: r.qualifier,
              basis: "reported" as const,
              sourceId: r.sourceId,
            },
          ]
        : [];
    });
}

interface PartContext {
  ix: Index;
  target: Target;
  areaId: string;
  planStart: number | null;
  asOfYear: number;
  comparator: Comparator;
}

function judge(ctx: PartContext, points: readonly SeriesPoint[], percent: boolean): SeriesResult {
  const { target } = ctx;
  return assessSeries({
    comparator: ctx.comparator,
    target: target.value ?? 0,
    targetMax: target.valueMax,
    deadline: target.deadline,
    term: target.term,
    planStart: ctx.planStart,
    points,
    percent,
    asOfYear: ctx.asOfYear,
  });
}

/** The first alternative that gives a judgement; else the first with any figure; else none. */
function bestOf(ctx: PartContext, ids: readonly string[], evidence: Evidence): Part | null {
  let fallback: Part | null = null;
  for (const id of ids) {
    const points = seriesPoints(ctx.ix, id, ctx.areaId);
    if (points.length === 0) continue;
    const part: Part = { indicatorId: id, evidence, ...judge(ctx, points, ctx.ix.indicator.get(id)?.unit === "percent") };
    if (isJudged(part)) return part;
    fallback ??= part;
  }
  return fallback;
}

/**
 * Whether the issuer owed a report by the release: the commitment's deadline
 * (or its plan's end) has passed, or the plan asks for periodic reports and
 * began before the release year (a plan of unknown start that asks for them
 * is taken to have begun before).
 */
export function reportWasDue(plan: Plan | undefined, target: Target, asOfYear: number): boolean {
  const end = target.deadline ?? plan?.periodEnd ?? null;
  if (end !== null && end < asOfYear) return true;
  const periodic = target.recurrence !== "" || (plan?.reportDue.vi ?? "") !== "";
  const start = plan?.periodStart ?? (plan?.docDate ? Number(plan.docDate.slice(0, 4)) : null);
  return periodic && (start === null || start < asOfYear);
}

/** A part with no figure: a statistic not published, or a report owed (not reported) or not yet owed (awaiting). */
function missingPart(ctx: PartContext, indicatorId: string | null, evidence: Evidence): Part {
  const { target } = ctx;
  const administrative = target.measure === "administrative";
  const owed = administrative && reportWasDue(ctx.ix.plan.get(target.planId), target, ctx.asOfYear);
  return {
    ...emptyResult(target.term?.start ?? target.deadline),
    indicatorId,
    evidence,
    status: administrative ? (owed ? "not-reported" : "awaiting-report") : "no-figure",
    reason: administrative ? "no-report" : "no-data",
  };
}

/** A commitment with no number: delivered when its issuer reported it done within the plan's period (see actionVerdict). */
function actionPart(ctx: PartContext, reported: readonly Reported[]): Part {
  const { ix, target } = ctx;
  const plan = ix.plan.get(target.planId);
  const part = missingPart(ctx, null, reported.length > 0 ? "reported" : "none");
  const points = reportedPoints(ix, reported);
  const owed = reportWasDue(plan, target, ctx.asOfYear);
  const period = { start: plan?.periodStart ?? null, end: plan?.periodEnd ?? target.deadline };
  const verdict = actionVerdict(points, period, owed);
  const done = points.filter((p) => p.value > 0 && (period.start ?? -Infinity) <= p.year && p.year <= (period.end ?? Infinity));
  return { ...part, ...verdict, latest: points.at(-1) ?? null, judged: verdict.status === "delivered" ? (done.at(-1) ?? null) : null };
}

/** The parts of a commitment for an area, judged with one comparator. */
function partsFor(ix: Index, target: Target, areaId: string, comparator: Comparator): Part[] {
  const plan = ix.plan.get(target.planId);
  const ctx: PartContext = { ix, target, areaId, planStart: plan?.periodStart ?? null, asOfYear: Number(ix.dataset.release.date.slice(0, 4)), comparator };
  const forHere = ix.dataset.reported.filter((r) => r.targetId === target.id && r.areaId === areaId);
  const reported = forHere.filter((r) => r.role === "target");
  const reportedProxies = forHere.filter((r) => r.role === "proxy");
  if (target.comparator === "none" || target.value === null) return [actionPart(ctx, reported)];
  return target.parts.map((spec) => {
    const direct = bestOf(ctx, spec.direct, "statistic");
    if (direct) return { ...direct, evidence: ix.indicator.get(direct.indicatorId ?? "")?.kind === "reported" ? "reported" : "statistic" };
    // Figures the issuer reported on the target itself come before a proxy, which only stands near it.
    if (reported.length > 0 && target.parts.length === 1) {
      return { indicatorId: null, evidence: "reported", ...judge(ctx, reportedPoints(ix, reported), target.unit.vi === "%") };
    }
    const proxy = bestOf(ctx, spec.proxies, "proxy");
    if (proxy && isJudged(proxy)) return proxy;
    // A reported figure near the target speaks as a proxy where no published one judges it (one-part targets: it names no body).
    if (reportedProxies.length > 0 && target.parts.length === 1) {
      const byReport: Part = { indicatorId: null, evidence: "proxy", ...judge(ctx, reportedPoints(ix, reportedProxies), target.unit.vi === "%") };
      if (isJudged(byReport) || !proxy) return byReport;
    }
    if (proxy) return proxy;
    return missingPart(ctx, spec.direct[0] ?? spec.proxies[0] ?? null, "none");
  });
}

/** The verdict on a commitment for an area. */
export function assessTargetForArea(ix: Index, target: Target, areaId: string): Assessment {
  const parts = partsFor(ix, target, areaId, target.comparator);
  let status = combineParts(parts);
  // A comparator read from a paraphrase: every other reading must agree, and "achieved" is never claimed on it.
  const unconfirmed = target.comparatorAlternatives.length > 0;
  if (unconfirmed) {
    const readings = target.comparatorAlternatives.map((c) => combineParts(partsFor(ix, target, areaId, c)));
    if (status === "achieved" || readings.some((s) => s !== status)) status = "unconfirmed";
  }
  const evidences = new Set(parts.map((p) => p.evidence));
  const evidence: Evidence = evidences.has("proxy") ? "proxy" : evidences.has("reported") ? "reported" : evidences.has("statistic") ? "statistic" : "none";
  return {
    targetId: target.id,
    areaId,
    commitmentId: target.commitmentId,
    status,
    evidence,
    comparator: target.comparator,
    target: target.value,
    targetMax: target.valueMax,
    deadline: target.deadline,
    parts,
    comparatorUnconfirmed: unconfirmed,
    qualified: parts.some((p) => (p.judged?.qualifier ?? "") !== ""),
  };
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
    const valid = (a: Area | undefined): a is Area => a !== undefined && a.level === "province" && (year === null || isValidOn(a, `${year}-01-01`));
    for (const id of [...target.indicatorIds, ...target.proxyIndicatorIds]) {
      for (const o of ix.byIndicator.get(id) ?? []) {
        const a = ix.area.get(o.areaId);
        if (valid(a)) withData.add(a.id);
        // A 2025 unit whose old provinces have figures is assessed too: its baseline is summed from theirs.
        const unit = a?.becameId ? ix.area.get(a.becameId) : undefined;
        if (valid(unit)) withData.add(unit.id);
      }
    }
    areas.push(...[...withData].sort());
  }
  return areas;
}

/**
 * Every verdict the site shows: each target in its plan's area; a national
 * target also in each province whose figures speak to it (a figure for the
 * judged period, or before the deadline one in the plan's period). A
 * province whose only figures are of other terms gets no verdict on it: its
 * page says no provincial figure was published instead.
 */
export function assessAll(ix: Index, dataset: Dataset): Assessment[] {
  return dataset.targets.flatMap((target) => {
    const home = ix.plan.get(target.planId)?.areaId;
    return assessedAreas(ix, target)
      .map((areaId) => assessTargetForArea(ix, target, areaId))
      .filter((a) => a.areaId === home || a.parts.some((p) => p.judged !== null));
  });
}
