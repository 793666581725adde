import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { NARROW, WIDE } from "../../src/charts/figure.ts";
import { rankingChart, rankingFigure } from "../../src/charts/ranking.ts";
import { changeFigure } from "../../src/charts/change.ts";
import { renderChart } from "../../src/charts/render.ts";
import { runsOf, trendFigure } from "../../src/charts/trend.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { readDataFolder } from "../support/data-files.ts";

const result = buildDataset(readDataFolder());
if (!result.ok) throw new Error("data does not build");
const ix = indexDataset(result.dataset);

function svgDocument(svg: string) {
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}

describe("rankingChart (spec)", () => {
  const spec = rankingChart(
    [
      { label: "A", value: 40, title: "A", highlight: false },
      { label: "B", value: 20, title: "B", highlight: true },
    ],
    { targets: [{ value: 35, label: "Target ≥ 35%" }], national: { value: 30, label: "Viet Nam 30%" }, tickFormat: String, xLabel: "%", percent: true },
  );
  it("orders areas as given (highest first) and starts percentages at 0", () => {
    expect(spec.y?.domain).toEqual(["A", "B"]);
    expect(spec.x?.domain).toEqual([0, 50]);
  });
  it("draws the target and the national figure as rules, and one dot per area", () => {
    const svg = renderChart(spec, { title: "t", description: "d" });
    expect(svg.warnings).toEqual([]);
    const doc = svgDocument(svg.svg);
    expect(doc.querySelectorAll("g.value-dot circle")).toHaveLength(2);
    expect(doc.querySelectorAll("g.target-rule line")).toHaveLength(1);
    expect(doc.querySelectorAll("g.national-rule line")).toHaveLength(1);
  });
});

describe("rankingFigure: women among National Assembly deputies, 16th legislature (2026)", () => {
  const figure = rankingFigure(ix, "na_women_share", "vi");
  if (!figure) throw new Error("no figure");
  const doc = svgDocument(figure.svg);

  it("ranks the 34 units of 2025, highest first", () => {
    expect(figure.values).toHaveLength(34);
    expect(figure.values[0]).toEqual({ label: "Tuyên Quang", period: "Khóa XVI (2026)", value: 60, basis: "counted" });
    expect(figure.values.at(-1)).toEqual({ label: "Đà Nẵng", period: "Khóa XVI (2026)", value: 7.14, basis: "counted" });
    // The 34 delegations' shares were counted by the project from the lists of those elected: said under the drawing.
    expect(figure.values.every((v) => v.basis === "counted")).toBe(true);
    expect(figure.targetNotes).toContain("34 số liệu trong hình do nhóm dự án đếm từ danh sách chính thức.");
    expect(doc.querySelectorAll("g.value-dot circle")).toHaveLength(34);
  });
  it("draws the 35% target of the 16th legislature as a rule at x(35)", () => {
    expect(figure.targets).toEqual([{ value: 35, label: "Chỉ tiêu ≥ 35% (2026)" }]);
    // The scale is linear: the rule sits where 35 falls between the national rule (30) and Tuyên Quang's dot (60).
    const rule = Number(doc.querySelector("g.target-rule line")?.getAttribute("x1"));
    const national = Number(doc.querySelector("g.national-rule line")?.getAttribute("x1"));
    const top = Number(doc.querySelector("g.value-dot circle")?.getAttribute("cx"));
    expect((rule - national) / (top - national)).toBeCloseTo((35 - 30) / (60 - 30), 5);
  });
  it("draws the national 30% as a dashed rule", () => {
    expect(doc.querySelectorAll("g.national-rule line")).toHaveLength(1);
    // The source column names who published the figure, as the source line does (not the file id).
    expect(figure.table.rows.at(-1)).toEqual([
      "",
      "Cả nước",
      "30,00%",
      "Hội đồng bầu cử quốc gia (Nghị quyết 232/NQ-HĐBCQG ngày 21/3/2026), do nhóm dự án đếm",
    ]);
  });
  it("has a title, a description naming the top and bottom, and no Plot warnings", () => {
    expect(figure.title).toBe("Tỷ lệ nữ đại biểu Quốc hội: các tỉnh, Khóa XVI (2026)");
    expect(figure.description).toContain("Cao nhất: Tuyên Quang 60,00%; thấp nhất: Đà Nẵng 7,14%.");
    expect(figure.warnings).toEqual([]);
    expect(doc.querySelector("svg")?.getAttribute("aria-label")).toBe(figure.title);
  });
  it("is drawn at a phone width and a wide width", () => {
    expect(svgDocument(figure.svgNarrow).querySelector("svg")?.getAttribute("width")).toBe(String(NARROW));
    expect(doc.querySelector("svg")?.getAttribute("width")).toBe(String(WIDE));
  });
});

