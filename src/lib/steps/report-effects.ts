/**
 * What each accepted figure of a report would do to its commitment's verdict,
 * worked out by the build's own verdict step (assessTargetForArea) on the
 * data with the figures added: it changes the verdict, or leaves it (judged
 * on parts, on a published statistic, on another year, the same figure
 * already on the site), or conflicts with a figure already on the site, or
 * waits for the next release (dated after this one).
 *
 * reportContext keeps of the dataset only what that needs for the plans
 * that have a template, so the browser can fetch it once a file is chosen.
 */
import type { Assessment, Dataset, Evidence, Plan, Reported, Status, Target } from "../model.ts";
import { indexDataset } from "../queries.ts";
import { assessTargetForArea } from "./assessments.ts";
import type { AcceptedRow } from "./report-check.ts";

export type EffectKind = "changes" | "same" | "parts" | "statistic" | "other-year" | "already" | "conflict" | "next-release";

export interface FigureEffect {
  line: number;
  targetId: string;
  section: string;
  periodId: string;
  value: number;
  unit: string;
  /** The figure as written, and as read where that differs. */
  written: string;
  read: string | null;
  /** The commitment's term: the years its figures may be for. */
  term: { from: number | null; to: number | null };
  kind: EffectKind;
  before: { status: Status; evidence: Evidence } | null;
  after: { status: Status; evidence: Evidence };
  /** The period the verdict is judged on, after the figures are added ("" where none). */
  judgedPeriodId: string;
  /** A figure already on the site for the same commitment, area and period, with its source. */
  onSite: { value: number | null; sourceId: string; sourceTitle: string; line: number } | null;
}

/** The id the figures of a file under check carry as their source. */
export const CHECK_SOURCE = "report-check";

/** The plans a sender can report on: those with a commitment only the issuer's reports can measure (the plans with a template). */
export function templatePlanIds(dataset: Dataset): Set<string> {
  return new Set(dataset.targets.filter((t) => t.measure === "administrative" && t.commitmentId === t.id).map((t) => t.planId));
}

/** The part of the dataset a report check needs: the plans with a template, their targets, the figures and verdicts about them. */
export function reportContext(dataset: Dataset): Dataset {
  const planIds = templatePlanIds(dataset);
  const targets = dataset.targets.filter((t) => planIds.has(t.planId));
  const targetIds = new Set(targets.map((t) => t.id));
  const planArea = new Map(dataset.plans.map((p) => [p.id, p.areaId]));
  const homeOf = new Map(targets.map((t) => [t.id, planArea.get(t.planId)]));
  const indicatorIds = new Set(targets.flatMap((t) => [...t.indicatorIds, ...t.proxyIndicatorIds, ...t.parts.flatMap((p) => [...p.direct, ...p.proxies])]));
  const observations = dataset.observations.filter((o) => indicatorIds.has(o.indicatorId));
  const reported = dataset.reported.filter((r) => targetIds.has(r.targetId));
  const sourceIds = new Set([...observations.map((o) => o.sourceId), ...reported.map((r) => r.sourceId)]);
  return {
    ...dataset,
    indicators: dataset.indicators.filter((i) => indicatorIds.has(i.id)),
    observations,
    reported,
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    plans: dataset.plans.filter((p) => planIds.has(p.id)),
    targets,
    setAside: [],
    legalQuotes: [],
    tilemaps: { p63: [], p34: [] },
    // The verdicts a report can change: each commitment's in its plan's own area.
    assessments: dataset.assessments.filter((a) => targetIds.has(a.targetId) && a.areaId === homeOf.get(a.targetId)),
  };
}

function asReported(row: AcceptedRow, areaId: string): Reported {
  return {
    targetId: row.target.id,
    role: "target",
    areaId,
    periodId: row.period.id,
    periodText: row.period.id,
    value: row.value,
    qualifier: "",
    printed: `${row.value} ${row.target.unit.vi}`.trim(),
    quote: row.quote,
    reportDate: row.reportDate,
    sourceId: CHECK_SOURCE,
    line: row.line,
    citation: { url: row.url, title: row.document },
    publisher: row.publisher,
    note: row.note,
    reason: { vi: "", en: "" },
  };
}

