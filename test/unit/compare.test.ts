import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { compareDotPlot, renderCompareViews, spreadLabels } from "../../src/charts/compare-svg.ts";
import { valueMapFigure } from "../../src/charts/value-map.ts";
import { judgedInPeriod, lastTwoPeriods } from "../../src/lib/site/figure-data.ts";
import { escapeXml, splitLabel, tileMapSvg } from "../../src/charts/tilemap.ts";
import { compareChoices, compareQuery, compareRows, parseCompareState, type CompareState } from "../../src/lib/site/compare.ts";
import { buildCompareData } from "../../src/charts/compare-data.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { readDataFolder } from "../support/data-files.ts";

const built = buildDataset(readDataFolder());
if (!built.ok) throw new Error("data does not build");
const ix = indexDataset(built.dataset);
const data = buildCompareData(ix, "en");
const fallback: CompareState = { indicator: "na_women_share", areas: ["lao-cai-truoc-2025"], periods: ["NA-XIV", "NA-XV"], boundary: "published" };
const doc = (svg: string) => parseHTML(`<html><body>${svg}</body></html>`).document;

describe("compare state in the URL", () => {
  it("round-trips: the query of a state reads back as the same state", () => {
    const state: CompareState = {
      indicator: "na_women_share",
      areas: ["lao-cai-truoc-2025", "yen-bai", "lai-chau"],
      periods: ["NA-XIV", "NA-XV"],
      boundary: "2025",
    };
    const query = compareQuery(state);
    // Areas are written sorted: the same selection gives the same link whatever the order of clicks.
    expect(query).toBe("?i=na_women_share&a=lai-chau,lao-cai-truoc-2025,yen-bai&p=NA-XIV,NA-XV&b=2025");
    expect(parseCompareState(query, data, fallback)).toEqual({ ...state, areas: ["lai-chau", "lao-cai-truoc-2025", "yen-bai"] });
    expect(compareQuery({ ...state, areas: ["yen-bai", "lai-chau", "lao-cai-truoc-2025"] })).toBe(query);
  });
  it("drops what the data do not know and falls back for the rest", () => {
    expect(parseCompareState("?i=nonsense&a=atlantis,yen-bai&p=XX", data, fallback)).toEqual({ ...fallback, areas: ["yen-bai"] });
  });
  it("takes a new indicator's latest two periods when none are given", () => {
    const state = parseCompareState("?i=pc_women_share", data, fallback);
    expect(state.periods).toEqual(["2016-2021", "2021-2026"]);
  });
});