describe("trendFigure: Lào Cai (former) beside Viet Nam", () => {
  const full = trendFigure(ix, "na_women_share", ["lao-cai-truoc-2025", "viet-nam"], "en");
  const figure = trendFigure(ix, "na_women_share", ["lao-cai-truoc-2025", "viet-nam"], "en", { clipTo: ["lao-cai-truoc-2025"] });
  if (!figure) throw new Error("no figure");
  const doc = svgDocument(figure.svg);
  it("shows each published figure as a dot, in English number format", () => {
    expect(figure.values).toEqual([
      // Each as its source file says it came to be: the delegation's shares counted from the lists, the 14th Assembly's computed.
      { label: "Lào Cai (former)", period: "14th legislature (2016–2021)", value: 33.33, basis: "counted" },
      { label: "Lào Cai (former)", period: "15th legislature (2021–2026)", value: 33.33, basis: "counted" },
      { label: "Viet Nam", period: "14th legislature (2016–2021)", value: 26.72, basis: "computed" },
      { label: "Viet Nam", period: "15th legislature (2021–2026)", value: 30.26, basis: "printed" },
    ]);
    expect(figure.legend.map((l) => l.label)).toEqual(["Lào Cai (former)", "Viet Nam"]);
    expect(figure.targetNotes).toEqual(
      expect.arrayContaining([
        "2 of the figures drawn were counted by the project from the official list.",
        "1 of the figures drawn were computed by the project from published figures.",
      ]),
    );
    expect(doc.querySelectorAll("g.value-dot circle")).toHaveLength(figure.values.length);
    expect(figure.table.head).toEqual(["Period", "Lào Cai (former)", "Viet Nam"]);
    expect(figure.table.rows.find((r) => r[0] === "15th legislature (2021–2026)")).toEqual(["15th legislature (2021–2026)", "33.33%", "30.26%"]);
  });
  it("leaves the missing legislatures as gaps: one line per run of consecutive periods", () => {
    if (!full) throw new Error("no figure");
    // Unclipped, Viet Nam has no share for legislatures IV and VI: three runs (I–III, V, VII–XVI), and Lào Cai one.
    expect(svgDocument(full.svg).querySelectorAll("g.trend-line path")).toHaveLength(4);
    expect(full.table.rows.find((r) => r[0] === "4th legislature")).toEqual(["4th legislature", "—", "—"]);
    expect(full.description).toContain("Lào Cai (former): 14th legislature (2016–2021) 33.33%; 15th legislature (2021–2026) 33.33%.");
    expect(doc.querySelectorAll("g.trend-line path")).toHaveLength(2);
  });
});

describe("runsOf(periodIndexes)", () => {
  it("starts a new run after every gap", () => {
    expect(runsOf([0, 1, 2, 4, 6, 7])).toEqual([0, 0, 0, 1, 2, 2]);
    expect(runsOf([])).toEqual([]);
  });
});

describe("charts are valid standalone SVG", () => {
  it("escapes < and > inside attribute values (a target 'below 25 %' in a description)", async () => {
    const { xmlSafeAttributes } = await import("../../src/charts/render.ts");
    expect(xmlSafeAttributes('<svg aria-description="Mục tiêu < 25% > x"><text>a</text></svg>')).toBe(
      '<svg aria-description="Mục tiêu &lt; 25% &gt; x"><text>a</text></svg>',
    );
    const figure = trendFigure(ix, "female_agri_share", ["viet-nam"], "vi");
    expect(figure?.svg).toContain("Chỉ tiêu &lt; 25%");
    expect(new DOMParserLike().parse(figure?.svg ?? "")).toBe(true);
  });
});

/** A strict XML check: resvg parses charts as XML, and so does this. */
class DOMParserLike {
  parse(svg: string): boolean {
    return !/="[^"]*</u.test(svg);
  }
}

describe("changeFigure on the real data: a bar is a difference of two figures", () => {
  const figure = changeFigure(ix, "na_women_share", "en");
  if (!figure) throw new Error("no change figure");
  it("counts a bar as made by the project when either figure it subtracts was, once per bar, never more than the bars drawn", () => {
    const made = figure.values.filter((v) => v.basis !== "printed");
    expect(made.length).toBeGreaterThan(0);
    const counted = figure.values.filter((v) => v.basis === "counted").length;
    expect(figure.targetNotes).toContain(`${counted} of the figures drawn were counted by the project from the official list.`);
    for (const note of figure.targetNotes) {
      const n = Number(/^(\d+) of the figures drawn/u.exec(note)?.[1] ?? 0);
      expect(n, note).toBeLessThanOrEqual(figure.values.length);
    }
  });
});
