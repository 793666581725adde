import { describe, expect, it } from "vitest";
import { parseNumberCell, roundTo } from "../../src/lib/input/numbers.ts";

describe("parseNumberCell", () => {
  it("reads dot and comma decimals and a percent sign", () => {
    expect(parseNumberCell("30.26")).toEqual({ kind: "number", value: 30.26 });
    expect(parseNumberCell("30,26")).toEqual({ kind: "number", value: 30.26 });
    expect(parseNumberCell("30,26%")).toEqual({ kind: "number", value: 30.26 });
    expect(parseNumberCell("-4.5")).toEqual({ kind: "number", value: -4.5 });
  });
  it("treats the agencies' missing markers as missing, never as zero", () => {
    for (const cell of ["", "..", "-", "…", " – "]) expect(parseNumberCell(cell)).toEqual({ kind: "missing" });
  });
  it("reads Vietnamese yearbook numbers when told the cell uses a decimal comma", () => {
    expect(parseNumberCell("606.840", { decimalComma: true })).toEqual({ kind: "number", value: 606840 });
    expect(parseNumberCell("49,23", { decimalComma: true })).toEqual({ kind: "number", value: 49.23 });
    expect(parseNumberCell("1.234.567,5", { decimalComma: true })).toEqual({ kind: "number", value: 1234567.5 });
  });
  it("refuses a cell that could be read two ways", () => {
    expect(parseNumberCell("1,234").kind).toBe("invalid");
  });
  it("refuses text", () => {
    expect(parseNumberCell("about 30").kind).toBe("invalid");
    expect(parseNumberCell("12,5,3").kind).toBe("invalid");
  });
  it("roundTo rounds half away from zero without binary artefacts", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
});
