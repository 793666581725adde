/** Step 8, tile maps: every unit of a set exactly once, no two tiles in one cell. */
import type { Area, AreaSet, Tile } from "../model.ts";
import { TileRowSchema } from "../input/schema.ts";
import type { BuildContext } from "./context.ts";

export function readTilemap(ctx: BuildContext, set: AreaSet, areas: readonly Area[]): Tile[] {
  const path = `tilemaps/${set}.csv`;
  const units = areas.filter((a) => a.level === "province" && a.sets.includes(set));
  const tiles: Tile[] = [];
  const cells = new Map<string, string>();
  for (const { line, row } of ctx.tableRows(path, TileRowSchema)) {
    const area = units.find((a) => a.code === row.code);
    if (!area) {
      ctx.add({ file: path, line, column: "code", found: row.code, expected: `the GSO code of one of the ${units.length} units of the set` });
      continue;
    }
    const key = `${row.row},${row.col}`;
    const other = cells.get(key);
    if (other) ctx.add({ file: path, line, column: "row", found: key, expected: `a cell no other tile uses (code ${other} is there)` });
    cells.set(key, row.code);
    if (tiles.some((t) => t.code === row.code)) ctx.add({ file: path, line, column: "code", found: row.code, expected: "each unit once" });
    tiles.push({ areaId: area.id, code: row.code, row: row.row, col: row.col, label: row.label });
  }
  for (const area of units) {
    if (!tiles.some((t) => t.areaId === area.id))
      ctx.add({ file: path, line: 0, column: "code", found: `${area.code} (${area.name.vi}) missing`, expected: "a tile for every unit of the set" });
  }
  return tiles;
}
