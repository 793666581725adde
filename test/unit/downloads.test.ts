import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { diffReleases, readReleasedValues } from "../../src/lib/publish/changelog.ts";
import { parseCsv } from "../../src/lib/csv.ts";
import { buildDownloads, dataPackage, downloadTables, neutraliseSpreadsheetCell, resourceName } from "../../src/lib/publish/downloads.ts";
import type { Dataset } from "../../src/lib/model.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { readDataFolder } from "../support/data-files.ts";

const result = buildDataset(readDataFolder());
if (!result.ok) throw new Error("data does not build");
const dataset = result.dataset;
const downloads = buildDownloads(dataset);
const require = createRequire(import.meta.url);

describe("the data package", () => {
  it("validates against the published Tabular Data Package schema (Frictionless, as shipped in the datapackage npm package)", () => {
    const schema = JSON.parse(
      readFileSync(join(require.resolve("datapackage/package.json"), "..", "lib/profiles/tabular-data-package.json"), "utf8"),
    ) as object;
    // With formats on: a relative homepage, or any other malformed URL, fails.
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    const validate = ajv.compile(schema);
    const descriptor = JSON.parse(buildDownloads(dataset, [], "https://tracker.example.org/").get("datapackage.json") ?? "{}") as unknown;
    const ok = validate(descriptor);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });
  it("with formats checked, a relative homepage fails; without SITE_URL there is none", () => {
    const schema = JSON.parse(
      readFileSync(join(require.resolve("datapackage/package.json"), "..", "lib/profiles/tabular-data-package.json"), "utf8"),
    ) as object;
    const validate = addFormats(new Ajv({ strict: false })).compile(schema);
    expect(validate({ ...dataPackage(dataset, downloadTables(dataset, [])), homepage: "/data/" })).toBe(false);
    expect(dataPackage(dataset, downloadTables(dataset, []))).not.toHaveProperty("homepage");
    expect(validate(dataPackage(dataset, downloadTables(dataset, [])))).toBe(true);
  });
  it("declares keys, and every key is unique and every reference resolves", () => {
    const tables = downloadTables(dataset, []);
    const byName = new Map(tables.map((t) => [resourceName(t.path), t]));
    const column = (t: (typeof tables)[number], name: string) => t.fields.findIndex((f) => f.name === name);
    for (const name of ["observations", "indicators", "areas", "sources", "plans", "targets", "assessments", "missing", "reported"]) {
      expect(byName.get(name)?.primaryKey, name).toBeDefined();
    }
    expect(byName.get("observations")?.foreignKeys?.map((k) => k.reference.resource)).toEqual(["indicators", "areas", "sources"]);
    expect(byName.get("assessments")?.foreignKeys?.map((k) => k.reference.resource)).toEqual(["targets", "areas"]);
    expect(byName.get("targets")?.foreignKeys?.map((k) => k.reference.resource)).toEqual(["plans"]);
    for (const t of tables) {
      if (t.primaryKey) {
        const idx = t.primaryKey.map((k) => column(t, k));
        expect(
          idx.every((i) => i >= 0),
          t.path,
        ).toBe(true);
        const keys = t.rows.map((r) => JSON.stringify(idx.map((i) => r[i])));
        expect(new Set(keys).size, `${t.path}: duplicate primary key`).toBe(keys.length);
      }
      for (const fk of t.foreignKeys ?? []) {
        const target = byName.get(fk.reference.resource);
        expect(target, fk.reference.resource).toBeDefined();
        if (!target) continue;
        const known = new Set(target.rows.map((r) => r[column(target, fk.reference.fields[0] ?? "")]));
        const i = column(t, fk.fields[0] ?? "");
        const dangling = t.rows.map((r) => r[i]).filter((v) => v !== "" && v !== null && !known.has(v));
        expect(dangling, `${t.path}.${fk.fields[0]} -> ${fk.reference.resource}`).toEqual([]);
      }
    }
  });
  it("no CSV has a blank record, and none a cell a spreadsheet would run", () => {
    for (const [path, csv] of downloads) {
      if (!path.endsWith(".csv")) continue;
      expect(/\n\n|\n\r?\n$/u.test(csv.replace(/^\uFEFF/u, "")), `${path}: blank record`).toBe(false);
      const { table } = parseCsv(csv, path);
      for (const row of table.rows)
        for (const [name, cell] of Object.entries(row.cells)) {
          const dangerous = /^[=+@\t\r]/u.test(cell) || (/^-/u.test(cell) && !/^-\d+(\.\d+)?$/u.test(cell));
          expect(dangerous, `${path}:${row.line} ${name}=${cell}`).toBe(false);
        }
    }
    expect(parseCsv(downloads.get("changelog.csv") ?? "", "changelog.csv").table.rows.every((r) => Object.values(r.cells).some((c) => c !== ""))).toBe(true);
  });
  it("has a download per region, and comparators as words with the symbol beside them", () => {
    for (const region of dataset.areas.filter((a) => a.level === "region")) {
      if (dataset.observations.some((o) => o.areaId === region.id)) expect(downloads.has(`areas/${region.id}.csv`), region.id).toBe(true);
    }
    const targets = parseCsv(downloads.get("targets.csv") ?? "", "targets.csv").table.rows;
    const words = ["at_least", "more_than", "at_most", "less_than", "equal", "about", "between", "none"];
    expect(
      targets.every((r) => words.includes(r.cells["comparator"] ?? "")),
      "comparators as words",
    ).toBe(true);
    expect(targets.find((r) => r.cells["comparator"] === "equal")?.cells["comparator_symbol"]).toBe("'=");
  });
  it("rejects a descriptor that breaks the schema (the validation can fail)", () => {
    const schema = JSON.parse(
      readFileSync(join(require.resolve("datapackage/package.json"), "..", "lib/profiles/tabular-data-package.json"), "utf8"),
    ) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    const broken = {
      ...dataPackage(dataset, downloadTables(dataset, [])),
      resources: [{ name: "Bad Name!", path: "x.csv", profile: "tabular-data-resource" }],
    };
    expect(validate(broken)).toBe(false);
  });
  it("describes every CSV it lists, and every listed file exists with the schema's columns", () => {
    const descriptor = JSON.parse(downloads.get("datapackage.json") ?? "{}") as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
      sources: unknown[];
      licenses: unknown[];
    };
    expect(descriptor.resources.length).toBeGreaterThan(100);
    expect(descriptor.sources).toHaveLength(dataset.sources.length);
    expect(descriptor.licenses).toHaveLength(1);
    for (const r of descriptor.resources) {
      const csv = downloads.get(r.path);
      expect(csv, r.path).toBeDefined();
      expect(parseCsv(csv ?? "", r.path).table.header, r.path).toEqual(r.schema.fields.map((f) => f.name));
    }
  });
});

