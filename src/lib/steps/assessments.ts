/**
 * Step 10, verdicts: every commitment judged where it is assessed (see
 * status.ts for the method), worked out once here and stored in the
 * dataset; pages read them back through the index.
 *
 * A commitment has one part per body it names (targets.csv writes parts
 * apart with "|"); each part is judged on the best evidence it has: the
 * target's own statistic, else figures the issuer reported on the target,
 * else a proxy of the same group (labelled); no evidence leaves the part "no
 * figure" (a statistic not published) or "not reported" (a commitment only
 * the issuer's reports can show). A proxy of a narrower body or of another
 * group never decides: it is kept beside the part as context. A part that
 * binds the nation, assessed in a province, is that province's
 * contribution: its figure is shown, never judged as the province's.
 */
import { isShare } from "../units.ts";
import { isValidOn } from "../areas.ts";
import { figuresOn2025Map } from "../merge.ts";
import type { Area, Assessment, Comparator, ContextFigure, Dataset, Evidence, Observation, Part, Plan, PointUsed, Reported, Target } from "../model.ts";
import { bindsEachProvince, comparePeriods, seriesOf, type Index } from "../queries.ts";
import { actionVerdict, assessSeries, combineParts, emptyResult, type SeriesPoint, type SeriesResult } from "../progress.ts";
import { isDecided } from "../verdicts.ts";

/** A published figure's basis: as printed, or computed or counted by the project (said wherever it shows). */
export function basisOf(o: Pick<Observation, "derivation" | "reported">): PointUsed["basis"] {
  if (o.reported) return "reported";
  return o.derivation === "printed" ? "published" : o.derivation;
}

/** A part rests on a reported figure when the figure it was judged on (else its latest) came from a report. */
function evidenceOfPoints(part: Pick<Part, "judged" | "latest">): Evidence {
  return (part.judged ?? part.latest)?.basis === "reported" ? "reported" : "statistic";
}

