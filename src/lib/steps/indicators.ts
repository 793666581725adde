/** Step 3, indicators: the catalogue, the legislatures, and the map from published indicator names to catalogue ids. */
import type { Indicator } from "../model.ts";
import type { Legislature } from "../input/periods.ts";
import { IndicatorMapRowSchema, IndicatorRowSchema, LegislatureRowSchema, type IndicatorMapRow } from "../input/schema.ts";
import { closestName, normaliseText } from "../text.ts";
import { eachDuplicate, firstOfEach, type BuildContext } from "./context.ts";

export interface Catalogue {
  indicators: Map<string, Indicator>;
  /** Ids of catalogue rows that are themselves invalid: reported once, not again at every reference. */
  invalidIds: Set<string>;
  map: { line: number; row: IndicatorMapRow }[];
}

/** "did you mean "x"?" when a close name exists. */
export function didYouMean(name: string, candidates: readonly string[]): { suggestion?: string } {
  const near = closestName(name, candidates);
  return near ? { suggestion: `did you mean "${near}"?` } : {};
}

export function readLegislatures(ctx: BuildContext): Legislature[] {
  return ctx.tableRows("legislatures.csv", LegislatureRowSchema).map(({ row }) => ({ numeral: row.numeral, start: row.start_year }));
}

export function readCatalogue(ctx: BuildContext): Catalogue {
  const table = ctx.table("indicators.csv");
  const rows = ctx.rows(table, IndicatorRowSchema);
  const valid = new Set(rows.map(({ row }) => row.id));
  const invalidIds = new Set((table?.rows ?? []).map((r) => normaliseText(r.cells["id"] ?? "")).filter((id) => !valid.has(id)));
  const indicators = new Map<string, Indicator>(
    rows.map(({ row }) => [
      row.id,
      {
        id: row.id,
        topic: row.topic,
        name: { vi: row.name_vi, en: row.name_en },
        unit: row.unit,
        unitLabel: { vi: row.unit_vi, en: row.unit_en },
        better: row.better,
        decimals: row.decimals,
        periodicity: row.periodicity,
        definition: { vi: row.definition_vi, en: row.definition_en },
        caveat: { vi: row.caveat_vi, en: row.caveat_en },
        kind: row.kind,
        holder: { vi: row.holder_vi, en: row.holder_en },
        body: { vi: row.body_vi, en: row.body_en },
        targetIds: [],
        proxyTargetIds: [],
      },
    ]),
  );
  eachDuplicate(
    rows,
    ({ row }) => row.id,
    ({ line, row }) => ctx.add({ file: "indicators.csv", line, column: "id", found: row.id, expected: "each indicator id once" }),
  );

  const map = firstOfEach(
    ctx,
    "mappings/indicator_map.csv",
    "raw_indicator",
    ctx.tableRows("mappings/indicator_map.csv", IndicatorMapRowSchema),
    (row) => [row.dataset, row.raw_indicator, row.raw_unit, row.area, row.period].join(" | "),
    "dataset, raw indicator, unit, area and period",
  );
  for (const { line, row } of map) {
    if (row.indicator !== "-" && !indicators.has(row.indicator) && !invalidIds.has(row.indicator)) {
      ctx.add({
        file: "mappings/indicator_map.csv",
        line,
        column: "indicator",
        found: row.indicator,
        expected: "an id of indicators.csv, or - to set the rows aside",
        ...didYouMean(row.indicator, [...indicators.keys()]),
      });
    }
    if (row.indicator === "-" && row.note === "")
      ctx.add({ file: "mappings/indicator_map.csv", line, column: "note", found: "", expected: "the reason rows are set aside" });
  }
  return { indicators, invalidIds, map };
}