describe("which period a target is judged in", () => {
  it("a term target on the body elected for the term, a deadline year on its own year only", () => {
    const term = { deadline: 2026, term: { start: 2026, end: 2031 } };
    expect(judgedInPeriod(term, { start: 2021, end: 2026 })).toBe(false);
    expect(judgedInPeriod(term, { start: 2026, end: null })).toBe(true);
    expect(judgedInPeriod({ deadline: 2021, term: { start: 2016, end: 2021 } }, { start: 2016, end: 2021 })).toBe(true);
    expect(judgedInPeriod({ deadline: 2025, term: null }, { start: 2021, end: 2026 })).toBe(false);
    expect(judgedInPeriod({ deadline: 2025, term: null }, { start: 2025, end: 2025 })).toBe(true);
  });
  it("agrees with every final verdict in the data: the period a verdict was settled on is the period its target is drawn on", () => {
    let checked = 0;
    for (const a of built.ok ? built.dataset.assessments : []) {
      const target = ix.target.get(a.targetId);
      for (const part of a.parts) {
        // A contribution is drawn too: its figure is of the period the target is judged in.
        if (!target || !part.judged || (!part.final && part.status !== "contribution")) continue;
        const period = ix.period.get(part.judged.periodId);
        if (!period) continue;
        expect(judgedInPeriod(target, period), `${a.targetId} ${a.areaId} ${part.judged.periodId}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("compare rows", () => {
  const state: CompareState = {
    indicator: "na_women_share",
    areas: ["lao-cai-truoc-2025", "yen-bai", "lai-chau"],
    periods: ["NA-XIV", "NA-XV"],
    boundary: "published",
  };
  it("as published: Lào Cai, Yên Bái and Lai Châu in 2016 and 2021", () => {
    const rows = compareRows(data, state).filter((r) => r.selected);
    // From their counts (2/6, 1/6, 3/6), unrounded: a change is computed from these and rounded only for display.
    expect(rows.map((r) => [r.name, r.values.map((v) => (v === null ? null : Number(v.toFixed(6))))])).toEqual([
      ["Lào Cai (former)", [33.333333, 33.333333]],
      ["Lai Châu", [16.666667, 16.666667]],
      ["Yên Bái", [33.333333, 50]],
    ]);
  });
  it("on the 2025 units: the merged Lào Cai with its counts summed (4 of 12, then 5 of 12)", () => {
    const rows = compareRows(data, { ...state, boundary: "2025" }).filter((r) => r.selected);
    expect(rows.map((r) => r.areaId)).toEqual(["lai-chau", "lao-cai"]);
    const laoCai = rows.find((r) => r.areaId === "lao-cai");
    expect(laoCai?.values[0]).toBeCloseTo((4 / 12) * 100, 10);
    expect(laoCai?.values[1]).toBeCloseTo((5 / 12) * 100, 10);
    expect(laoCai?.notes).toEqual([
      "Lào Cai (former) + Yên Bái: 4/12 (summed by the project from the old provinces' counts)",
      "Lào Cai (former) + Yên Bái: 5/12 (summed by the project from the old provinces' counts)",
    ]);
  });
  it("names under each drawing the sources of the two periods' figures, each linked to the sources page, and changes them with the indicator", () => {
    const views = renderCompareViews(data, state, compareRows(data, state), { area: "Area", note: "Note" });
    const indicator = data.indicators.find((i) => i.id === state.indicator);
    const ids = [...new Set(state.periods.flatMap((p) => indicator?.sources[p] ?? []))];
    expect(ids.length).toBeGreaterThan(0);
    expect(views.source.startsWith("Source")).toBe(true);
    for (const id of ids) expect(views.source).toContain(`href="/en/sources/#${id}"`);
    const other = data.indicators.find((i) => i.id !== state.indicator && Object.keys(i.sources).length > 0);
    if (!other) throw new Error("one indicator only");
    const otherViews = renderCompareViews(
      data,
      { ...state, indicator: other.id, periods: other.defaultPeriods },
      compareRows(data, { ...state, indicator: other.id, periods: other.defaultPeriods }),
      {
        area: "Area",
        note: "Note",
      },
    );
    for (const id of other.defaultPeriods.flatMap((p) => other.sources[p] ?? [])) expect(otherViews.source).toContain(`#${id}"`);
  });
  it("draws the dot plot with one dot per chosen area, and no target where the period has none", () => {
    const views = renderCompareViews(data, state, compareRows(data, state), { area: "Area", note: "Note" });
    const d = doc(views.dot);
    expect(d.querySelectorAll("g.value-dot")).toHaveLength(3);
    // The 2021 figures are not judged against the 2026 target: XV has no target of its own; the note says where the targets are.
    expect(d.querySelectorAll("g.target-rule")).toHaveLength(0);
    expect(views.targetNote).toContain("judged in");
    expect(views.targetNote).toContain(data.indicators.find((i) => i.id === "na_women_share")?.periods.find((p) => p.id === "NA-XVI")?.label);
    expect(doc(views.slope).querySelectorAll("line.slope")).toHaveLength(3);
    expect(doc(views.table).querySelectorAll("tr.selected")).toHaveLength(3);
  });
  it("draws the 2026 target on the 2026 figures, its label in a key below the slope, not over a line", () => {
    const later: CompareState = { ...state, periods: ["NA-XV", "NA-XVI"] };
    const views = renderCompareViews(data, later, compareRows(data, later), { area: "Area", note: "Note" });
    expect([...doc(views.dot).querySelectorAll("g.target-rule text")].map((t) => t.textContent)).toEqual(["Target ≥ 35% (2026)"]);
    expect(views.targetNote).toBe("");
    const slope = doc(views.slope);
    const key = slope.querySelector("g.target-rule text");
    const lines = [...slope.querySelectorAll("line.slope")].map((l) => Math.max(Number(l.getAttribute("y1")), Number(l.getAttribute("y2"))));
    expect(Number(key?.getAttribute("y"))).toBeGreaterThan(Math.max(...lines));
  });
  it("says why each chosen area is not drawn as itself: folded into its 2025 unit, or without a figure", () => {
    // Lào Cai (old) and Yên Bái merged into Lào Cai in 2025; Lai Châu is unchanged.
    const merged: CompareState = { ...state, boundary: "2025" };
    const choices = compareChoices(data, merged, compareRows(data, merged));
    expect(choices.map((c) => c.areaId)).toEqual(merged.areas);
    expect(choices.find((c) => c.areaId === "yen-bai")?.reason).toBe("drawn within Lào Cai (after the 2025 reorganisation)");
    expect(choices.find((c) => c.areaId === "lai-chau")?.reason).toBeNull();
    // An area with no figure in either period is listed, never dropped.
    const none: CompareState = { ...state, indicator: "party_committee_women_share", periods: ["2015-2020", "2020-2025"], areas: ["lai-chau", "yen-bai"] };
    const rows = compareRows(data, none);
    const listed = compareChoices(data, none, rows);
    expect(listed).toHaveLength(2);
    for (const c of listed) {
      const drawn = rows.some((r) => r.areaId === c.areaId && r.values[1] !== null);
      expect(drawn || c.reason !== null, c.areaId).toBe(true);
    }
  });
  it("offers the related unit that has a figure: the former Lào Cai for 2016, the 2025 Lào Cai for 2026, as a link to that view", () => {
    const as2016: CompareState = { ...state, areas: ["lao-cai", "lai-chau"] };
    const before = compareChoices(data, as2016, compareRows(data, as2016)).find((c) => c.areaId === "lao-cai");
    expect(before?.reason).toContain("no figure");
    expect(before?.instead).toEqual({
      areaId: "lao-cai-truoc-2025",
      name: "Lào Cai (former)",
      query: "?i=na_women_share&a=lai-chau,lao-cai-truoc-2025&p=NA-XIV,NA-XV&b=published",
    });
    const as2026: CompareState = { ...state, areas: ["lao-cai-truoc-2025"], periods: ["NA-XV", "NA-XVI"] };
    const after = compareChoices(data, as2026, compareRows(data, as2026));
    expect(after[0]?.instead?.areaId).toBe("lao-cai");
    const html = renderCompareViews(data, as2026, compareRows(data, as2026), { area: "Area", note: "Note" }).choices;
    expect(doc(html).querySelector("a[data-instead]")?.textContent).toBe("Show Lào Cai instead");
    expect(doc(html).querySelector("a[data-instead]")?.getAttribute("href")).toBe("?i=na_women_share&a=lao-cai&p=NA-XV,NA-XVI&b=published");
    // Nothing to offer where no related unit has a figure, nor on 2025 boundaries (which draw the merged unit already).
    expect(compareChoices(data, { ...as2016, boundary: "2025" }, compareRows(data, { ...as2016, boundary: "2025" })).every((c) => c.instead === null)).toBe(
      true,
    );
  });
  it("names the chosen areas under their region's strip, the others are dots with a tooltip only", () => {
    const later: CompareState = { ...state, periods: ["NA-XV", "NA-XVI"], areas: ["lao-cai", "lai-chau", "gia-lai"], boundary: "2025" };
    const regions = doc(renderCompareViews(data, later, compareRows(data, later), { area: "Area", note: "Note" }).regions);
    expect([...regions.querySelectorAll("text.dot-name")].map((t) => t.textContent).sort()).toEqual(["Gia Lai", "Lai Châu", "Lào Cai"]);
    // Two chosen areas in one strip are set apart (Lào Cai and Lai Châu are both in the northern midlands and mountains).
    const xs = [...regions.querySelectorAll("text.dot-name")].map((t) => [t.textContent, Number(t.getAttribute("x")), Number(t.getAttribute("y"))] as const);
    const [laoCai, laiChau] = [xs.find((x) => x[0] === "Lào Cai"), xs.find((x) => x[0] === "Lai Châu")];
    expect(laoCai?.[2]).toBe(laiChau?.[2]);
    expect(Math.abs((laoCai?.[1] ?? 0) - (laiChau?.[1] ?? 0))).toBeGreaterThanOrEqual(8 * 7.5);
  });
  it("leaves a missing period missing: no line is drawn across it", () => {
    const rows = [
      { areaId: "x", name: "X", regionName: "R", values: [null, 40] as [number | null, number | null], notes: ["", ""] as [string, string], selected: true },
    ];
    const indicator = data.indicators.find((i) => i.id === "na_women_share");
    if (!indicator) throw new Error("no indicator");
    const views = renderCompareViews(data, state, rows, { area: "Area", note: "Note" });
    expect(doc(views.slope).querySelectorAll("line.slope")).toHaveLength(0);
    expect(compareDotPlot({ rows, indicator, data, periodLabel: "XV", targets: [] })).toContain("X: 40.00%");
  });
  it("escapes every text it writes into SVG", () => {
    expect(escapeXml(`<script>"x" & 'y'</script>`)).toBe("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
  });
});

describe("labels and periods", () => {
  it("spreadLabels keeps labels apart and in order", () => {
    expect(spreadLabels([100, 100, 100], 13, 0, 300)).toEqual([100, 113, 126]);
    expect(spreadLabels([295, 300], 13, 0, 300)).toEqual([287, 300]);
  });
  it("splitLabel breaks a long name at the space nearest the middle", () => {
    expect(splitLabel("Tuyên Quang")).toEqual(["Tuyên", "Quang"]);
    expect(splitLabel("Huế")).toEqual(["Huế"]);
  });
  it("lastTwoPeriods compares 2021 and 2026 on the 2025 units, 2016 and 2021 as published", () => {
    expect(lastTwoPeriods(ix, "na_women_share")).toEqual({ periods: ["NA-XV", "NA-XVI"], boundary: "2025" });
    expect(lastTwoPeriods(ix, "pc_women_share")).toEqual({ periods: ["2016-2021", "2021-2026"], boundary: "published" });
  });
});

describe("tile-grid maps", () => {
  it("draw every one of the 34 units as a keyboard-reachable link, coloured by value with a legend", () => {
    const figure = valueMapFigure(ix, "na_women_share", "NA-XVI", "vi");
    if (!figure) throw new Error("no map");
    const d = doc(figure.svg);
    const links = d.querySelectorAll("a[href]");
    expect(links).toHaveLength(34);
    expect(d.querySelector('a[data-area="lao-cai"] title')?.textContent).toBe("Lào Cai: 50,00% (Khóa XVI (2026))");
    expect(d.querySelector('a[data-area="lao-cai"]')?.getAttribute("href")).toBe("/provinces/lao-cai/");
    expect(figure.legend).toHaveLength(6);
    expect(figure.table.rows).toHaveLength(34);
  });
  it("show a unit with no figure as missing", () => {
    const figure = valueMapFigure(ix, "pc_women_share", "2021-2026", "en");
    if (!figure) throw new Error("no map");
    const d = doc(figure.svg);
    expect(d.querySelectorAll("a[href]")).toHaveLength(63);
    expect(d.querySelector('a[data-area="yen-bai"] title')?.textContent).toBe("Yên Bái: no published figure (2021–2026)");
  });
  it("place each tile in its own cell", () => {
    for (const set of ["p63", "p34"] as const) {
      const tiles = built.dataset.tilemaps[set];
      expect(new Set(tiles.map((t) => `${t.row},${t.col}`)).size).toBe(tiles.length);
    }
    const { svg } = tileMapSvg(built.dataset.tilemaps.p34, new Map(), {
      title: "t",
      description: "d",
      href: (id) => `/p/${id}/`,
      missing: (t) => ({ color: "#eee", ink: "#000", text: "–", label: t.label }),
    });
    expect(doc(svg).querySelectorAll("rect")).toHaveLength(34);
  });
});
