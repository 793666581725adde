/**
 * What waits for a report: every commitment whose verdict needs a figure or
 * a statement only its issuer's own reports can give, with who reports, to
 * whom and by when (from the plan's reporting clause), and what has been
 * published on it so far. One list serves the page, the download, each
 * plan's section and its information request.
 */
import type { Assessment, Reported, Status, Target, Text } from "../model.ts";
import type { Index } from "../queries.ts";
import { uniqueCommitments } from "../verdicts.ts";

const WAITING: ReadonlySet<Status> = new Set(["not-reported", "awaiting-report"]);

export interface MissingReport {
  planId: string;
  target: Target;
  assessment: Assessment;
  /** The year or period the figure is owed for, as a reader would ask for it. */
  period: string;
  reporter: Text;
  receiver: Text;
  due: Text;
  /** Reported figures on it or near it, whatever their period. */
  published: Reported[];
}

/** Every commitment of every plan, in its plan's area, that waits for a report. */
export function missingReports(ix: Index, planId?: string): MissingReport[] {
  const out: MissingReport[] = [];
  for (const plan of ix.dataset.plans) {
    if (planId !== undefined && plan.id !== planId) continue;
    const assessments = uniqueCommitments(
      (ix.targetsByPlan.get(plan.id) ?? []).flatMap((t) => {
        const a = ix.assessment.get(`${t.id}|${plan.areaId}`);
        return a ? [a] : [];
      }),
    );
    for (const a of assessments) {
      if (!a.parts.some((p) => WAITING.has(p.status))) continue;
      const target = ix.target.get(a.targetId);
      if (!target) continue;
      const span = plan.periodStart && plan.periodEnd ? `${plan.periodStart}–${plan.periodEnd}` : "";
      const period = target.recurrence !== "" ? span || String(target.deadline ?? "") : String(target.deadline ?? span);
      const reporter = target.responsible.vi ? target.responsible : plan.reporter.vi ? plan.reporter : plan.issuer;
      out.push({
        planId: plan.id,
        target,
        assessment: a,
        period,
        reporter,
        receiver: plan.receiver.vi ? plan.receiver : plan.issuer,
        due: plan.reportDue,
        published: ix.dataset.reported.filter((r) => r.targetId === target.id && r.areaId === plan.areaId),
      });
    }
  }
  return out;
}
