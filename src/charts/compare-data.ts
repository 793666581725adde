/** Builds the compare view's data from the dataset (at build time only). */
import { targetRuleLabel } from "../i18n/charts.ts";
import { href, t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { lastTwoPeriods, sourcesOf, targetsInPeriod } from "../lib/site/figure-data.ts";
import type { CompareData, CompareIndicator, MergedCell } from "../lib/site/compare.ts";
import type { Lang } from "../lib/site/format.ts";
import { exactValue, figuresOn2025Map, unit2025 } from "../lib/merge.ts";
import { sourceWords, textIn } from "../lib/model.ts";
import { headlineObservations, periodRange, type Index } from "../lib/queries.ts";

export function buildCompareData(ix: Index, lang: Lang): CompareData {
  const provinces = ix.dataset.areas.filter((a) => a.level === "province");
  const several = t(lang, "cmpSeveralRegions");
  const areas = provinces.map((a) => {
    const region = a.region ? ix.area.get(a.region) : undefined;
    return {
      id: a.id,
      name: areaName(ix, a.id, lang, true),
      regionId: a.region,
      regionName: region ? textIn(region.name, lang) : several,
      sets: a.sets,
      unit2025: unit2025(a),
    };
  });
  const indicators: CompareIndicator[] = [];
  for (const indicator of ix.dataset.indicators) {
    if (indicator.unit !== "percent" && indicator.unit !== "count") continue;
    const provincial = headlineObservations(ix, indicator.id).filter((o) => ix.area.get(o.areaId)?.level === "province");
    if (new Set(provincial.map((o) => o.areaId)).size < 2) continue;
    const periods = periodRange(
      ix,
      provincial.map((o) => o.periodId),
    ).filter((p) => provincial.some((o) => o.periodId === p.id));
    const values: Record<string, Record<string, number>> = {};
    const made: Record<string, Record<string, "computed" | "counted">> = {};
    const sources: Record<string, string[]> = {};
    const merged: Record<string, Record<string, MergedCell>> = {};
    for (const p of periods) {
      values[p.id] = Object.fromEntries(provincial.filter((o) => o.periodId === p.id).map((o) => [o.areaId, exactValue(o, indicator.unit)]));
      const madeHere = provincial.flatMap((o) => (o.periodId === p.id && o.derivation !== "printed" ? [[o.areaId, o.derivation] as const] : []));
      if (madeHere.length > 0) made[p.id] = Object.fromEntries(madeHere);
      sources[p.id] = sourcesOf(provincial.filter((o) => o.periodId === p.id));
      merged[p.id] = Object.fromEntries(
        figuresOn2025Map(ix, indicator.id, p.id).map((f) => [
          f.areaId,
          { v: f.value, n: f.numerator, d: f.denominator, basis: f.basis, parts: f.parts.map((o) => o.areaId) },
        ]),
      );
    }
    indicators.push({
      id: indicator.id,
      name: textIn(indicator.name, lang),
      unit: indicator.unit,
      unitLabel: textIn(indicator.unitLabel, lang),
      decimals: indicator.decimals,
      periods: periods.map((p) => ({ id: p.id, label: textIn(p.label, lang), short: p.short.replace("\n", " ") })),
      defaultPeriods: lastTwoPeriods(ix, indicator.id)?.periods ?? [periods.at(-2)?.id ?? periods[0]?.id ?? "", periods.at(-1)?.id ?? ""],
      targets: Object.fromEntries(
        periods.map((p) => [p.id, targetsInPeriod(ix, indicator.id, p.id).map((tg) => ({ value: tg.value ?? 0, label: targetRuleLabel(tg, lang) }))]),
      ),
      values,
      sources,
      made,
      merged,
    });
  }
  const cited = new Set(indicators.flatMap((i) => Object.values(i.sources).flat()));
  return {
    lang,
    sources: Object.fromEntries(
      [...cited].map((id) => {
        const source = ix.source.get(id);
        return [id, { publisher: source ? sourceWords(source, lang).publisher : id, href: href(lang, `/sources/#${id}`) }];
      }),
    ),
    areas,
    indicators,
    text: {
      national: t(lang, "cmpNational"),
      sideBySide: t(lang, "cmpSideBySide"),
      missing: t(lang, "cmpMissing"),
      severalRegions: several,
      from: t(lang, "cmpFrom"),
      to: t(lang, "cmpTo"),
      change: t(lang, "cmpChange"),
      targetsElsewhere: t(lang, "cmpTargetsElsewhere", { periods: "{periods}" }),
      choicesTitle: t(lang, "cmpChoicesTitle"),
      foldedInto: t(lang, "cmpFoldedInto", { unit: "{unit}" }),
      noFigureEither: t(lang, "cmpNoFigureEither", { from: "{from}", to: "{to}" }),
      noFigureTo: t(lang, "cmpNoFigureTo", { to: "{to}" }),
      notSummed: t(lang, "cmpNotSummed"),
      instead: t(lang, "cmpInstead", { name: "{name}" }),
      asPublished: t(lang, "compareAsPublished"),
      on2025: t(lang, "compare2025"),
      computed: t(lang, "basisComputed"),
      counted: t(lang, "basisCounted"),
      summed: t(lang, "basisSummed"),
      sourceLine: t(lang, "sourceLine"),
    },
  };
}
