/**
 * Everything people download, built from the dataset: each table of
 * tables.ts as CSV (UTF-8 with a byte-order mark, so spreadsheets read
 * Vietnamese; spreadsheet-safe) and JSON, the whole dataset, and a
 * Frictionless Data Package. The package describes byte-order-mark-free
 * copies under /data/package/ (the specification's "utf-8"), so that
 * Frictionless tools read every column name as it is. Pure: returns paths
 * under /data/ and their text.
 */
import type { Change } from "./changelog.ts";
import { toCsv } from "../csv.ts";
import type { Dataset } from "../model.ts";
import { downloadTables, type TableSpec } from "./tables.ts";

export { COMPARATOR_WORDS, downloadTables, neutraliseSpreadsheetCell, templateRows, type TableSpec } from "./tables.ts";

/** UTF-8 byte-order mark, so spreadsheet programs read Vietnamese correctly. */
export const BOM = "\uFEFF";

/** The folder of the data package's own copies of the tables (no byte-order mark). */
export const PACKAGE_FOLDER = "package";

export function tableCsv(table: TableSpec, withBom = true): string {
  return (
    (withBom ? BOM : "") +
    toCsv(
      table.fields.map((f) => f.name),
      table.rows,
    )
  );
}

/** The package's name for a table: its path without ".csv", in the characters a resource name allows. */
export function resourceName(path: string): string {
  return path.replace(/\.csv$/u, "").replace(/[^a-z0-9._-]+/gu, "-");
}

/** Frictionless Data Package (tabular profile): every table with its Table Schema, the sources and licences. `homepage` is absolute (SITE_URL), or left out. */
export function dataPackage(dataset: Dataset, tables: readonly TableSpec[], siteUrl: string | null = null) {
  return {
    profile: "tabular-data-package",
    name: "vn-gender-equality-targets",
    title: "Vietnam gender-equality plan targets and published figures",
    description: "Targets of Vietnamese gender-equality plans and the published figures that measure them, by province, across the 2025 merger of provinces.",
    version: dataset.release.version,
    created: `${dataset.release.date}T00:00:00Z`,
    ...(siteUrl ? { homepage: new URL("/data/", siteUrl).href } : {}),
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    sources: dataset.sources.map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) })),
    resources: tables.map((t) => ({
      profile: "tabular-data-resource",
      name: resourceName(t.path),
      path: `${PACKAGE_FOLDER}/${t.path}`,
      title: t.title.en,
      description: t.description.en,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", doubleQuote: true, header: true },
      schema: {
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description.en })),
        missingValues: [""],
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}

/** Every file under /data/: CSV tables (for spreadsheets, and the package's copies), their JSON twins, the whole dataset and the data package. */
export function buildDownloads(dataset: Dataset, changes: readonly Change[] = [], siteUrl: string | null = null): Map<string, string> {
  const out = new Map<string, string>();
  const tables = downloadTables(dataset, changes);
  for (const t of tables) {
    out.set(t.path, tableCsv(t));
    out.set(`${PACKAGE_FOLDER}/${t.path}`, tableCsv(t, false));
    out.set(t.path.replace(/\.csv$/u, ".json"), JSON.stringify(t.rows.map((r) => Object.fromEntries(t.fields.map((f, i) => [f.name, r[i] ?? null])))) + "\n");
  }
  out.set("dataset.json", JSON.stringify(dataset, null, 1) + "\n");
  out.set("datapackage.json", JSON.stringify(dataPackage(dataset, tables, siteUrl), null, 1) + "\n");
  return out;
}
