import { issuerInEnglish } from "../../src/lib/input/issuers.ts";
import { describe, expect, it } from "vitest";
import { closestName, editDistance, foldDiacritics, looseKey, normaliseText, slugify, otherLang } from "../../src/lib/text.ts";

describe("normaliseText", () => {
  it("turns NFD into NFC, trims and folds inner white space", () => {
    const nfd = "Lào Cai".normalize("NFD");
    expect(nfd).not.toBe("Lào Cai");
    expect(normaliseText(`  ${nfd}\t `)).toBe("Lào Cai");
    expect(normaliseText("Thai  Nguyen")).toBe("Thai Nguyen");
  });
});

describe("foldDiacritics and slugify", () => {
  it("folds đ/Đ, which NFD does not decompose", () => {
    expect(foldDiacritics("Đắk Lắk")).toBe("Dak Lak");
  });
  it("makes ASCII slugs", () => {
    expect(slugify("Bà Rịa - Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(slugify("TP. Hồ Chí Minh")).toBe("tp-ho-chi-minh");
    expect(slugify("Thừa Thiên Huế".normalize("NFD"))).toBe("thua-thien-hue");
  });
  it("looseKey ignores case, marks and punctuation", () => {
    expect(looseKey("Thua Thien-Hue")).toBe(looseKey("Thừa Thiên Huế"));
  });
});

describe("closestName(name, candidates)", () => {
  it("suggests the nearest known name", () => {
    expect(closestName("Thua Thien Hue", ["Huế", "Thừa Thiên Huế", "Hà Nội"])).toBe("Thừa Thiên Huế");
    expect(closestName("Lao Kai", ["Lào Cai", "Lai Châu"])).toBe("Lào Cai");
  });
  it("suggests nothing when no name is close", () => {
    expect(closestName("Atlantis", ["Lào Cai", "Lai Châu"])).toBeUndefined();
  });
  it("editDistance counts edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("otherLang(text, pageLang)", () => {
  it("marks English titles on Vietnamese pages and Vietnamese ones on English pages, nothing else", () => {
    expect(otherLang("World Development Indicators", "vi")).toBe("en");
    expect(otherLang("World Development Indicators", "en")).toBeUndefined();
    expect(otherLang("Tổng cục Thống kê", "en")).toBe("vi");
    expect(otherLang("Tổng cục Thống kê", "vi")).toBeUndefined();
    // NFD input (a combining mark) is Vietnamese too.
    expect(otherLang("Bô\u0323 Nô\u0323i vu\u0323", "en")).toBe("vi");
  });
});

describe("issuers in English", () => {
  it("names each form the plans index uses, the place keeping its marks", () => {
    expect(issuerInEnglish("UBND tỉnh Cà Mau")).toBe("Cà Mau Provincial People's Committee");
    expect(issuerInEnglish("UBND thành phố Tây Ninh")).toBe("Tây Ninh City People's Committee");
    expect(issuerInEnglish("UBND huyện Hà Quảng")).toBe("Hà Quảng District People's Committee");
    expect(issuerInEnglish("Tỉnh ủy Đắk Lắk")).toBe("Đắk Lắk Provincial Party Committee");
    expect(issuerInEnglish("Ban Thường vụ Hội LHPN tỉnh Lai Châu")).toBe("Standing Committee of the Lai Châu Provincial Women's Union");
    expect(issuerInEnglish("Sở Nội vụ tỉnh Bình Định")).toBeNull();
  });
});
