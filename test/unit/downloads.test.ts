import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/csv.ts";
import { buildDownloads, neutraliseSpreadsheetCell } from "../../src/lib/downloads.ts";
import { buildDataset } from "../../src/lib/pipeline.ts";
import { readDataFolder } from "../support/data-files.ts";

const result = buildDataset(readDataFolder());
if (!result.ok) throw new Error("data does not build");
const downloads = buildDownloads(result.dataset);

describe("downloads", () => {
  it("neutralise cells a spreadsheet would run as formulas", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseSpreadsheetCell(cell)).toBe(`'${cell}`);
    expect(neutraliseSpreadsheetCell("Lào Cai")).toBe("Lào Cai");
  });
  it("start CSV files with a UTF-8 byte-order mark", () => {
    expect(downloads.get("observations.csv")?.startsWith("\uFEFF")).toBe(true);
  });
  it("re-import to the same numbers", () => {
    const { table, problems } = parseCsv(downloads.get("observations.csv") ?? "", "observations.csv");
    expect(problems).toEqual([]);
    expect(table.rows).toHaveLength(result.dataset.observations.length);
    table.rows.forEach((row, i) => {
      const o = result.dataset.observations[i];
      expect([row.cells["indicator"], row.cells["area_id"], row.cells["period"], Number(row.cells["value"])]).toEqual([
        o?.indicatorId,
        o?.areaId,
        o?.periodId,
        o?.value,
      ]);
    });
  });
  it("have one CSV per indicator with that indicator's rows", () => {
    const na = parseCsv(downloads.get("indicators/na_women_share.csv") ?? "", "x").table.rows;
    expect(na.length).toBe(result.dataset.observations.filter((o) => o.indicatorId === "na_women_share").length);
    expect(new Set(na.map((r) => r.cells["indicator"]))).toEqual(new Set(["na_women_share"]));
  });
});
