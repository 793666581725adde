import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { href, t } from "../../src/i18n/index.ts";
import { vi } from "../../src/i18n/vi.ts";
import { fillSlots, formatDate, formatNumber, formatTarget, formatValue } from "../../src/lib/site/format.ts";

describe("UI strings", () => {
  it("have the same keys in both languages, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) expect(text.trim(), key).not.toBe("");
  });
  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
      expect(names(en[key]), key).toEqual(names(vi[key]));
    }
  });
  it("fill placeholders and build language URLs", () => {
    expect(t("vi", "targetCount", { n: 9 })).toBe("9 chỉ tiêu");
    expect(t("en", "targetCount", { n: 9 })).toBe("9 targets");
    expect(href("vi", "/plans/x/")).toBe("/plans/x/");
    expect(href("en", "/plans/x/")).toBe("/en/plans/x/");
  });
});

describe("number formats", () => {
  it("write Vietnamese numbers with a decimal comma and a spaced percent sign", () => {
    expect(formatValue(30.26, "vi", "percent", 2)).toBe("30,26%");
    expect(formatValue(30.26, "en", "percent", 2)).toBe("30.26%");
    expect(formatNumber(1234567, "vi", 0)).toBe("1.234.567");
    expect(formatNumber(1234567, "en", 0)).toBe("1,234,567");
  });
  it("write targets with their comparator and as many decimals as the plan wrote", () => {
    expect(formatTarget(">=", 35, null, "%", "vi")).toBe("≥ 35%");
    expect(formatTarget("<=", 1.7, null, "lần", "vi")).toBe("≤ 1,7 lần");
    expect(formatTarget("between", 105, 106, "", "en")).toBe("105–106");
    expect(formatTarget("none", null, null, "", "en")).toBe("");
  });
  it("write dates the way each language does", () => {
    expect(formatDate("2017-03-24", "vi")).toBe("24/3/2017");
    expect(formatDate("2017-03-24", "en")).toBe("24 March 2017");
    expect(formatDate("2022", "en")).toBe("2022");
  });
});

describe("fillSlots, the one filler of {slots}", () => {
  it("fills what it is given, numbers too; leaves a slot with no value as written, or puts what `absent` says", () => {
    expect(fillSlots("{n} of {total}: {plan}", { n: 12, total: 58, plan: "579/KH-UBND" })).toBe("12 of 58: 579/KH-UBND");
    expect(fillSlots("as of {asOf}", {})).toBe("as of {asOf}");
    expect(fillSlots("a commitment id{suggestion}", {}, "")).toBe("a commitment id");
    // A value that holds braces is not filled again.
    expect(fillSlots("{a}", { a: "{b}", b: "x" })).toBe("{b}");
  });
});
