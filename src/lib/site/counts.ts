/**
 * Every count of commitments a page shows, from one place: a plan's (on its
 * page, its province's page, the home page, its social card), an area's
 * own plans, and the national targets held against it. Each commitment is
 * counted once (two passages quoting it are one), and the counts split into
 * decided by a figure, missing (by what is missing) and contributions, as
 * `verdictCounts` does; a test reads them off every page and checks them
 * against the dataset.
 */
import type { Area, Assessment, Plan, Target } from "../model.ts";
import { commitmentSlug } from "./paths.ts";
import { bindsEachProvince, NATIONAL_STRATEGY_ID, plansForArea, targetsOfPlan, type Index } from "../queries.ts";
import { verdictCounts, type VerdictCounts } from "../verdicts.ts";
import { compareSections } from "./sections.ts";
import { areaRuleAssessments, isRulePlan, ruleAssessments } from "./rules.ts";

/** The plans the home page opens with: the four plans the project started from. */
export const FEATURED_PLAN_IDS = ["lao-cai-84-kh-ubnd-2017", "lai-chau-579-kh-ubnd-2016", "binh-dinh-snv-kh-2022", "hue-huyen-kh-cong-tac-phu-nu"] as const;

/** A plan's passages in the plan's own order of sections. */
export function planTargets(ix: Index, planId: string): Target[] {
  return [...targetsOfPlan(ix, planId)].sort((a, b) => compareSections(a.section, b.section));
}

/** The stored assessments of some targets in one area (a target not assessed there is left out). */
export function assessmentsIn(ix: Index, targets: readonly Target[], areaId: string): Assessment[] {
  return targets.flatMap((tg) => {
    const a = ix.assessment.get(`${tg.id}|${areaId}`);
    return a ? [a] : [];
  });
}

/** A plan's verdicts in its own area, in section order; a rule that binds each province, every province's. */
export function planAssessments(ix: Index, planId: string): Assessment[] {
  const plan = ix.plan.get(planId);
  if (!plan) return [];
  if (isRulePlan(ix, planId)) return planTargets(ix, planId).flatMap((tg) => ruleAssessments(ix, tg.id));
  return assessmentsIn(ix, planTargets(ix, planId), plan.areaId);
}

export interface PlanCounts extends VerdictCounts {
  /** Passages of the plan's text transcribed; more than `commitments` where a section repeats another's commitment. */
  passages: number;
}

export function planCounts(ix: Index, planId: string): PlanCounts {
  return { ...verdictCounts(planAssessments(ix, planId)), passages: targetsOfPlan(ix, planId).length };
}

/** The commitments a province page counts: its own plans', the national strategy's and other national targets', apart. */
/** The commitments a province page counts: the rules that bind its own bodies, its own plans', the national strategy's and other national targets', apart. */
export function areaAssessments(ix: Index, area: Area): { rules: Assessment[]; own: Assessment[]; national: Assessment[]; otherNational: Assessment[] } {
  const ownPlans = plansForArea(ix, area).filter((p) => p.areaId === area.id);
  const otherNational = ix.dataset.targets.filter(
    (tg) => tg.planId !== NATIONAL_STRATEGY_ID && ix.plan.get(tg.planId)?.issuerLevel === "national" && !bindsEachProvince(tg),
  );
  return {
    rules: areaRuleAssessments(ix, area),
    own: assessmentsIn(
      ix,
      ownPlans.flatMap((p) => planTargets(ix, p.id)),
      area.id,
    ),
    national: assessmentsIn(ix, targetsOfPlan(ix, NATIONAL_STRATEGY_ID), area.id),
    otherNational: assessmentsIn(ix, otherNational, area.id),
  };
}

export function areaCounts(ix: Index, area: Area): { rules: VerdictCounts; own: VerdictCounts; national: VerdictCounts; otherNational: VerdictCounts } {
  const a = areaAssessments(ix, area);
  return { rules: verdictCounts(a.rules), own: verdictCounts(a.own), national: verdictCounts(a.national), otherNational: verdictCounts(a.otherNational) };
}

/**
 * Each passage's commitment number, counted as the plan's counts count: a
 * passage that repeats another section's commitment carries that one's
 * number, so "commitment 30 of 57" agrees with the plan's 57.
 */
export function commitmentNumbers(ix: Index, planId: string): { number: Map<string, number>; total: number } {
  const number = new Map<string, number>();
  let total = 0;
  for (const tg of planTargets(ix, planId)) {
    if (tg.commitmentId === tg.id || !number.has(tg.commitmentId)) number.set(tg.commitmentId, (total += 1));
    number.set(tg.id, number.get(tg.commitmentId) ?? total);
  }
  return { number, total };
}

/** A commitment as its page and its embed show it: its plan, its place among the plan's commitments, its neighbours and its verdict in the plan's area. */
export function commitmentAt(ix: Index, planId: string, slug: string) {
  const plan = ix.plan.get(planId) as Plan;
  const targets = planTargets(ix, plan.id);
  const index = targets.findIndex((tg) => commitmentSlug(tg) === slug);
  const target = targets[index] as Target;
  const numbers = commitmentNumbers(ix, plan.id);
  return {
    plan,
    target,
    number: numbers.number.get(target.id) ?? index + 1,
    total: numbers.total,
    previous: index > 0 ? targets[index - 1] : undefined,
    next: targets[index + 1],
    assessment: ix.assessment.get(`${target.id}|${plan.areaId}`),
  };
}