describe("downloads", () => {
  it("neutralise cells a spreadsheet would run as formulas", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseSpreadsheetCell(cell)).toBe(`'${cell}`);
    expect(neutraliseSpreadsheetCell("Lào Cai")).toBe("Lào Cai");
  });
  it("write a formula-looking note as inert text, and a negative number as a number", () => {
    const first = dataset.observations[0];
    if (!first) throw new Error("no observation");
    const crafted: Dataset = { ...dataset, observations: [{ ...first, note: '=HYPERLINK("http://x","click")', value: -2.5 }] };
    const csv = buildDownloads(crafted).get("observations.csv") ?? "";
    const row = parseCsv(csv, "x").table.rows[0]?.cells;
    expect(row?.["note"]).toBe('\'=HYPERLINK("http://x","click")');
    expect(row?.["value"]).toBe("-2.5");
  });
  it("start CSV files with a UTF-8 byte-order mark", () => {
    expect(downloads.get("observations.csv")?.startsWith("\uFEFF")).toBe(true);
    expect(downloads.get("indicators/na_women_share.csv")?.startsWith("\uFEFF")).toBe(true);
  });
  it("re-import to the same numbers", () => {
    const { table, problems } = parseCsv(downloads.get("observations.csv") ?? "", "observations.csv");
    expect(problems).toEqual([]);
    expect(table.rows).toHaveLength(dataset.observations.length);
    table.rows.forEach((row, i) => {
      const o = dataset.observations[i];
      expect([row.cells["indicator"], row.cells["area_id"], row.cells["period"], Number(row.cells["value"])]).toEqual([
        o?.indicatorId,
        o?.areaId,
        o?.periodId,
        o?.value,
      ]);
    });
  });
  it("give JSON twins with the same rows", () => {
    const rows = JSON.parse(downloads.get("indicators/na_women_share.json") ?? "[]") as { value: number }[];
    expect(rows.map((r) => r.value)).toEqual(dataset.observations.filter((o) => o.indicatorId === "na_women_share").map((o) => o.value));
  });
  it("have one CSV per indicator, area and plan", () => {
    expect(downloads.has("areas/lao-cai.csv")).toBe(true);
    expect(downloads.has("plans/lao-cai-84-kh-ubnd-2017.csv")).toBe(true);
    expect(downloads.has("plans/lao-cai-84-kh-ubnd-2017-status.csv")).toBe(true);
    const na = parseCsv(downloads.get("indicators/na_women_share.csv") ?? "", "x").table.rows;
    expect(new Set(na.map((r) => r.cells["indicator"]))).toEqual(new Set(["na_women_share"]));
  });
});

