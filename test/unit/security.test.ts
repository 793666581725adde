import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderCompareViews } from "../../src/charts/compare-svg.ts";
import { rankingFigure } from "../../src/charts/ranking.ts";
import { trendFigure } from "../../src/charts/trend.ts";
import { siteFigures } from "../../src/charts/registry.ts";
import { compareRows, type CompareState } from "../../src/lib/site/compare.ts";
import { buildCompareData } from "../../src/charts/compare-data.ts";
import type { Dataset } from "../../src/lib/model.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { readDataFolder } from "../support/data-files.ts";

const HOSTILE = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)"];
const built = buildDataset(readDataFolder());
if (!built.ok) throw new Error("data does not build");

/** The real dataset with hostile text in every text field the charts draw. */
function hostile(): Dataset {
  const d = structuredClone(built.ok ? built.dataset : ({} as Dataset));
  d.areas = d.areas.map((a) => ({ ...a, name: { vi: `${a.name.vi} ${HOSTILE[0]}`, en: `${a.name.en} ${HOSTILE[1]}` } }));
  d.indicators = d.indicators.map((i) => ({
    ...i,
    name: { vi: `${i.name.vi} ${HOSTILE[1]}`, en: `${i.name.en} ${HOSTILE[0]}` },
    unitLabel: { vi: HOSTILE[2] ?? "", en: HOSTILE[2] ?? "" },
  }));
  d.sources = d.sources.map((x) => ({ ...x, title: `${x.title} ${HOSTILE[0]}`, publisher: `${x.publisher} ${HOSTILE[1]}` }));
  d.plans = d.plans.map((x) => ({ ...x, title: { vi: `${x.title.vi} ${HOSTILE[1]}`, en: `${x.title.en} ${HOSTILE[0]}` } }));
  d.targets = d.targets.map((x) => ({
    ...x,
    textVi: `${x.textVi} ${HOSTILE[0]}`,
    textEn: `${x.textEn} ${HOSTILE[1]}`,
    unit: { vi: `${x.unit.vi}${HOSTILE[1]}`, en: `${x.unit.en}${HOSTILE[0]}` },
  }));
  return d;
}

/** Hostile markup is inert when the parsed document has no script, no element with an event handler and no javascript: link. */
function inert(markup: string): void {
  const { document } = parseHTML(`<html><body>${markup}</body></html>`);
  expect(document.querySelectorAll("script")).toHaveLength(0);
  expect(document.querySelectorAll("img")).toHaveLength(0);
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith("on"), `${el.tagName} ${attr.name}`).toBe(false);
      if (attr.name === "href") expect(attr.value.startsWith("javascript:")).toBe(false);
    }
  }
}

describe("text from the data is always escaped", () => {
  const ix = indexDataset(hostile());
  it("in build-time charts", () => {
    for (const lang of ["vi", "en"] as const) {
      const ranking = rankingFigure(ix, "na_women_share", lang);
      const trend = trendFigure(ix, "na_women_share", ["lao-cai", "viet-nam"], lang);
      for (const svg of [ranking?.svg ?? "", trend?.svg ?? ""]) {
        expect(svg).not.toBe("");
        inert(svg);
      }
    }
  });
  it("in every chart the site draws (each chart's wide and phone drawings), in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const placed = siteFigures(ix, lang);
      expect(placed.length).toBeGreaterThan(100);
      // The hostile names are drawn (as text), so the check below has something to catch.
      expect(placed.some(({ figure }) => figure.svg.includes("&lt;script&gt;") || figure.svg.includes("&lt;img src=x onerror"))).toBe(true);
      for (const { figure } of placed) {
        inert(figure.svg);
        if (figure.svgNarrow) inert(figure.svgNarrow);
      }
    }
  });
  it("in the compare view's charts and table (drawn in the browser too)", () => {
    const data = buildCompareData(ix, "vi");
    const state: CompareState = { indicator: "na_women_share", areas: ["lao-cai-truoc-2025"], periods: ["NA-XIV", "NA-XV"], boundary: "2025" };
    const views = renderCompareViews(data, state, compareRows(data, state), { area: HOSTILE[0] ?? "", note: HOSTILE[1] ?? "" });
    for (const markup of Object.values(views)) inert(markup);
    // The list of choices not drawn and the note on where targets are carry names and sentences from the data.
    const hostile = {
      ...data,
      areas: data.areas.map((a) => (a.id === "lao-cai-truoc-2025" ? { ...a, name: HOSTILE[0] ?? "" } : a)),
      text: {
        ...data.text,
        choicesTitle: HOSTILE[1] ?? "",
        foldedInto: `${HOSTILE[0] ?? ""} {unit}`,
        targetsElsewhere: `${HOSTILE[1] ?? ""} {periods}`,
        sourceLine: HOSTILE[1] ?? "",
      },
      // A publisher's name comes from the data too.
      sources: Object.fromEntries(Object.entries(data.sources).map(([id, s]) => [id, { ...s, publisher: HOSTILE[0] ?? "" }])),
    };
    const listed = renderCompareViews(hostile, state, compareRows(hostile, state), { area: "", note: "" });
    expect(listed.choices).not.toBe("");
    expect(listed.targetNote).not.toBe("");
    inert(listed.choices);
    inert(listed.targetNote);
    expect(listed.source).not.toBe("");
    inert(listed.source);
  });
});

describe("raw HTML enters pages only where the tests above check it", () => {
  // Each place that bypasses Astro's escaping, with what it inserts. A new one must be added here, with a test.
  // The compare view is drawn at build time and again in the browser: the same markup enters in both places.
  const COMPARE_VIEWS = ["views.dot", "views.slope", "views.regions", "views.table", "views.choices", "views.targetNote", "views.summary", "views.source"];
  const ALLOWED: Record<string, string[]> = {
    "src/components/ChartDrawing.astro": ["figure.svg", "figure.svgNarrow"],
    "src/pages/[...lang]/compare/index.astro": COMPARE_VIEWS,
    "src/scripts/compare-client.ts": COMPARE_VIEWS,
    // The palette as CSS custom properties: constant text from src/charts/theme.ts, no data; scripts are
    // constants from src/site-csp.ts (a page's `scripts` prop takes only those InlineScript values).
    "src/layouts/Base.astro": ["EMBED_ORIGIN_SCRIPT.code", "FONT_SCRIPT.code", "script.code", "themeCss()"],
    "src/layouts/Embed.astro": ["EMBED_PAGE_SCRIPT.code", "FONT_SCRIPT.code", "themeCss()"],
  };
  it("every set:html and innerHTML in src/ is one of the checked ones", () => {
    const root = join(import.meta.dirname, "../..");
    const found: Record<string, string[]> = {};
    for (const entry of readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })) {
      if (!/\.(astro|ts)$/u.test(entry) || entry.startsWith("generated")) continue;
      const path = `src/${entry}`;
      const text = readFileSync(join(root, path), "utf8");
      for (const m of text.matchAll(/set:html=\{([^}]+)\}|\.(?:innerHTML|outerHTML)\s*=\s*([^;\n]+)/gu)) {
        (found[path] ??= []).push((m[1] ?? m[2] ?? "").trim());
      }
    }
    for (const [path, list] of Object.entries(found)) found[path] = [...new Set(list)].sort();
    expect(found).toEqual(Object.fromEntries(Object.entries(ALLOWED).map(([k, v]) => [k, [...v].sort()])));
  });
});
