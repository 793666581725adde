import { describe, expect, it } from "vitest";
import { parsePeriod, periodReferenceDate, romanToNumber } from "../../src/lib/input/periods.ts";

const legislatures = [
  { numeral: "IV", start: null },
  { numeral: "XIII", start: 2011 },
  { numeral: "XIV", start: 2016 },
  { numeral: "XV", start: 2021 },
  { numeral: "XVI", start: 2026 },
];

describe("parsePeriod", () => {
  it("reads a year", () => {
    const r = parsePeriod("2019", legislatures);
    expect(r.ok && r.period).toMatchObject({ id: "2019", kind: "year", start: 2019, end: 2019 });
  });
  it("reads a span such as a council term", () => {
    const r = parsePeriod("2016-2021", legislatures);
    expect(r.ok && r.period).toMatchObject({ id: "2016-2021", kind: "span", start: 2016, end: 2021, short: "2016–21" });
  });
  it("reads the ways sources write a legislature to one id", () => {
    for (const raw of ["XIV (2016)", "Khóa XIV (2016-2021)", "Khóa XIV", "XIV"]) {
      const r = parsePeriod(raw, legislatures);
      expect(r.ok && r.period).toMatchObject({ id: "NA-XIV", kind: "legislature", start: 2016, end: 2021, order: 14 });
    }
    const r = parsePeriod("XIV (2016)", legislatures);
    expect(r.ok && r.period.label).toEqual({ vi: "Khóa XIV (2016–2021)", en: "14th legislature (2016–2021)" });
  });
  it("keeps a legislature whose years no source gives without years", () => {
    const r = parsePeriod("Khóa IV", legislatures);
    expect(r.ok && r.period).toMatchObject({ id: "NA-IV", start: null, label: { vi: "Khóa IV", en: "4th legislature" } });
  });
  it("refuses a legislature written with the wrong year", () => {
    expect(parsePeriod("XIV (2011)", legislatures)).toEqual({ ok: false, expected: "legislature XIV with its start year 2016" });
  });
  it("refuses an unknown legislature and a backwards span", () => {
    expect(parsePeriod("XX (2046)", legislatures).ok).toBe(false);
    expect(parsePeriod("2021-2016", legislatures).ok).toBe(false);
    expect(parsePeriod("Q3 2021", legislatures).ok).toBe(false);
  });
  it("romanToNumber", () => {
    expect([romanToNumber("I"), romanToNumber("IV"), romanToNumber("XIV"), romanToNumber("XVI")]).toEqual([1, 4, 14, 16]);
  });
  it("dates a period by 1 January of its first year", () => {
    const r = parsePeriod("XVI (2026)", legislatures);
    expect(r.ok && periodReferenceDate(r.period)).toBe("2026-01-01");
  });
});
