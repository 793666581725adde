/** Step 2, areas: the country, the regions, the 63 provinces and the 34 units, from the crosswalk source and the project's set dates. */
import { buildAreas, type ProvinceCrosswalkRow } from "../areas.ts";
import type { Area, AreaSetInfo, Source } from "../model.ts";
import { AreaAliasRowSchema, AreaSetRowSchema, ProvinceCrosswalkRowSchema, RegionRowSchema } from "../input/schema.ts";
import { eachDuplicate, firstOfEach, type BuildContext } from "./context.ts";
import { filesOfKind } from "./sources.ts";

/** Other spellings of area names (raw -> the name shown), from mappings/area_aliases.csv. */
export function readAliases(ctx: BuildContext): Map<string, string> {
  const FILE = "mappings/area_aliases.csv";
  const rows = firstOfEach(ctx, FILE, "raw", ctx.tableRows(FILE, AreaAliasRowSchema), (row) => row.raw, "spelling");
  return new Map(rows.map(({ row }) => [row.raw, row.name]));
}

export function readAreas(ctx: BuildContext, sources: readonly Source[], aliases: ReadonlyMap<string, string>): { areas: Area[]; areaSets: AreaSetInfo[] } {
  const areaSets: AreaSetInfo[] = ctx.tableRows("area_sets.csv", AreaSetRowSchema).map(({ row }) => ({
    id: row.set,
    name: { vi: row.name_vi, en: row.name_en },
    validFrom: row.valid_from || null,
    validTo: row.valid_to || null,
    legalBasis: row.legal_basis,
  }));
  const p63 = areaSets.find((s) => s.id === "p63")?.validTo;
  const p34 = areaSets.find((s) => s.id === "p34")?.validFrom;
  if (!p63 || !p34) {
    ctx.add({ file: "area_sets.csv", line: 0, column: "", found: "", expected: "rows p63 (with valid_to) and p34 (with valid_from)" });
  }
  const regions = ctx.tableRows("regions.csv", RegionRowSchema).map(({ row }) => ({ vi: row.name_vi, en: row.name_en }));
  const crosswalk: ProvinceCrosswalkRow[] = [];
  for (const { path, source } of filesOfKind(sources, "areas")) {
    for (const { row } of ctx.rows(ctx.table(path, [], source.dialect), ProvinceCrosswalkRowSchema)) {
      crosswalk.push({ code2024: row.code_2024, name2024: row.name_2024, region2024: row.region_2024, code2025: row.code_2025, name2025: row.name_2025 });
      if (!regions.some((r) => r.vi === row.region_2024)) {
        ctx.add({ file: path, line: 0, column: "region_2024", found: row.region_2024, expected: "a region listed in regions.csv" });
      }
    }
  }
  const areas = p63 && p34 ? buildAreas(crosswalk, regions, { p63ValidTo: p63, p34ValidFrom: p34 }, aliases) : [];
  eachDuplicate(
    areas,
    (a) => a.id,
    (a) => ctx.add({ file: "sources/gso-provinces-2025", line: 0, column: "", found: a.id, expected: "unique area slugs" }),
  );
  return { areas, areaSets };
}