/** The figures of an indicator for an area as points; a 2025 unit also gets old periods summed exactly from its provinces. */
export function seriesPoints(ix: Index, indicatorId: string, areaId: string, options: { finalOnly?: boolean } = {}): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  const seen = new Set<string>();
  for (const o of seriesOf(ix, indicatorId, areaId)) {
    const p = ix.period.get(o.periodId);
    if (!p || p.start === null) continue;
    if (options.finalOnly && o.preliminary) continue;
    seen.add(o.periodId);
    points.push({
      value: o.value,
      periodId: o.periodId,
      year: p.start,
      end: p.end ?? p.start,
      qualifier: o.qualifier,
      numerator: o.numerator,
      denominator: o.denominator,
      basis: basisOf(o),
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
        numerator: merged.numerator,
        denominator: merged.denominator,
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
              numerator: null,
              denominator: null,
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
  // A rule on each province's official list or result is not settled by a preliminary figure (a list before the last consultation).
  const finalOnly = bindsEachProvince(ctx.target);
  for (const id of ids) {
    const points = seriesPoints(ctx.ix, id, ctx.areaId, { finalOnly });
    if (points.length === 0) continue;
    const part: Part = { indicatorId: id, about: id, evidence, binds: "area", context: [], ...judge(ctx, points, isPercent(ctx.ix.indicator.get(id))) };
    if (isDecided(part)) return part;
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
    about: indicatorId,
    evidence,
    binds: "area",
    context: [],
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

/**
 * Proxies of a narrower body or another group, as context: each one's figure
 * for the period the target is judged in. Never a verdict.
 */
function contextFigures(ctx: PartContext, spec: Target["parts"][number]): ContextFigure[] {
  return spec.proxies.flatMap(({ indicatorId, group }) => {
    if (group === "same") return [];
    const points = seriesPoints(ctx.ix, indicatorId, ctx.areaId);
    if (points.length === 0) return [];
    // Only a figure of the period the target is judged in: a later term's figure says nothing of this one.
    const point = judge(ctx, points, isPercent(ctx.ix.indicator.get(indicatorId))).judged;
    if (!point) return [];
    const { end: _end, ...used } = point as SeriesPoint;
    return [{ indicatorId, group, point: used }];
  });
}

/**
 * A part that binds the nation, seen from a province: the province's own
 * figure for the judged period (else its latest), shown as its contribution;
 * no pace, no verdict.
 */
function contributionPart(ctx: PartContext, spec: Target["parts"][number]): Part {
  const base: Part = {
    ...emptyResult(ctx.target.term?.start ?? ctx.target.deadline),
    indicatorId: spec.direct[0] ?? null,
    about: spec.direct[0] ?? null,
    evidence: "none",
    binds: "nation",
    context: [],
  };
  for (const id of spec.direct) {
    const points = seriesPoints(ctx.ix, id, ctx.areaId);
    if (points.length === 0) continue;
    const result = judge(ctx, points, isPercent(ctx.ix.indicator.get(id)));
    return {
      ...base,
      indicatorId: id,
      evidence: evidenceOfPoints(result),
      status: "contribution",
      reason: "",
      judged: result.judged,
      latest: result.latest,
      judgedYear: result.judgedYear,
    };
  }
  return { ...base, status: "contribution", reason: "no-data" };
}

const isPercent = (indicator: { unit: string } | undefined) => isShare(indicator);

/** The parts of a commitment for an area, judged with one comparator. */
function partsFor(ix: Index, target: Target, areaId: string, comparator: Comparator): Part[] {
  const plan = ix.plan.get(target.planId);
  const ctx: PartContext = { ix, target, areaId, planStart: plan?.periodStart ?? null, asOfYear: Number(ix.dataset.release.date.slice(0, 4)), comparator };
  const forHere = ix.dataset.reported.filter((r) => r.targetId === target.id && r.areaId === areaId);
  const reported = forHere.filter((r) => r.role === "target");
  const reportedProxies = forHere.filter((r) => r.role === "proxy");
  if (target.comparator === "none" || target.value === null) return [actionPart(ctx, reported)];
  const percentTarget = isShare(target);
  const atNation = ix.area.get(areaId)?.level === "country";
  return target.parts.map((spec): Part => {
    if (spec.binds === "nation" && !atNation) return contributionPart(ctx, spec);
    const context = contextFigures(ctx, spec);
    const about = spec.direct[0] ?? spec.proxies[0]?.indicatorId ?? null;
    const withContext = (part: Part): Part => ({ ...part, about: part.indicatorId ?? about, binds: spec.binds, context });
    const direct = bestOf(ctx, spec.direct, "statistic");
    if (direct) return withContext({ ...direct, evidence: evidenceOfPoints(direct) });
    // Figures the issuer reported on the target itself come before a proxy (one-part targets: a report names no body).
    if (reported.length > 0 && target.parts.length === 1) {
      return withContext({
        indicatorId: null,
        about,
        evidence: "reported",
        binds: spec.binds,
        context,
        ...judge(ctx, reportedPoints(ix, reported), percentTarget),
      });
    }
    const sameGroup = spec.proxies.filter((p) => p.group === "same").map((p) => p.indicatorId);
    const proxy = bestOf(ctx, sameGroup, "proxy");
    if (proxy && isDecided(proxy)) return withContext(proxy);
    // A reported figure of the same group under another name speaks as a proxy where no published one decides it.
    if (reportedProxies.length > 0 && target.parts.length === 1) {
      const byReport: Part = {
        indicatorId: null,
        about,
        evidence: "proxy",
        binds: spec.binds,
        context,
        ...judge(ctx, reportedPoints(ix, reportedProxies), percentTarget),
      };
      if (isDecided(byReport) || !proxy) return withContext(byReport);
    }
    if (proxy) return withContext(proxy);
    return withContext(missingPart(ctx, spec.direct[0] ?? sameGroup[0] ?? null, "none"));
  });
}

/** The target read as set for another body: its one part measured by that body's indicator. */
function withBody(target: Target, indicatorId: string): Target {
  return { ...target, indicatorIds: [indicatorId], parts: target.parts.map((p) => ({ ...p, direct: [indicatorId] })) };
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
  // A body the wording may mean instead (a news report's "tỷ lệ phụ nữ" of the candidates or of the deputies):
  // each reading is judged on its own figure; the verdict stands only where every reading agrees, and never as "achieved".
  const bodyReadings = target.bodyAlternatives.flatMap((indicatorId) => partsFor(ix, withBody(target, indicatorId), areaId, target.comparator));
  const bodyUnconfirmed = bodyReadings.length > 0;
  if (bodyUnconfirmed && (status === "achieved" || bodyReadings.some((p) => combineParts([p]) !== status))) status = "unconfirmed";
  // What the verdict rests on: the parts that take part in it (a contribution is the province's figure, not a verdict's).
  const own = parts.filter((p) => p.status !== "contribution");
  const evidences = new Set((own.length > 0 ? own : parts).map((p) => p.evidence));
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
    bodyUnconfirmed,
    bodyReadings,
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
  if (bindsEachProvince(target)) return provincesBoundBy(ix, target);
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
 * The provinces a rule binds: every province in being when the body of its
 * term was chosen (the end of the term's first year, so the 2025-2030 Party
 * congresses, held after the June 2025 merger, bind the 34 units), each
 * judged on its own figure, or shown as missing one. Not the nation: the
 * country's total says nothing of each province's list.
 */
export function provincesBoundBy(ix: Index, target: Pick<Target, "term" | "deadline">): string[] {
  const year = target.term?.start ?? target.deadline;
  if (year === null) return [];
  return ix.dataset.areas
    .filter((a) => a.level === "province" && isValidOn(a, `${year}-12-31`))
    .map((a) => a.id)
    .sort();
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
    return (
      assessedAreas(ix, target)
        .map((areaId) => assessTargetForArea(ix, target, areaId))
        // A rule that binds each province keeps every province, with its figure or shown as missing one.
        .filter((a) => a.areaId === home || bindsEachProvince(target) || a.parts.some((p) => p.judged !== null))
    );
  });
}
