/**
 * The rules that bind each province's own body (the election resolutions'
 * shares of candidates and deputies, the Politburo's share of women on each
 * Party committee): which commitments they are, every province's verdict on
 * each, and the counts pages show of them, apart from contributions.
 * A province's own verdict rests on its own figure of the term judged; a
 * province without one is counted as missing it.
 */
import type { Area, Assessment, Target } from "../model.ts";
import { assessmentOf, assessmentsOfTarget, bindsEachProvince, type Index } from "../queries.ts";
import { isDecided, verdictCounts, type VerdictCounts } from "../verdicts.ts";

/** The rule commitments, oldest term first, a commitment quoted twice once. */
export function ruleTargets(ix: Index): Target[] {
  return ix.dataset.targets
    .filter((tg) => bindsEachProvince(tg) && tg.commitmentId === tg.id)
    .sort((a, b) => (a.term?.start ?? a.deadline ?? 0) - (b.term?.start ?? b.deadline ?? 0) || a.id.localeCompare(b.id));
}

/** Whether every commitment of a plan is such a rule: its page then shows the provinces it binds, not one area's verdict. */
export function isRulePlan(ix: Index, planId: string): boolean {
  const targets = ix.dataset.targets.filter((tg) => tg.planId === planId);
  return targets.length > 0 && targets.every(bindsEachProvince);
}

/** Every province's verdict on one rule, in name order. */
export function ruleAssessments(ix: Index, targetId: string): Assessment[] {
  const name = (a: Assessment) => ix.area.get(a.areaId)?.name.vi ?? a.areaId;
  return [...assessmentsOfTarget(ix, targetId)].sort((a, b) => name(a).localeCompare(name(b), "vi") || a.areaId.localeCompare(b.areaId));
}

/** A province's own verdicts on the rules, term by term. */
export function areaRuleAssessments(ix: Index, area: Pick<Area, "id">): Assessment[] {
  return ruleTargets(ix).flatMap((tg) => {
    const a = assessmentOf(ix, tg.id, area.id);
    return a ? [a] : [];
  });
}

export interface RuleCounts extends VerdictCounts {
  /** Provinces (of the 63 and the 34) with at least one verdict of their own decided by a figure. */
  areasDecided: number;
  /** The 2025 units among them. */
  unitsDecided: number;
}

/** Every rule verdict counted the one way (verdictCounts), with how many provinces and 2025 units have one decided. */
export function ruleCounts(ix: Index, targets: readonly Target[] = ruleTargets(ix)): RuleCounts {
  const assessments = targets.flatMap((tg) => assessmentsOfTarget(ix, tg.id));
  const decidedAreas = new Set(assessments.filter(isDecided).map((a) => a.areaId));
  const units = [...decidedAreas].filter((id) => ix.area.get(id)?.sets.includes("p34"));
  return { ...verdictCounts(assessments), areasDecided: decidedAreas.size, unitsDecided: units.length };
}
