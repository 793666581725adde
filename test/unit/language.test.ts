import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { foreignText, looksEnglish, looksVietnamese, textLanguage } from "../../src/lib/language.ts";

const page = (lang: string, body: string) => parseHTML(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`).document;

describe("which words of a page are in the other language", () => {
  it("reads a sentence's language from its common words, not from its quotations or names", () => {
    expect(textLanguage("Official list: 'nữ có 107 người (43,1%)' for 125 seats")).toBe("en");
    expect(textLanguage("Tỷ lệ nữ đại biểu Quốc hội của tỉnh")).toBe("vi");
    expect(looksEnglish("An Giang, An Giang và Kiên Giang")).toBe(false);
    expect(looksEnglish("Every published figure, with its source.")).toBe(true);
    expect(looksVietnamese("Lào Cai and Yên Bái")).toBe(false);
    expect(looksVietnamese("Chưa có số liệu công bố cho địa bàn này")).toBe(true);
  });
  it("finds English on a Vietnamese page, unless the element says it is English", () => {
    expect(foreignText(page("vi", "<p>Nguồn: General Statistics Office, as printed by the publishers</p>"), "vi")).toHaveLength(1);
    expect(foreignText(page("vi", '<p>Nguồn: <span lang="en">General Statistics Office, as printed by the publishers</span></p>'), "vi")).toEqual([]);
    expect(foreignText(page("vi", "<p>Phạm vi: province; of employed women who are wage workers</p>"), "vi")).toHaveLength(1);
  });
  it("reads tooltips and names read aloud too, in their element's language; skips what is neither seen nor heard", () => {
    const tooltip = '<p><a href="/x" title="Danh sách những người trúng cử đại biểu Quốc hội khóa XVI">quochoi.vn</a></p>';
    expect(foreignText(page("en", tooltip), "en")).toHaveLength(1);
    expect(foreignText(page("en", tooltip.replace("<a ", '<a lang="vi" ')), "en")).toEqual([]);
    expect(foreignText(page("vi", '<svg aria-label="Women among the deputies of the National Assembly, by province"></svg>'), "vi")).toHaveLength(1);
    expect(foreignText(page("vi", '<p class="visually-hidden" aria-hidden="true">women among deputy heads of the provincial departments</p>'), "vi")).toEqual(
      [],
    );
    // Hidden from screen readers only (an icon's text) is still seen: still read.
    expect(foreignText(page("vi", '<p aria-hidden="true">women among deputy heads of the provincial departments</p>'), "vi")).toHaveLength(1);
  });
  it("finds Vietnamese sentences on an English page, not place names or addresses", () => {
    expect(foreignText(page("en", "<p>Women in Lào Cai and Yên Bái, https://example.org/the-and-of</p>"), "en")).toEqual([]);
    expect(foreignText(page("en", "<p>Chưa có số liệu công bố cho địa bàn này</p>"), "en")).toHaveLength(1);
  });
  it("finds a figure's unit or number format in the other language, too short to read as a sentence", () => {
    // The strategy's units on an English page (issue 26): "≤ 1.7 lần (2025)", "≤ 42 /100.000 trẻ đẻ sống".
    expect(foreignText(page("en", "<p>≤ 1.7 lần (2025)</p>"), "en")).toHaveLength(1);
    expect(foreignText(page("en", "<li>≤ 42 /100.000 trẻ đẻ sống</li>"), "en")).toHaveLength(1);
    expect(foreignText(page("en", "<li>≤ 1.7 times (2025); ≤ 42 per 100,000 live births; Lai Châu: 28.57%</li>"), "en")).toEqual([]);
    expect(foreignText(page("vi", "<li>≥ 1 review a year</li>"), "vi")).toHaveLength(1);
    expect(foreignText(page("vi", "<li>≥ 1 lần/năm; ≤ 42 /100.000 trẻ đẻ sống; Lai Châu: 28,57%</li>"), "vi")).toEqual([]);
    // Quoted, or marked with its language, it is a quotation.
    expect(foreignText(page("en", '<p>Printed as <span lang="vi">“≤ 1 lần/năm”</span></p>'), "en")).toEqual([]);
  });
});