describe("change log between releases", () => {
  it("lists values changed, added and removed, and nothing when nothing changed", () => {
    const previous = dataset.observations
      .slice(0, 3)
      .map((o) => ({ indicator: o.indicatorId, area: o.areaId, period: o.periodId, sex: o.sex ?? "", source: o.sourceId, value: o.value }));
    expect(diffReleases(previous, dataset.observations.slice(0, 3))).toEqual([]);
    const [a, b] = previous;
    if (!a || !b) throw new Error("no rows");
    const changes = diffReleases(
      [
        { ...a, value: a.value + 1 },
        { ...b, area: "nowhere" },
      ],
      dataset.observations.slice(0, 2),
    );
    expect(changes.map((c) => [c.kind, c.area, c.before, c.after])).toEqual([
      ["changed", a.area, a.value + 1, a.value],
      ["added", b.area, null, b.value],
      ["removed", "nowhere", b.value, null],
    ]);
  });
});

describe("the previous release, read as an input", () => {
  const header =
    "indicator,area_id,area_code,area_name,period,sex,value,qualifier,numerator,denominator,headline,preliminary,source_id,source_line,citation_title,citation_url,note";
  const row = (value: string, line: string) =>
    `pc_women_share,ha-noi,01,Hà Nội,2021-2026,,${value},,24,95,yes,no,provincial-council-women,${line},t,https://example.org,`;
  it("refuses a value that is not a number and a row written twice, each with its line; nothing becomes NaN", () => {
    const { values, problems } = readReleasedValues(
      [header, row("25.26", "3"), row("n/a", "4"), row("25.26", "3")].join("\n"),
      "releases/0.3.0/observations.csv",
    );
    expect(values.map((v) => v.value)).toEqual([25.26]);
    expect(problems.map((p) => [p.line, p.column, p.found])).toEqual([
      [3, "value", "n/a"],
      [4, "source_line", "3"],
    ]);
  });
  it("matches two figures one source gives for one period one to one, not merged", () => {
    const o = dataset.observations[0];
    if (!o) throw new Error("no rows");
    const v = { indicator: o.indicatorId, area: o.areaId, period: o.periodId, sex: o.sex ?? "", source: o.sourceId };
    const changes = diffReleases(
      [
        { ...v, value: o.value },
        { ...v, value: 99 },
      ],
      [o],
    );
    expect(changes.map((c) => [c.kind, c.before, c.after])).toEqual([["removed", 99, null]]);
  });
});

describe("citation", () => {
  it("CITATION.cff carries the version and date of the data release", () => {
    const cff = readFileSync(join(import.meta.dirname, "../../CITATION.cff"), "utf8");
    expect(cff).toContain(`version: "${dataset.release.version}"`);
    expect(cff).toContain(`date-released: "${dataset.release.date}"`);
  });
});

describe("the data dictionary, in both languages, in one place (src/lib/publish/dictionary.ts)", () => {
  it("describes every table and every column of every download in Vietnamese and in English", () => {
    for (const t of downloadTables(dataset, [])) {
      expect(t.title.vi && t.title.en && t.description.vi && t.description.en, t.path).toBeTruthy();
      for (const f of t.fields) expect(f.description.vi && f.description.en, `${t.path}: ${f.name}`).toBeTruthy();
    }
  });
  it("says in assessments.csv whether a figure decides each verdict, and which rows repeat a commitment", () => {
    const table = downloadTables(dataset, []).find((t) => t.path === "assessments.csv");
    const names = table?.fields.map((f) => f.name) ?? [];
    for (const column of ["decided_by_figure", "status_kind", "repeat_of", "part_binds", "context"]) expect(names).toContain(column);
  });
});
