/** Step 9, cross-checks: ids unique, every reference resolves, deadlines follow their plans, quotes stand in their source. */
import type { Dataset } from "../model.ts";
import { normaliseText } from "../text.ts";
import { eachDuplicate, type BuildContext } from "./context.ts";
import { didYouMean } from "./indicators.ts";
import { sourceText } from "./sources.ts";

export function crossCheck(ctx: BuildContext, dataset: Dataset, transcribed: ReadonlySet<string>, invalidIndicatorIds: ReadonlySet<string>): void {
  const areaIds = new Set(dataset.areas.map((a) => a.id));
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const indicatorIds = dataset.indicators.map((i) => i.id);
  const planById = new Map(dataset.plans.map((p) => [p.id, p]));
  eachDuplicate(
    dataset.plans,
    (p) => p.id,
    (p) => ctx.add({ file: "plans.csv", line: 0, column: "id", found: p.id, expected: "each plan id once (plans.csv and the other-plans index together)" }),
  );
  eachDuplicate(
    dataset.plans.filter((p) => p.docNumber !== "" && p.docDate !== ""),
    (p) => `${p.issuer.vi}|${p.docNumber}|${p.docDate}`,
    (p) =>
      ctx.add({
        file: "plans.csv",
        line: 0,
        column: "doc_number",
        found: `${p.issuer.vi} ${p.docNumber} ${p.docDate}`,
        expected: "one plan per issuer, number and date",
      }),
  );
  eachDuplicate(
    dataset.targets,
    (t) => t.id,
    (t) => ctx.add({ file: "targets.csv", line: 0, column: "id", found: t.id, expected: "each target id once" }),
  );
  for (const plan of dataset.plans) {
    if (!areaIds.has(plan.areaId))
      ctx.add({ file: "plans.csv", line: 0, column: "area", found: plan.areaId, expected: "an area id", ...didYouMean(plan.areaId, [...areaIds]) });
    if (!sourceById.has(plan.sourceId))
      ctx.add({
        file: "plans.csv",
        line: 0,
        column: "source",
        found: plan.sourceId,
        expected: "a folder under sources/ with a SOURCE.md",
        ...didYouMean(plan.sourceId, [...sourceById.keys()]),
      });
  }
  // Each source's text is normalised once, however many quotes are looked up in it.
  const haystacks = new Map<string, string>();
  for (const target of dataset.targets) {
    const file = transcribed.has(target.id) ? "targets.csv" : `targets of ${target.id.replace(/-\d+$/u, "")} (sources/national-targets or sources/other-plans)`;
    const plan = planById.get(target.planId);
    if (!plan) {
      ctx.add({
        file,
        line: 0,
        column: "plan",
        found: `${target.id}: ${target.planId}`,
        expected: "a plan id of plans.csv or the other-plans index",
        ...didYouMean(target.planId, [...planById.keys()]),
      });
      continue;
    }
    for (const id of [...target.indicatorIds, ...target.proxyIndicatorIds]) {
      if (!indicatorIds.includes(id) && !invalidIndicatorIds.has(id))
        ctx.add({
          file,
          line: 0,
          column: "indicators",
          found: `${target.id}: ${id}`,
          expected: "an indicator id of indicators.csv",
          ...didYouMean(id, indicatorIds),
        });
    }
    const planYear = Number(plan.docDate.slice(0, 4));
    if (target.deadline !== null && plan.docDate !== "" && target.deadline < planYear && plan.issuerLevel !== "national") {
      ctx.add({
        file,
        line: 0,
        column: "deadline",
        found: `${target.id}: ${target.deadline}`,
        expected: `a deadline not before the plan's own date (${plan.docDate})`,
      });
    }
    // A hand-transcribed quote must stand, word for word, in the plan's source text (as decoded, whatever its encoding).
    const source = sourceById.get(plan.sourceId);
    if (source && transcribed.has(target.id)) {
      let haystack = haystacks.get(source.id);
      if (haystack === undefined) haystacks.set(source.id, (haystack = normaliseText(sourceText(ctx, source))));
      if (!haystack.includes(normaliseText(target.textVi))) {
        ctx.add({
          file,
          line: 0,
          column: "text_vi",
          found: `${target.id}: ${target.textVi.slice(0, 60)}`,
          expected: `a quotation found word for word in sources/${source.id}`,
        });
      }
    }
  }
}