const verdict = (a: Assessment) => ({ status: a.status, evidence: a.evidence });

/** Each accepted row's effect, in the file's order. */
export function figureEffects(context: Dataset, rows: readonly AcceptedRow[], areaId: string): FigureEffect[] {
  const release = context.release.date;
  const now = rows.filter((r) => r.reportDate === "" || r.reportDate <= release);
  const periods = new Map(context.periods.map((p) => [p.id, p]));
  for (const r of now) if (!periods.has(r.period.id)) periods.set(r.period.id, r.period);
  const trial: Dataset = { ...context, periods: [...periods.values()], reported: [...context.reported, ...now.map((r) => asReported(r, areaId))] };
  const ix = indexDataset(trial);
  const before = new Map(context.assessments.map((a) => [`${a.targetId}|${a.areaId}`, a]));
  const after = new Map<string, Assessment>();
  const sources = new Map(context.sources.map((s) => [s.id, s.title]));
  const plans = new Map(context.plans.map((p) => [p.id, p]));
  return rows.map((row) => {
    const target = row.target;
    const was = before.get(`${target.id}|${areaId}`) ?? null;
    let is = after.get(target.id);
    if (!is) after.set(target.id, (is = assessTargetForArea(ix, target, areaId)));
    const site = context.reported.find((r) => r.targetId === target.id && r.areaId === areaId && r.periodId === row.period.id && r.role === "target");
    const judgedPeriodId = is.parts.find((p) => p.judged)?.judged?.periodId ?? "";
    const deferred = !now.includes(row);
    let kind: EffectKind;
    if (deferred) kind = "next-release";
    else if (site && site.value !== row.value) kind = "conflict";
    else if (site) kind = "already";
    else if (!was || was.status !== is.status || was.evidence !== is.evidence) kind = "changes";
    else if (target.parts.length > 1) kind = "parts";
    else if (was.evidence === "statistic" || was.evidence === "proxy") kind = "statistic";
    else if (judgedPeriodId !== row.period.id) kind = "other-year";
    else kind = "same";
    return {
      line: row.line,
      targetId: target.id,
      section: target.section,
      periodId: row.period.id,
      value: row.value,
      unit: target.unit.vi,
      written: row.written,
      read: row.read,
      term: termOf(plans.get(target.planId), target),
      kind,
      before: was ? verdict(was) : null,
      after: deferred && was ? verdict(was) : verdict(is),
      judgedPeriodId,
      onSite: site ? { value: site.value, sourceId: site.sourceId, sourceTitle: sources.get(site.sourceId) ?? site.sourceId, line: site.line } : null,
    };
  });
}

/** The years a commitment's figures may be for: from the plan's first year (else the year it was issued) to the commitment's deadline (else the plan's last). */
export function termOf(plan: Plan | undefined, target: Target): { from: number | null; to: number | null } {
  const issued = /^\d{4}/u.exec(plan?.docDate ?? "")?.[0];
  return { from: plan?.periodStart ?? (issued ? Number(issued) : null), to: target.deadline ?? plan?.periodEnd ?? null };
}

/** The verdicts that differ between two builds, in the order of the later one (what taking a report in changed). */
export function verdictChangesOf(
  before: readonly Assessment[],
  after: readonly Assessment[],
): { targetId: string; areaId: string; before: ReturnType<typeof verdict> | null; after: ReturnType<typeof verdict> }[] {
  const old = new Map(before.map((a) => [`${a.targetId}|${a.areaId}`, a]));
  return after.flatMap((a) => {
    const was = old.get(`${a.targetId}|${a.areaId}`);
    if (was && was.status === a.status && was.evidence === a.evidence) return [];
    return [{ targetId: a.targetId, areaId: a.areaId, before: was ? verdict(was) : null, after: verdict(a) }];
  });
}
