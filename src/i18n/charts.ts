/** The words around charts: target labels and notes, lists, alt text. Selection is in src/lib/figure-data.ts. */
import { isShare } from "../lib/units.ts";
import { textIn } from "../lib/model.ts";
import { formatTarget, formatValue, type Lang } from "../lib/site/format.ts";
import type { Observation, Target } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import { t } from "./index.ts";
import { areaName } from "./names.ts";

/** A target's value with its unit, as a rule or a card shows it: "≥ 35%". */
export function targetValue(target: Pick<Target, "comparator" | "value" | "valueMax" | "unit">, lang: Lang): string {
  return formatTarget(target.comparator, target.value, target.valueMax, isShare(target) ? "%" : "", lang);
}

/** The rule's own label, short enough for a phone: "Chỉ tiêu ≥ 35% (2026)". */
export function targetRuleLabel(target: Target, lang: Lang): string {
  return `${t(lang, "chartTarget")} ${targetValue(target, lang)}${target.deadline ? ` (${target.deadline})` : ""}`;
}

/** The rule explained under the chart: value, plan and deadline. */
export function targetNote(ix: Index, target: Target, lang: Lang): string {
  const plan = ix.plan.get(target.planId);
  const doc = [plan?.docNumber, plan ? textIn(plan.title, lang) : ""].filter(Boolean).join(", ");
  return `${targetRuleLabel(target, lang)}: ${doc}`;
}

/** "A, B và C" / "A, B and C". */
export function listWords(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t(lang, "and")} ${items.at(-1) ?? ""}`;
}

/** A chart's alt text from its title and description, cut at a clause boundary near 280 characters. */
export function summarise(title: string, description: string): string {
  const text = `${title}. ${description}`;
  if (text.length <= 300) return text;
  const cut = text.lastIndexOf(";", 280);
  return `${text.slice(0, cut > 100 ? cut : 280)}…`;
}

/** "năm 2021" / "in 2021" for a year or an elected term with a known first year; else the period's label. */
export function when(ix: Index, periodId: string, lang: Lang): string {
  const p = ix.period.get(periodId);
  if (!p) return periodId;
  if (p.kind !== "span" && p.start !== null) return t(lang, "inYear", { year: p.start });
  return t(lang, "inPeriod", { period: textIn(p.label, lang) });
}

/** The sentence a trend's image says of one drawn series: "X của A là v năm 2021, bằng năm 2016; chỉ tiêu ≥ 35%". */
export function trendAlt(ix: Index, indicatorId: string, areaId: string, series: readonly Observation[], lang: Lang, target: Target | undefined): string {
  const indicator = ix.indicator.get(indicatorId);
  const last = series.at(-1);
  if (!indicator || !last) return "";
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const prev = series.at(-2);
  const values = {
    indicator: textIn(indicator.name, lang),
    area: areaName(ix, areaId, lang, true),
    value: fmt(last.value),
    when: when(ix, last.periodId, lang),
  };
  let head = t(lang, "altTrendHead", values);
  if (prev) {
    const change = prev.value === last.value ? "altSame" : last.value > prev.value ? "altUpFrom" : "altDownFrom";
    head += `, ${t(lang, change, { value: fmt(prev.value), when: when(ix, prev.periodId, lang) })}`;
  }
  return `${head}${target ? `; ${t(lang, "altTarget", { target: targetValue(target, lang) })}` : ""}`;
}
