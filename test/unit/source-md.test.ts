import { describe, expect, it } from "vitest";
import { termOf } from "../../src/lib/steps/plans-targets.ts";
import { parseSourceMd } from "../../src/lib/input/source-md.ts";

const GOOD = `---
id: regional-series
title: Sex ratio at birth by region
title_vi: Tỷ số giới tính khi sinh theo vùng
publisher: GSO
publisher_vi: Tổng cục Thống kê
url: https://example.org/x
retrieved: 2026-11-21
licence: CC BY 4.0
licence_vi: CC BY 4.0
summary_vi: Số liệu vùng.
importer: tidy
files: a.csv, b.csv
sha256: ${"a".repeat(64)}, ${"b".repeat(64)}
---
# Sex ratio at birth by region

Regional figures.
`;

describe("parseSourceMd(text, file, folder)", () => {
  it("reads the front matter, the files with their checksums and the prose", () => {
    const { source, problems } = parseSourceMd(GOOD, "sources/regional-series/SOURCE.md", "regional-series");
    expect(problems).toEqual([]);
    expect(source).toMatchObject({
      id: "regional-series",
      importer: "tidy",
      files: [
        { name: "a.csv", sha256: "a".repeat(64) },
        { name: "b.csv", sha256: "b".repeat(64) },
      ],
      description: "Regional figures.",
    });
  });
  it("refuses an id that is not the folder's, an unknown importer and a bad date, each with its line", () => {
    const text = GOOD.replace("id: regional-series", "id: regional")
      .replace("importer: tidy", "importer: excel")
      .replace("retrieved: 2026-11-21", "retrieved: last week");
    const { source, problems } = parseSourceMd(text, "S.md", "regional-series");
    expect(source).toBeNull();
    expect(problems.map((p) => [p.line, p.column, p.found])).toEqual([
      [2, "id", "regional"],
      [8, "retrieved", "last week"],
      [12, "importer", "excel"],
    ]);
  });
  it("refuses a source described in one language only", () => {
    const { problems } = parseSourceMd(GOOD.replace(/title_vi: .*\n/u, ""), "S.md", "regional-series");
    expect(problems.map((p) => p.expected)).toEqual(['a "title_vi:" line in the front matter']);
  });
  it("refuses a missing key and checksums that do not match the files", () => {
    const text = GOOD.replace(/licence: .*\n/u, "").replace(`, ${"b".repeat(64)}`, "");
    const { problems } = parseSourceMd(text, "S.md", "regional-series");
    expect(problems.map((p) => p.expected)).toEqual(['a "licence:" line in the front matter', "one per file (2)"]);
  });
  it("refuses a misspelt key instead of reading the file with the defaults", () => {
    const text = GOOD.replace("importer: tidy", "importer: tidy\nencodng: windows-1258");
    const { source, problems } = parseSourceMd(text, "S.md", "regional-series");
    expect(source).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 13, column: "encodng", found: "encodng" });
    expect(problems[0]?.expected).toContain("encoding");
  });
  it("refuses a file without front matter", () => {
    expect(parseSourceMd("# Title\n", "S.md", "x").problems[0]?.expected).toBe("front matter between --- lines");
  });
});

describe("termOf(text)", () => {
  it("reads a term written alone or inside deadline text", () => {
    expect(termOf("2016-2020")).toEqual({ start: 2016, end: 2020 });
    expect(termOf("nhiệm kỳ 2016-2021")).toEqual({ start: 2016, end: 2021 });
    expect(termOf("2021 election (term 2021-2026)")).toEqual({ start: 2021, end: 2026 });
    expect(termOf("2020 (2020-2025 congress)")).toEqual({ start: 2020, end: 2025 });
  });
  it("finds no term in a plain deadline or a plan period", () => {
    expect(termOf("2025")).toBeNull();
    expect(termOf("")).toBeNull();
    expect(termOf("hằng năm 2011-2020")).toBeNull();
  });
});
