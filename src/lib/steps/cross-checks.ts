/**
 * Step 9, cross-checks: ids unique, every reference resolves, dates follow
 * their plans and the release, quotes stand in their source. Each problem
 * names the file and line of the row (origins), and a reference to a row
 * already refused (its own problem reported) is not reported again.
 */
import { quoteBody, type Dataset } from "../model.ts";
import { normaliseText } from "../text.ts";
import type { BuildContext } from "./context.ts";
import { didYouMean } from "./indicators.ts";
import type { Origin } from "./plans-targets.ts";
import { sourceText } from "./sources.ts";

export function crossCheck(
  ctx: BuildContext,
  dataset: Dataset,
  transcribed: ReadonlySet<string>,
  invalidIndicatorIds: ReadonlySet<string>,
  origins: ReadonlyMap<string, Origin>,
): void {
  const areaIds = new Set(dataset.areas.map((a) => a.id));
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const indicatorIds = dataset.indicators.map((i) => i.id);
  const planById = new Map<string, Dataset["plans"][number]>();
  const targetIds = new Set(dataset.targets.map((t) => t.id));
  const refusedPlans = ctx.refusedIds("plans.csv");
  const refusedTargets = ctx.refusedIds("targets.csv");
  const where = (key: string): Origin => origins.get(key) ?? { file: key.startsWith("plan:") ? "plans.csv" : "targets.csv", line: 0 };

  // Plans: each id once across plans.csv and the other-plans index; one plan per issuer, number and date.
  const byDocument = new Map<string, string>();
  for (const plan of dataset.plans) {
    const at = (column: string, found: string, expected: string, extra: { suggestion?: string } = {}) =>
      ctx.add({ ...where(`plan:${plan.id}`), column, found, expected, ...extra });
    const first = planById.get(plan.id);
    if (first) {
      at("id", plan.id, `each plan id once (plans.csv and the other-plans index together; also ${where(`plan:${first.id}`).file})`);
      continue;
    }
    planById.set(plan.id, plan);
    if (plan.docNumber !== "" && plan.docDate !== "") {
      const key = `${plan.issuer.vi}|${plan.docNumber}|${plan.docDate}`;
      const other = byDocument.get(key);
      if (other) at("doc_number", `${plan.issuer.vi} ${plan.docNumber} ${plan.docDate}`, `one plan per issuer, number and date (also ${other})`);
      else byDocument.set(key, plan.id);
    }
    if (!areaIds.has(plan.areaId)) at("area", plan.areaId, "an area id", didYouMean(plan.areaId, [...areaIds]));
    if (!sourceById.has(plan.sourceId))
      at("source", plan.sourceId, "a folder under sources/ with a SOURCE.md", didYouMean(plan.sourceId, [...sourceById.keys()]));
    if (plan.docDate !== "" && plan.docDate > dataset.release.date.slice(0, plan.docDate.length))
      at("doc_date", plan.docDate, `a date no later than the release (${dataset.release.date})`);
  }

  // Targets: their plan, their measures, their commitment, their deadline and their quote.
  const haystacks = new Map<string, string>();
  const seen = new Set<string>();
  for (const target of dataset.targets) {
    const origin = where(`target:${target.id}`);
    const at = (column: string, found: string, expected: string, extra: { suggestion?: string } = {}) =>
      ctx.add({ ...origin, column, found: `${target.id}: ${found}`, expected, ...extra });
    if (seen.has(target.id)) {
      at("id", target.id, "each target id once (targets.csv, the national targets and other plans' targets together)");
      continue;
    }
    seen.add(target.id);
    const plan = planById.get(target.planId);
    if (!plan) {
      if (!refusedPlans.has(target.planId))
        at("plan", target.planId, "a plan id of plans.csv or the other-plans index", didYouMean(target.planId, [...planById.keys()]));
      continue;
    }
    for (const id of [...target.indicatorIds, ...target.proxyIndicatorIds]) {
      if (!indicatorIds.includes(id) && !invalidIndicatorIds.has(id)) at("indicators", id, "an indicator id of indicators.csv", didYouMean(id, indicatorIds));
    }
    for (const id of target.bodyAlternatives) {
      if (!indicatorIds.includes(id) && !invalidIndicatorIds.has(id))
        at("body_alternatives", id, "an indicator id of indicators.csv", didYouMean(id, indicatorIds));
      else if (target.indicatorIds.includes(id)) at("body_alternatives", id, "another body's measure than the commitment's own (indicators)");
    }
    // A commitment quoted twice names the first passage; one that names nothing would drop out of its plan's template and counts.
    if (target.commitmentId !== target.id && !targetIds.has(target.commitmentId) && !refusedTargets.has(target.commitmentId))
      at("same_as", target.commitmentId, "the id of a target of the data (the commitment this one repeats)", didYouMean(target.commitmentId, [...targetIds]));
    const planYear = Number(plan.docDate.slice(0, 4));
    if (target.deadline !== null && plan.docDate !== "" && target.deadline < planYear && plan.issuerLevel !== "national")
      at("deadline", String(target.deadline), `a deadline not before the plan's own date (${plan.docDate})`);
    // A hand-transcribed quote must stand, word for word, in the plan's source text (as decoded, whatever its encoding).
    const source = sourceById.get(plan.sourceId);
    if (source && transcribed.has(target.id)) {
      let haystack = haystacks.get(source.id);
      if (haystack === undefined) haystacks.set(source.id, (haystack = normaliseText(sourceText(ctx, source))));
      // A news report's wording is marked "(bản tin)" in the quote; the words after the mark must stand in the source.
      if (!haystack.includes(normaliseText(quoteBody(target.textVi))))
        at("text_vi", target.textVi.slice(0, 60), `a quotation found word for word in sources/${source.id}`);
    }
  }
}
