import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/lib/input/encoding.ts";
import type { InputFile } from "../../src/lib/steps/index.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { formatProblem } from "../../src/lib/problems.ts";
import { inputFile, readDataFolder, sha256 } from "../support/data-files.ts";

const real = readDataFolder();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/layouts", name));

/** The real data plus one source folder holding `file` in `importer`'s layout, with the given SOURCE.md keys. */
function withSource(name: string, importer: string, keys: Record<string, string>, bytes: Buffer = fixture(name)): InputFile[] {
  const extra = Object.entries(keys)
    .map(([k, v]) => `\n${k}: ${v}`)
    .join("");
  const md = `---\nid: layout-test\ntitle: Layout test (${name})\ntitle_vi: Thử\npublisher: Test\npublisher_vi: Thử\nurl: https://example.org/${name}\nretrieved: 2026-11-21\nlicence: test\nlicence_vi: thử\nsummary_vi: thử\nimporter: ${importer}\nfiles: ${name}\nsha256: ${sha256(bytes)}${extra}\n---\n`;
  return [...real, inputFile(`sources/layout-test/${name}`, new Uint8Array(bytes)), inputFile("sources/layout-test/SOURCE.md", md)];
}

function imported(files: InputFile[]) {
  const result = buildDataset(files);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.dataset.observations.filter((o) => o.sourceId === "layout-test").map((o) => [o.indicatorId, o.areaId, o.periodId, o.sex, o.value]);
}

const PX_EN = { indicator: "average_population_count", unit: "người", categories: "Total=total; Male=male; Female=female" };

describe("GSO PX-Web export", () => {
  it("reads the English export: areas by English name, '..' and '-' as missing, regions and the country without figures", () => {
    expect(imported(withSource("pxweb-en.csv", "pxweb", PX_EN))).toEqual([
      ["average_population", "hue", "2015", "female", 576319],
      ["average_population", "hue", "2015", "male", 567253],
      ["average_population", "hue", "2015", "total", 1143572],
      ["average_population", "vinh-phuc", "2019", "female", 579376],
      ["average_population", "vinh-phuc", "2019", "male", 575460],
      ["average_population", "vinh-phuc", "2019", "total", 1154836],
    ]);
  });
  it("reads the Vietnamese export in UTF-16 with a byte-order mark, CRLF and an NFD name, to the same figures", () => {
    const vi = imported(withSource("pxweb-vi-utf16.csv", "pxweb", { ...PX_EN, categories: "Tổng số=total; Nam=male; Nữ=female" }));
    expect(vi).toEqual(imported(withSource("pxweb-en.csv", "pxweb", PX_EN)));
  });
  it("refuses a category SOURCE.md does not map, naming the column", () => {
    const result = buildDataset(withSource("pxweb-en.csv", "pxweb", { ...PX_EN, categories: "Total=total; Male=male" }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(expect.objectContaining({ file: "sources/layout-test/pxweb-en.csv", line: 3, column: "2015 Female" }));
  });
  it('refuses a category named like an object property ("constructor") rather than finding the prototype\'s', () => {
    const text = fixture("pxweb-en.csv").toString("utf8").replace("2015 Female", "2015 constructor");
    const result = buildDataset(withSource("pxweb-en.csv", "pxweb", PX_EN, Buffer.from(text)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ line: 3, column: "2015 constructor" }));
  });
});

describe("a tidy file saved by a Vietnamese-locale spreadsheet", () => {
  const keys = { encoding: "windows-1258", delimiter: ";", decimal: "comma" };
  it("reads Windows-1258, ';', a decimal comma with '.' between thousands, CRLF and 'Hoà Bình' when SOURCE.md says so", () => {
    expect(imported(withSource("tidy-windows-1258-semicolon.csv", "tidy", keys))).toEqual([
      ["employed", "hoa-binh", "2022", "female", 238135],
      ["pc_women_share", "tp-ho-chi-minh-truoc-2025", "2021-2026", null, 43.62],
    ]);
  });
  it("refuses the same bytes undeclared: not UTF-8, with the fix to make", () => {
    const result = buildDataset(withSource("tidy-windows-1258-semicolon.csv", "tidy", {}));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          file: "sources/layout-test/tidy-windows-1258-semicolon.csv",
          expected: expect.stringContaining('declare its encoding in SOURCE.md, e.g. "encoding: windows-1258"'),
        }),
      );
  });
  it("never reads a wrong number: with ';' declared but no decimal comma, '238.135' is not 238.135 persons silently", () => {
    const result = buildDataset(withSource("tidy-windows-1258-semicolon.csv", "tidy", { encoding: "windows-1258", delimiter: ";" }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          file: "sources/layout-test/tidy-windows-1258-semicolon.csv",
          line: 2,
          column: "value",
          found: "238.135",
          expected: expect.stringContaining("a whole number of persons"),
        }),
      );
    }
  });
});

describe("World Bank bulk CSV and the UN SDG database", () => {
  it("reads the World Bank layout (preamble, trailing commas), Viet Nam only, other countries set aside", () => {
    const files = withSource("worldbank.csv", "worldbank", { unit: "%", country: "VNM" });
    expect(imported(files)).toEqual([
      ["wb_lfpr_female", "viet-nam", "2019", null, 70.3320007324219],
      ["wb_lfpr_female", "viet-nam", "2020", null, 69.6640014648438],
    ]);
    const result = buildDataset(files);
    expect(result.ok && result.dataset.setAside.find((s) => s.sourceId === "layout-test")?.reason).toBe("1 rows of other countries than VNM");
  });
  it("reads the UN SDG layout by M49 code", () => {
    expect(imported(withSource("unsdg.csv", "unsdg", { country: "704" }))).toEqual([
      ["wb_women_seats_parliament", "viet-nam", "2019", null, 26.7206477732794],
      ["wb_women_seats_parliament", "viet-nam", "2020", null, 26.7206477732794],
    ]);
  });
});

describe("a file in another layout than its SOURCE.md says", () => {
  it("is refused at line 1 with the layout expected, for PX-Web and World Bank alike", () => {
    for (const [name, importer, keys, expected] of [
      ["worldbank.csv", "pxweb", PX_EN, 'a PX-Web table: a title line, then a header of "<year> <category>" columns'],
      ["pxweb-en.csv", "worldbank", { unit: "%", country: "VNM" }, 'a World Bank CSV with a header row starting "Country Name"'],
    ] as const) {
      const result = buildDataset(withSource(name, importer, keys));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ file: `sources/layout-test/${name}`, line: 1, expected }));
    }
  });
  it("a ragged row after the preamble is reported at its line in the published file", () => {
    const text = fixture("pxweb-en.csv").toString("utf8").replace('"Vinh Phuc",..,..,..,1154836,575460,579376', '"Vinh Phuc",..,..,..,1154836');
    const result = buildDataset(withSource("pxweb-en.csv", "pxweb", PX_EN, Buffer.from(text)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ line: 6, expected: "7 fields, as in the header" }));
  });
});

describe("decodeBytes", () => {
  it("follows a byte-order mark over a declaration, and refuses what does not decode", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "windows-1258")).toEqual({ ok: true, text: "A", encoding: "utf-8" });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), null)).toEqual({ ok: true, text: "A", encoding: "utf-16le" });
    expect(decodeBytes(new Uint8Array([0x48, 0xe0]), null).ok).toBe(false);
    expect(decodeBytes(new Uint8Array([0x48, 0xe0]), "windows-1258")).toEqual({ ok: true, text: "Hà", encoding: "windows-1258" });
  });
});
