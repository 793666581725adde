import { describe, expect, it } from "vitest";
import { buildAreas, englishProvinceName, isValidOn, provincesOfSet, resolveAreaName, shortProvinceName } from "../../src/lib/areas.ts";
import { parseCsv } from "../../src/lib/csv.ts";
import { fileText, readDataFolder } from "../support/data-files.ts";

const files = readDataFolder();
const crosswalk = parseCsv(fileText(files, "sources/gso-provinces-2025/provinces_2024_2025.csv"), "crosswalk").table.rows.map(({ cells }) => ({
  code2024: cells["code_2024"] ?? "",
  name2024: cells["name_2024"] ?? "",
  region2024: cells["region_2024"] ?? "",
  code2025: cells["code_2025"] ?? "",
  name2025: cells["name_2025"] ?? "",
}));
const aliases = new Map([
  ["Hoà Bình", "Hòa Bình"],
  ["Thừa Thiên Huế", "Huế"],
]);
const areas = buildAreas(crosswalk, [{ vi: "Đồng bằng sông Hồng", en: "Red River Delta" }], { p63ValidTo: "2025-06-11", p34ValidFrom: "2025-06-12" }, aliases);

describe("buildAreas on the real crosswalk", () => {
  it("has the 63 provinces before the merger and the 34 units after", () => {
    expect(provincesOfSet(areas, "p63")).toHaveLength(63);
    expect(provincesOfSet(areas, "p34")).toHaveLength(34);
  });
  it("keeps the 11 unchanged provinces (and renamed Huế) as one area in both sets", () => {
    const both = areas
      .filter((a) => a.level === "province" && a.sets.length === 2)
      .map((a) => a.name.vi)
      .sort((a, b) => a.localeCompare(b, "vi"));
    expect(both).toEqual(["Cao Bằng", "Điện Biên", "Hà Nội", "Hà Tĩnh", "Huế", "Lai Châu", "Lạng Sơn", "Nghệ An", "Quảng Ninh", "Sơn La", "Thanh Hóa"]);
  });
  it("keys areas by code and validity: the seven reused codes name two different areas", () => {
    for (const code of ["15", "24", "44", "52", "80", "82", "91"]) {
      const named = areas.filter((a) => a.code === code);
      expect(named, code).toHaveLength(2);
      expect(
        named.filter((a) => isValidOn(a, "2024-12-31")),
        code,
      ).toHaveLength(1);
      expect(
        named.filter((a) => isValidOn(a, "2026-01-01")),
        code,
      ).toHaveLength(1);
    }
  });
  it("links each merged province to its unit and back", () => {
    const laoCai = areas.find((a) => a.id === "lao-cai");
    expect(laoCai).toMatchObject({ code: "15", validFrom: "2025-06-12", formedFromIds: ["lao-cai-truoc-2025", "yen-bai"] });
    expect(areas.find((a) => a.id === "yen-bai")).toMatchObject({ code: "15", validTo: "2025-06-11", becameId: "lao-cai" });
    const merged = areas.filter((a) => a.becameId !== null);
    expect(merged).toHaveLength(52);
    const parts = areas.flatMap((a) => a.formedFromIds).sort();
    expect(parts).toEqual(merged.map((a) => a.id).sort());
  });
  it("takes the spelling shown from the alias file", () => {
    expect(areas.find((a) => a.code === "17")?.name.vi).toBe("Hòa Bình");
    expect(areas.find((a) => a.id === "hue")).toMatchObject({ name: { vi: "Huế" }, formerNames: ["Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế"] });
  });
});

describe("resolveAreaName(name, date)", () => {
  it("picks the old or the new Lào Cai by the date", () => {
    expect(resolveAreaName("Lào Cai", "2021-01-01", areas, aliases)).toMatchObject({ ok: true, area: { id: "lao-cai-truoc-2025", code: "10" } });
    expect(resolveAreaName("Lào Cai", "2026-01-01", areas, aliases)).toMatchObject({ ok: true, area: { id: "lao-cai", code: "15" } });
  });
  it("reads NFD names and former names", () => {
    expect(resolveAreaName("Thừa Thiên Huế".normalize("NFD"), "2016-01-01", areas, aliases)).toMatchObject({ ok: true, area: { id: "hue" } });
    expect(resolveAreaName("Hoà Bình", "2021-01-01", areas, aliases)).toMatchObject({ ok: true, area: { id: "hoa-binh" } });
  });
  it("refuses a province on a date it did not exist", () => {
    expect(resolveAreaName("Yên Bái", "2026-01-01", areas, aliases)).toMatchObject({ ok: false });
  });
  it("refuses an unknown name", () => {
    expect(resolveAreaName("Thua Thien Hue", "2016-01-01", areas, aliases).ok).toBe(false);
  });
});

describe("province names", () => {
  it("shortens official names", () => {
    expect(shortProvinceName("Tỉnh Lào Cai")).toBe("Lào Cai");
    expect(shortProvinceName("Thành phố Huế")).toBe("Huế");
    expect(shortProvinceName("Thành phố Hồ Chí Minh")).toBe("TP. Hồ Chí Minh");
    expect(englishProvinceName("TP. Hồ Chí Minh")).toBe("Ho Chi Minh City");
    expect(englishProvinceName("Đắk Lắk")).toBe("Dak Lak");
  });
});
