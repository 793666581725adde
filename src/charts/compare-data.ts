/** Builds the compare view's data from the dataset (at build time only). */
import { targetRuleLabel } from "../i18n/charts.ts";
import { areaName } from "../i18n/names.ts";
import { lastTwoPeriods, targetsInPeriod } from "../lib/site/figure-data.ts";
import type { CompareData, CompareIndicator, MergedCell } from "../lib/site/compare.ts";
import type { Lang } from "../lib/site/format.ts";
import { exactValue, figuresOn2025Map, unit2025 } from "../lib/merge.ts";
import { textIn } from "../lib/model.ts";
import { headlineObservations, periodRange, type Index } from "../lib/queries.ts";

export function buildCompareData(ix: Index, lang: Lang): CompareData {
  const provinces = ix.dataset.areas.filter((a) => a.level === "province");
  const several = lang === "vi" ? "Nhiều vùng" : "Several regions";
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
    const merged: Record<string, Record<string, MergedCell>> = {};
    for (const p of periods) {
      values[p.id] = Object.fromEntries(provincial.filter((o) => o.periodId === p.id).map((o) => [o.areaId, exactValue(o, indicator.unit)]));
      merged[p.id] = Object.fromEntries(
        figuresOn2025Map(ix, indicator.id, p.id).map((f) => [
          f.areaId,
          { v: f.value, n: f.numerator, d: f.denominator, basis: f.basis, parts: f.parts.map((o) => o.areaId) },
        ]),
      );
    }
    indicators.push({
      id: indicator.id,
      name: indicator.name[lang],
      unit: indicator.unit,
      unitLabel: indicator.unitLabel[lang],
      decimals: indicator.decimals,
      periods: periods.map((p) => ({ id: p.id, label: p.label[lang], short: p.short.replace("\n", " ") })),
      defaultPeriods: lastTwoPeriods(ix, indicator.id)?.periods ?? [periods.at(-2)?.id ?? periods[0]?.id ?? "", periods.at(-1)?.id ?? ""],
      targets: Object.fromEntries(
        periods.map((p) => [p.id, targetsInPeriod(ix, indicator.id, p.id).map((tg) => ({ value: tg.value ?? 0, label: targetRuleLabel(tg, lang) }))]),
      ),
      values,
      merged,
    });
  }
  const vi = lang === "vi";
  return {
    lang,
    areas,
    indicators,
    text: {
      national: vi ? "Cả nước" : "Viet Nam",
      sideBySide: vi ? "Không cộng được chính xác (thiếu số đếm); các tỉnh cũ" : "Cannot be summed exactly (counts not published); the old provinces",
      missing: vi ? "chưa có số liệu" : "no figure",
      severalRegions: several,
      from: vi ? "Từ" : "From",
      to: vi ? "Đến" : "To",
      change: vi ? "Thay đổi" : "Change",
      targetsElsewhere: vi
        ? "Chỉ tiêu quốc gia được tính cho {periods}; chọn kỳ đó ở ô “Đến” để so với chỉ tiêu."
        : "The national target is judged in {periods}; choose it under “To” to compare with the target.",
      choicesTitle: vi ? "Đơn vị đã chọn nhưng không vẽ như chính nó" : "Chosen but not drawn as themselves",
      foldedInto: vi ? "vẽ trong {unit} (sau sắp xếp năm 2025)" : "drawn within {unit} (after the 2025 reorganisation)",
      noFigureEither: vi ? "không có số liệu cho {from} và {to}" : "no figure for {from} or {to}",
      noFigureTo: vi ? "không có số liệu cho {to}: chỉ có trong bảng" : "no figure for {to}: in the table only",
      notSummed: vi
        ? "không cộng được chính xác (thiếu số đếm): xem ghi chú trong bảng"
        : "cannot be summed exactly (counts not published): see the table's note",
    },
  };
}
