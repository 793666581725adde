import { describe, expect, it } from "vitest";
import { figuresAsPublished, figuresOn2025Map } from "../../src/lib/merge.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { readDataFolder } from "../support/data-files.ts";

const built = buildDataset(readDataFolder());
if (!built.ok) throw new Error("data does not build");
const ix = indexDataset(built.dataset);
const on2025 = figuresOn2025Map(ix, "na_women_share", "NA-XV");
const unit = (id: string) => on2025.find((f) => f.areaId === id);

describe("women in the National Assembly, 15th legislature (2021), on the 2025 map", () => {
  it("gives each of the 34 units a value, summing counts of women over counts of deputies", () => {
    expect(on2025).toHaveLength(34);
    expect(on2025.every((f) => f.value !== null)).toBe(true);
  });
  it("Lào Cai (2025) = Lào Cai 2 of 6 + Yên Bái 3 of 6 = 5 of 12 (checked by hand)", () => {
    expect(unit("lao-cai")).toMatchObject({ basis: "sum-over-sum", numerator: 5, denominator: 12 });
    expect(unit("lao-cai")?.value).toBeCloseTo(41.6667, 4);
    expect(unit("lao-cai")?.parts.map((o) => [o.areaId, o.numerator, o.denominator])).toEqual([
      ["lao-cai-truoc-2025", 2, 6],
      ["yen-bai", 3, 6],
    ]);
  });
  it("Phú Thọ (2025) = Hòa Bình + Phú Thọ + Vĩnh Phúc, each from its own counts (checked by hand)", () => {
    const parts = unit("phu-tho")?.parts ?? [];
    const n = parts.reduce((s, o) => s + (o.numerator ?? 0), 0);
    const d = parts.reduce((s, o) => s + (o.denominator ?? 0), 0);
    expect(parts.map((o) => o.areaId).sort()).toEqual(["hoa-binh", "phu-tho-truoc-2025", "vinh-phuc"]);
    expect(unit("phu-tho")).toMatchObject({ numerator: n, denominator: d });
    expect(unit("phu-tho")?.value).toBeCloseTo((n / d) * 100, 10);
  });
  it("keeps an unchanged province's own figure", () => {
    // Its share from its counts, unrounded (16.67 as printed): changes are computed from it, rounded only for display.
    expect(unit("lai-chau")).toMatchObject({ basis: "published", numerator: 1, denominator: 6 });
    expect(unit("lai-chau")?.value).toBeCloseTo(100 / 6, 12);
  });
  it("adds up to the national total: 151 women of 499 deputies", () => {
    expect(on2025.reduce((s, f) => s + (f.numerator ?? 0), 0)).toBe(151);
    expect(on2025.reduce((s, f) => s + (f.denominator ?? 0), 0)).toBe(499);
  });
  it("never averages percentages: TP. Hồ Chí Minh (2025) weighs each delegation by its size", () => {
    const hcm = unit("tp-ho-chi-minh");
    const parts = hcm?.parts ?? [];
    expect(parts.map((o) => o.areaId).sort()).toEqual(["ba-ria-vung-tau", "binh-duong", "tp-ho-chi-minh-truoc-2025"]);
    const mean = parts.reduce((s, o) => s + o.value, 0) / parts.length;
    const n = parts.reduce((s, o) => s + (o.numerator ?? 0), 0);
    const d = parts.reduce((s, o) => s + (o.denominator ?? 0), 0);
    expect(hcm?.value).toBeCloseTo((n / d) * 100, 10);
    expect(hcm?.value).not.toBeCloseTo(mean, 1);
  });
});

describe("where counts are missing", () => {
  it("shows the old provinces side by side, with no value, when a share comes without its counts", () => {
    // Provincial People's Council, 2021-2026: Lâm Đồng is published as a percent with no count of women.
    const figures = figuresOn2025Map(ix, "pc_women_share", "2021-2026");
    const lamDong = figures.find((f) => f.areaId === "lam-dong");
    expect(lamDong).toMatchObject({ basis: "side-by-side", value: null, missing: [] });
    expect(lamDong?.parts.map((o) => [o.areaId, o.numerator])).toEqual([
      ["binh-thuan", null],
      ["dak-nong", 15],
      ["lam-dong-truoc-2025", null],
    ]);
  });
  it("as published, the 63 provinces stay as they were", () => {
    expect(figuresAsPublished(ix, "na_women_share", "NA-XV")).toHaveLength(63);
  });
});
