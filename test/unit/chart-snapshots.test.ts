/**
 * One snapshot per chart kind and per compare view, drawn from the small
 * fixture dataset (test/fixtures/charts/dataset.ts), each beside assertions
 * on what the drawing must show. A snapshot alone could be accepted blindly;
 * the assertions say what is right.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { changeFigure } from "../../src/charts/change.ts";
import { renderCompareViews } from "../../src/charts/compare-svg.ts";
import { buildCompareData } from "../../src/charts/compare-data.ts";
import type { Figure } from "../../src/charts/figure.ts";
import { positionFigure, valueSide, wrapText } from "../../src/charts/position.ts";
import { rankingFigure } from "../../src/charts/ranking.ts";
import { slopeFigure } from "../../src/charts/slope.ts";
import { statusMapFigure } from "../../src/charts/status-map.ts";
import { COLORS, REACHES, STATUS_COLORS } from "../../src/charts/theme.ts";
import { trendFigure } from "../../src/charts/trend.ts";
import { valueMapFigure } from "../../src/charts/value-map.ts";
import { compareRows, type CompareState } from "../../src/lib/site/compare.ts";
import { assessmentsOfTarget, indexDataset } from "../../src/lib/queries.ts";
import { chartFixture } from "../fixtures/charts/dataset.ts";
import { checkSnapshot, normaliseSvg } from "../support/snapshot.ts";

const ix = indexDataset(chartFixture());
const svg = (markup: string) => parseHTML(`<html><body>${markup}</body></html>`).document;

function expectSnapshot(name: string, markup: string): void {
  expect(checkSnapshot(name, normaliseSvg(markup))).toBeNull();
}
function mustHave(figure: Figure | null): Figure {
  if (!figure) throw new Error("no figure");
  expect(figure.warnings).toEqual([]);
  return figure;
}

describe("ranking", () => {
  const figure = mustHave(rankingFigure(ix, "na_women_share", "vi", { periodId: "NA-XV" }));
  const doc = svg(figure.svg);
  it("puts every province of the period in order, highest first, with the target and the national rules", () => {
    expect(figure.values.map((v) => [v.label, v.value])).toEqual([
      ["An", 50],
      ["Bình", 28.57],
      ["Cát", 25],
    ]);
    expect(doc.querySelectorAll("g.value-dot circle")).toHaveLength(3);
    expect(doc.querySelectorAll("g.target-rule line")).toHaveLength(1);
    expect(doc.querySelectorAll("g.national-rule line")).toHaveLength(1);
    expect(figure.size).toEqual({ width: 720, height: 70 + 3 * 18 });
  });
  it("matches its drawing", () => expectSnapshot("kind-ranking.svg", figure.svgNarrow));
});

describe("trend", () => {
  const figure = mustHave(trendFigure(ix, "na_women_share", ["an", "viet-nam"], "en", { clipTo: ["an"] }));
  it("draws each series in its own colour, the page's area highlighted and the country grey", () => {
    expect(figure.legend).toEqual([
      { label: "An", color: COLORS.highlight },
      { label: "Viet Nam", color: COLORS.national },
    ]);
    expect(svg(figure.svg).querySelectorAll("g.value-dot circle")).toHaveLength(4);
    // The plan starts in 2021: its target rule starts there, not over the 2016 point before the plan existed.
    const rule = svg(figure.svgNarrow).querySelector("g.target-rule line");
    const dots = [...svg(figure.svgNarrow).querySelectorAll("g.value-dot circle")].map((c) => Number(c.getAttribute("cx")));
    expect(Number(rule?.getAttribute("x1"))).toBe(Math.max(...dots));
    expect(Number(rule?.getAttribute("x1"))).toBeGreaterThan(Math.min(...dots));
    expect(figure.alt).toBe(
      "Women among National Assembly deputies in An was 50.00% in 2021, up from 33.33% in 2016; target ≥ 35%; Women among National Assembly deputies in Viet Nam was 30.26% in 2021, up from 26.81% in 2016.",
    );
  });
  it("matches its drawing", () => expectSnapshot("kind-trend.svg", figure.svgNarrow));
});

describe("slope", () => {
  const figure = mustHave(slopeFigure(ix, "na_women_share", "vi"));
  it("joins the last two periods on the 2025 map, old provinces summed from their counts", () => {
    // An + Bình in the 15th legislature: (3 + 2) / (6 + 7) = 38.46%, beside An Bình's own 6 of 13 in the 16th (from its counts, unrounded).
    expect(figure.values.filter((v) => v.label === "An Bình").map((v) => v.value)).toEqual([(5 / 13) * 100, (6 / 13) * 100]);
    expect(svg(figure.svg).querySelectorAll("g.slope-line path")).toHaveLength(2);
    // Each named line carries its name and value at both ends (direct labels, no legend needed).
    const labels = [...svg(figure.svg).querySelectorAll("g.slope-label text")].map((t) => t.textContent);
    expect(labels).toHaveLength(4);
    expect(labels.some((l) => l?.includes("An Bình") && l.includes("46,15%"))).toBe(true);
    // A label rounds its figure as the table (and every other page) does: 46,15%, never 46,2%.
    const cells = new Set(figure.table.rows.flat());
    for (const l of labels) for (const value of l?.match(/[\d,]+%/gu) ?? []) expect(cells, l ?? "").toContain(value);
  });
  it("matches its drawing", () => expectSnapshot("kind-slope.svg", figure.svgNarrow));
});

describe("change", () => {
  const figure = mustHave(changeFigure(ix, "na_women_share", "en"));
  it("ranks areas by their change, computed from unrounded figures", () => {
    expect(figure.table.rows).toEqual(
      [
        ["An Bình", "+7.69"],
        ["Cát", "+17.86"],
      ].sort((a, b) => Number(b[1]) - Number(a[1])),
    );
    // Each bar carries its value at its end: the chart labels itself.
    expect([...svg(figure.svgNarrow).querySelectorAll("g.change-value text")].map((t) => t.textContent)).toEqual(["+17.86", "+7.69"]);
  });
  it("matches its drawing", () => expectSnapshot("kind-change.svg", figure.svgNarrow));
});

describe("position", () => {
  const assessments = ix.dataset.assessments.filter((a) => a.areaId === "cat");
  const figure = mustHave(positionFigure(ix, "cat", assessments, "vi"));
  it("places the judged figure against each target; a national target's figure is the area's contribution, in the neutral colour and said so", () => {
    expect(assessments.map((a) => a.status)).toEqual(["contribution"]);
    expect(svg(figure.svg).querySelector("g.value-dot circle")?.getAttribute("fill")).toBe(COLORS.national);
    expect(figure.values).toEqual([
      // The row names the period of the figure drawn, so two rows with one figure say which term each is.
      {
        label: "≥ 35% (2026) · Tỷ lệ nữ đại biểu Quốc hội, Khóa XVI (2026) — Phần của tỉnh vào chỉ tiêu quốc gia",
        period: "NA-XVI",
        value: 42.86,
        basis: "printed",
      },
    ]);
    // The figure is written beside its dot, as printed.
    expect(svg(figure.svgNarrow).querySelector("g.position-value text")?.textContent).toBe("42,86%");
  });
  it("wraps a long row label rather than cutting it, and keeps a figure near an end on the axis", () => {
    const long = "≥ 35% (2026) · Tỷ lệ nữ trong tổng số người ứng cử đại biểu Hội đồng nhân dân cấp tỉnh";
    expect(
      wrapText(long, 40)
        .split("\n")
        .every((line) => line.length <= 40),
    ).toBe(true);
    expect(wrapText(long, 40).replace(/\n/gu, " ")).toBe(long);
    expect(valueSide({ value: 10, target: 35 })).toBe("right");
    expect(valueSide({ value: 30, target: 35 })).toBe("left");
    expect(valueSide({ value: 90, target: 35 })).toBe("left");
  });
  it("matches its drawing", () => expectSnapshot("kind-position.svg", figure.svgNarrow));
});

describe("value map", () => {
  const figure = mustHave(valueMapFigure(ix, "na_women_share", "NA-XVI", "vi"));
  it("has one tile per 2025 unit, each a link named with its value", () => {
    const doc = svg(figure.svg);
    expect(doc.querySelectorAll("rect")).toHaveLength(2);
    expect([...doc.querySelectorAll("a title")].map((t) => t.textContent)).toEqual(["An Bình: 46,15% (Khóa XVI (2026))", "Cát: 42,86% (Khóa XVI (2026))"]);
    expect(figure.size).toEqual({ width: 126, height: 126 });
  });
  it("matches its drawing", () => expectSnapshot("kind-value-map.svg", figure.svg));
});

describe("status map", () => {
  const target = ix.target.get("nq-1");
  if (!target) throw new Error("no target");
  const assessments = assessmentsOfTarget(ix, "nq-1");
  const figure = mustHave(statusMapFigure(ix, target, assessments, "en"));
  it("a national target: each province's figure as its contribution, shaded by the national level, never a verdict's colour", () => {
    expect(figure.title).toContain("national target");
    expect(figure.table.rows).toEqual([
      ["An Bình", "46.15% (XVI legislature (2026))", "At the national level of ≥ 35%"],
      ["Cát", "42.86% (XVI legislature (2026))", "At the national level of ≥ 35%"],
    ]);
    const fills = [...svg(figure.svg).querySelectorAll("rect")].map((r) => r.getAttribute("fill"));
    expect(fills).toContain(REACHES.fill);
    expect(fills.some((f) => Object.values(STATUS_COLORS).includes(f ?? ""))).toBe(false);
    expect(svg(figure.svg).querySelector("text tspan")?.textContent).toBeTruthy();
    // One rounding wherever a figure shows: the tile writes the indicator's decimals, as the table and every page do.
    const tileTexts = [...svg(figure.svg).querySelectorAll("text")].map((t) => t.textContent ?? "");
    expect(tileTexts).toContain("46.15%");
    expect(tileTexts).toContain("42.86%");
  });
  it("matches its drawing", () => expectSnapshot("kind-status-map.svg", figure.svg));
  it("where provinces are judged, each tile carries its status's icon and colour", () => {
    const judged = assessments.map((a) => ({ ...a, status: "achieved" as const }));
    const decided = mustHave(statusMapFigure(ix, target, judged, "en"));
    expect(decided.table.rows.map((r) => r[1])).toEqual(["Achieved", "Achieved"]);
    expect(svg(decided.svg).querySelector("rect")?.getAttribute("fill")).toBe(STATUS_COLORS.achieved);
    expect(svg(decided.svg).querySelectorAll("svg svg path").length).toBeGreaterThan(0);
    expect(decided.legend[0]).toMatchObject({ status: "achieved", label: "Achieved" });
  });
});

describe("compare views", () => {
  const data = buildCompareData(ix, "vi");
  const state: CompareState = { indicator: "na_women_share", areas: ["an", "cat"], periods: ["NA-XIV", "NA-XV"], boundary: "published" };
  const views = renderCompareViews(data, state, compareRows(data, state), { area: "Địa bàn", note: "Ghi chú" });
  it("draws the chosen areas, and lists every area in the table", () => {
    expect(svg(views.dot).querySelectorAll("g.value-dot")).toHaveLength(2);
    expect(svg(views.slope).querySelectorAll("line.slope")).toHaveLength(2);
    expect(svg(views.table).querySelectorAll("tbody tr")).toHaveLength(3);
  });
  it("draws no target on the 2021 figures: the 2026 target belongs to the 2026 legislature", () => {
    expect(svg(views.dot).querySelectorAll("g.target-rule")).toHaveLength(0);
    expect(views.targetNote).not.toBe("");
  });
  for (const view of ["dot", "slope", "regions", "table"] as const) {
    it(`matches the ${view} view`, () => expectSnapshot(`compare-${view}.svg`, views[view]));
  }
  const later: CompareState = { ...state, periods: ["NA-XV", "NA-XVI"] };
  const withTarget = renderCompareViews(data, later, compareRows(data, later), { area: "Địa bàn", note: "Ghi chú" });
  it("draws the 2026 target on the 2026 figures, in the slope's key below the lines", () => {
    expect(svg(withTarget.dot).querySelectorAll("g.target-rule")).toHaveLength(1);
    expect(svg(withTarget.slope).querySelector("g.target-rule text")?.textContent).toBe("Chỉ tiêu ≥ 35% (2026)");
  });
  it("matches the slope view with its target", () => expectSnapshot("compare-slope-target.svg", withTarget.slope));
});
