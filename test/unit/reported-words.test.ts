import { describe, expect, it } from "vitest";
import { reportedFigureWords } from "../../src/i18n/status.ts";

describe("a reported figure in the page's language", () => {
  it("writes the number in the page's format, the percent sign attached", () => {
    expect(reportedFigureWords({ printed: "23.42 %", qualifier: "" }, "vi")).toEqual({ text: "23,42%", asPrinted: "" });
    expect(reportedFigureWords({ printed: "23.42 %", qualifier: "" }, "en")).toEqual({ text: "23.42%", asPrinted: "" });
  });
  it("says a qualifier once, as a word before the number, and keeps it", () => {
    expect(reportedFigureWords({ printed: "26 % (trên)", qualifier: "over" }, "vi")).toEqual({ text: "trên 26%", asPrinted: "" });
    expect(reportedFigureWords({ printed: "43 % (gần)", qualifier: "nearly" }, "en")).toEqual({ text: "nearly 43%", asPrinted: "" });
    // A parenthesis that is not the mapping's qualifier is never dropped.
    expect(reportedFigureWords({ printed: "26 % (trên)", qualifier: "" }, "vi")).toEqual({ text: "26%", asPrinted: "trên" });
  });
  it("translates the unit on English pages and keeps the report's aside in Vietnamese, to be marked lang=vi", () => {
    expect(reportedFigureWords({ printed: "17 tỉnh (trên 63)", qualifier: "" }, "vi")).toEqual({ text: "17 tỉnh", asPrinted: "trên 63" });
    expect(reportedFigureWords({ printed: "17 tỉnh (trên 63)", qualifier: "" }, "en")).toEqual({ text: "17 provinces", asPrinted: "trên 63" });
    expect(reportedFigureWords({ printed: "35 % (chỉ tiêu 35%)", qualifier: "" }, "en")).toEqual({ text: "35%", asPrinted: "chỉ tiêu 35%" });
  });
  it("writes a yes, a range and a bound as the report did", () => {
    // The transcriber's "(yes/no)" key never reaches the reader: the event was held, in the page's language.
    expect(reportedFigureWords({ printed: "yes held (yes/no)", qualifier: "" }, "vi")).toEqual({ text: "đã tổ chức", asPrinted: "" });
    expect(reportedFigureWords({ printed: "yes held (yes/no)", qualifier: "" }, "en")).toEqual({ text: "held", asPrinted: "" });
    expect(reportedFigureWords({ printed: "109-112 bé trai/100 bé gái", qualifier: "" }, "en").text).toBe("109–112 boys per 100 girls");
    expect(reportedFigureWords({ printed: ">112 bé trai/100 bé gái", qualifier: "" }, "vi").text).toBe(">112 bé trai/100 bé gái");
  });
});
