/**
 * End to end: the built site (dist/, made by `npm run build`) served on
 * 127.0.0.1 and visited in Debian's Chromium. Numbers on the pages are
 * checked against src/generated/dataset.json, written by the same build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatTarget, formatValue } from "../../src/lib/site/format.ts";
import type { Dataset } from "../../src/lib/model.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { parseCsv } from "../../src/lib/csv.ts";
import { missingReports } from "../../src/lib/site/missing.ts";
import { REDIRECTS, headersFile } from "../../src/lib/publish/deploy.ts";
import { STATUSES, isDecided } from "../../src/lib/verdicts.ts";
import { looksEnglish, looksVietnamese } from "../../src/lib/language.ts";
import { commitmentPath } from "../../src/lib/site/paths.ts";
import { NARROW, WIDE } from "../../src/charts/figure.ts";
import { servedSite } from "../support/served-site.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
if (!existsSync(join(dist, "index.html"))) throw new Error("dist/ is missing: run `npm run build` before the end-to-end tests (npm test does).");
const dataset = JSON.parse(readFileSync(join(root, "src/generated/dataset.json"), "utf8")) as Dataset;
const ix = indexDataset(dataset);

/** A built page's markup, parsed without a browser: for what the page says, not how it behaves. */
const parsed = new Map<string, Document>();
function built(path: string): Document {
  const cached = parsed.get(path);
  if (cached) return cached;
  const file = join(dist, path, "index.html");
  if (!existsSync(file)) throw new Error(`${path} was not built`);
  const { document } = parseHTML(readFileSync(file, "utf8"));
  parsed.set(path, document as unknown as Document);
  return document as unknown as Document;
}

const EMBEDDED = "trend-na_women_share-lao-cai-lao-cai-truoc-2025-yen-bai-viet-nam";
/** A press office's page: an iframe with the embed code's fallback height and the host script. */
const HOST_PAGE = `<!doctype html><html><head><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"></head><body style="margin:0;font-family:serif">
<p>A news story about women in politics.</p>
<iframe id="chart" src="/embed/${EMBEDDED}/" title="chart" width="100%" height="200" style="border:0;width:100%"></iframe>
<script src="/embed.js" async></script><p>The story goes on.</p></body></html>`;

const site = servedSite(dist, { "/__host/": HOST_PAGE });

interface Visit {
  page: Page;
  errors: string[];
  outside: string[];
}

/** Opens a page, recording console errors, page errors and any request that leaves 127.0.0.1. */
async function visit(path: string, options: { width?: number; javaScript?: boolean; bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  // A Content-Security-Policy violation is an error too, even where Chromium would not log it.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    if (new URL(r.url()).hostname !== "127.0.0.1") outside.push(r.url());
  });
  const response = await page.goto(site.server.origin + path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  return { page, errors, outside };
}

/** Dots of the charts as drawn on screen (only the drawing that fits the width is displayed). */
async function visibleChartDots(page: Page): Promise<number> {
  return page
    .locator("figure.chart .svg svg g.value-dot circle")
    .evaluateAll((dots) => dots.filter((d) => (d as SVGElement).getBoundingClientRect().width > 0).length);
}

/** Clicks a matrix's first target column and reads it back in ascending order (the click may come before the page's code: it is played again). */
async function expectSortsByFirstTarget(page: Page, set: string): Promise<void> {
  await page.locator(`table[data-matrix="${set}"] button[data-sort="1"]`).click();
  await page.locator(`table[data-matrix="${set}"] button[data-sort="1"][aria-sort="ascending"]`).waitFor();
  const values = await page.locator(`table[data-matrix="${set}"] tbody tr td:nth-of-type(1)`).evaluateAll((tds) =>
    tds
      .map((td) => td.getAttribute("data-sort-value") ?? "")
      .filter((v) => v !== "")
      .map(Number),
  );
  expect(values.length).toBeGreaterThan(20);
  expect(values).toEqual([...values].sort((a, b) => a - b));
}

const PAGES: { kind: string; path: string; charts: boolean }[] = [
  // The home page's map is folded under its finding: no chart is drawn open.
  { kind: "home", path: "/", charts: false },
  { kind: "province list", path: "/provinces/", charts: false },
  { kind: "province (before 2025)", path: "/provinces/lao-cai-truoc-2025/", charts: true },
  { kind: "province (2025 unit)", path: "/provinces/lao-cai/", charts: true },
  { kind: "indicator list", path: "/indicators/", charts: false },
  { kind: "indicator", path: "/indicators/na_women_share/", charts: true },
  { kind: "plan list", path: "/plans/", charts: false },
  { kind: "plan", path: "/plans/lao-cai-84-kh-ubnd-2017/", charts: false },
  { kind: "sources", path: "/sources/", charts: false },
  { kind: "status matrix", path: "/status/", charts: false },
  { kind: "63 provinces' matrix", path: "/status/63-provinces/", charts: false },
  { kind: "methodology", path: "/methodology/", charts: false },
  { kind: "compare", path: "/compare/", charts: false },
  { kind: "information request", path: "/requests/lao-cai-84-kh-ubnd-2017/", charts: false },
  { kind: "missing", path: "/missing/", charts: false },
  { kind: "reported figures", path: "/reported/", charts: false },
  { kind: "search", path: "/search/", charts: false },
];

describe("every page kind, in both languages", () => {
  for (const { kind, path, charts } of PAGES) {
    for (const lang of ["vi", "en"] as const) {
      const url = lang === "vi" ? path : `/en${path}`;
      it(`${kind} (${lang}) ${url}`, async () => {
        const { page, errors, outside } = await visit(url);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect(await page.locator("h1").count()).toBe(1);
        if (charts) {
          expect(await visibleChartDots(page)).toBeGreaterThan(0);
          for (const figure of await page.locator("figure.chart").all()) {
            expect(await figure.locator("figcaption h3").textContent()).not.toBe("");
            expect(await figure.locator(".source a").count()).toBeGreaterThan(0);
            expect(await figure.locator("table tbody tr").count()).toBeGreaterThan(0);
          }
        }
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe("on a phone", () => {
  // Every page kind, both languages, at the widths phones have: nothing wider than the screen, and no inner box that hides content by scrolling (embed code boxes excepted).
  for (const width of [320, 360, 390]) {
    it(`no page is wider than ${width} px, and no rows hide in a scroll box`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const { path } of [...PAGES, { path: `/embed/${EMBEDDED}/` }]) {
        for (const url of [path, `/en${path}`]) {
          await page.goto(site.server.origin + url, { waitUntil: "networkidle" });
          const found = await page.evaluate((w) => {
            const out: string[] = [];
            if (document.documentElement.scrollWidth > w) out.push(`page ${document.documentElement.scrollWidth} px wide`);
            for (const e of document.querySelectorAll<HTMLElement>("body *")) {
              if (e.tagName === "TEXTAREA") continue;
              const s = getComputedStyle(e);
              const x = /(auto|scroll)/u.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
              const y = /(auto|scroll)/u.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
              if (x || y)
                out.push(
                  `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} scrolls (${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight})`,
                );
            }
            return out;
          }, width);
          problems.push(...found.map((f) => `${url}: ${f}`));
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe("charts", () => {
  it("are drawn at phone width too, legibly (the phone drawing is shown at its own size)", async () => {
    const { page } = await visit("/indicators/na_women_share/", { width: 390 });
    const ranking = page.locator("figure#ranking-na_women_share-na-xvi .svg svg g.value-dot circle");
    expect(await ranking.evaluateAll((dots) => dots.filter((d) => (d as SVGElement).getBoundingClientRect().width > 0).length)).toBe(34);
    const width = await page
      .locator("figure.chart .svg.narrow svg")
      .first()
      .evaluate((svg) => svg.getBoundingClientRect().width);
    expect(width).toBe(NARROW);
    await page.context().close();
  });
  it("are visible with JavaScript off", async () => {
    const { page } = await visit("/provinces/lao-cai/", { javaScript: false });
    expect(await visibleChartDots(page)).toBeGreaterThan(0);
    await page.context().close();
  });
  it("show the same numbers as the data: the ranking table of the 16th legislature", async () => {
    const { page } = await visit("/en/indicators/na_women_share/");
    const rows = await page.locator("figure#ranking-na_women_share-na-xvi table tbody tr").allTextContents();
    const expected = dataset.observations.filter((o) => o.indicatorId === "na_women_share" && o.periodId === "NA-XVI" && o.headline && o.areaId !== "viet-nam");
    expect(rows).toHaveLength(expected.length + 1);
    for (const o of expected) {
      // Place names keep their Vietnamese spelling on English pages (docs/glossary.md).
      const name = ix.area.get(o.areaId)?.name.vi ?? "";
      expect(
        rows.some((r) => r.includes(name) && r.includes(formatValue(o.value, "en", "percent", 2))),
        name,
      ).toBe(true);
    }
    await page.context().close();
  });
});

describe("numbers on the pages equal the data", () => {
  it("the indicator page lists every figure of the indicator with its value", async () => {
    const { page } = await visit("/indicators/pc_women_share/");
    const cells = await page.locator("table#figures td[data-value]").evaluateAll((tds) => tds.map((td) => Number(td.getAttribute("data-value"))));
    const expected = dataset.observations.filter((o) => o.indicatorId === "pc_women_share").map((o) => o.value);
    expect(cells.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    await page.context().close();
  });
  it("each Lào Cai commitment's own page shows its value, deadline and the figures that exist for it", () => {
    const targets = dataset.targets.filter((t) => t.planId === "lao-cai-84-kh-ubnd-2017");
    for (const t of targets) {
      const card = built(commitmentPath(t)).querySelector(`article[data-target="${t.id}"]`);
      expect(card, t.id).not.toBeNull();
      const goal = formatTarget(t.comparator, t.value, t.valueMax, t.unit.vi, "vi");
      if (goal) expect(card?.querySelector("[data-goal]")?.textContent).toBe(goal);
      expect(card?.querySelector("[data-deadline]")?.textContent).toBe(String(t.deadline));
      expect(card?.querySelector("blockquote.plan-quote")?.textContent).toBe(`“${t.textVi}”`);
    }
    // Target 2 (35% of the pool for elected bodies) has no figure of the pool: figures of other groups (the National
    // Assembly candidates, 30%; the council elected in 2016) are context, and so are four figures Lào Cai's Women's
    // Union reported, each with the reason it is not the planning pool.
    const t2 = built("/plans/lao-cai-84-kh-ubnd-2017/2/").querySelector('article[data-target="lao-cai-84-kh-ubnd-2017-2"]');
    expect(t2?.querySelector(".status-line [data-status]")?.getAttribute("data-status")).toBe("not-reported");
    const context = [...(t2?.querySelectorAll("[data-context]") ?? [])].map((e) => e.textContent ?? "");
    expect(context.some((c) => c.includes("30,00%"))).toBe(true);
    // 33.93% is not printed anywhere: it is 38.18 less the stated 4.25-point rise, and says so.
    expect(context.some((c) => c.includes("33,93%") && c.includes("nhóm dự án tính"))).toBe(true);
    expect(t2?.querySelectorAll('[data-evidence="reported-context"]').length).toBe(4);
    expect(t2?.querySelector("[data-proxy-note]")?.textContent).toContain("quy hoạch");
  });
});

describe("the four seed plans", () => {
  for (const planId of ["lao-cai-84-kh-ubnd-2017", "binh-dinh-snv-kh-2022", "hue-huyen-kh-cong-tac-phu-nu", "lai-chau-579-kh-ubnd-2016"]) {
    for (const lang of ["vi", "en"] as const) {
      it(`${planId} (${lang}): every commitment listed on the plan page, and on its own page with its value, comparator, deadline and section`, () => {
        const prefix = lang === "en" ? "/en" : "";
        const plan = built(`${prefix}/plans/${planId}/`);
        const targets = dataset.targets.filter((t) => t.planId === planId);
        expect(targets.length).toBeGreaterThan(0);
        // Each commitment once in a group by what is known (as the counts have it); every passage, repeats included, in its section.
        const rows = [...plan.querySelectorAll("details[data-group] li[data-commitment-row]")].map((li) => li.getAttribute("data-commitment-row"));
        expect(rows.sort()).toEqual(
          targets
            .filter((t) => t.commitmentId === t.id)
            .map((t) => t.id)
            .sort(),
        );
        expect(rows.length).toBe(Number(plan.querySelector("[data-plan-verdict] [data-counts]")?.getAttribute("data-commitments")));
        expect(plan.querySelectorAll("details[data-section-group] li[data-commitment-row]").length).toBe(targets.length);
        for (const t of targets) {
          const link = plan.querySelector(`details[data-section-group] li[data-commitment-row="${t.id}"] a`)?.getAttribute("href");
          expect(link, t.id).toBe(`${prefix}${commitmentPath(t)}`);
          const card = built(`${prefix}${commitmentPath(t)}`).querySelector(`article[data-target="${t.id}"]`);
          const goal = formatTarget(t.comparator, t.value, t.valueMax, lang === "vi" ? t.unit.vi : t.unit.en || t.unit.vi, lang);
          if (goal) expect(card?.querySelector("[data-goal]")?.textContent).toBe(goal);
          expect(card?.querySelector("[data-deadline]")?.textContent).toBe(
            t.deadline === null ? (lang === "vi" ? "không ghi thời hạn" : "no deadline stated") : String(t.deadline),
          );
          expect(card?.querySelector(".meta")?.textContent).toContain(t.section);
          expect(card?.querySelector("blockquote.plan-quote")?.textContent).toBe(`“${t.textVi}”`);
        }
      });
    }
  }
  it("each featured plan page, every group folded, is at most ten phone screens (6,400 px at 360 px), and its first screen states the verdict", async () => {
    for (const planId of ["lao-cai-84-kh-ubnd-2017", "binh-dinh-snv-kh-2022", "hue-huyen-kh-cong-tac-phu-nu", "lai-chau-579-kh-ubnd-2016"]) {
      for (const prefix of ["", "/en"]) {
        const { page } = await visit(`${prefix}/plans/${planId}/`, { width: 360 });
        expect(await page.locator("details[data-group][open], details[data-section-group][open]").count()).toBe(0);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, `${prefix}/plans/${planId}/`).toBeLessThanOrEqual(6400);
        const verdictTop = await page.locator("[data-plan-verdict] [data-counts]").evaluate((e) => e.getBoundingClientRect().top);
        expect(verdictTop, planId).toBeLessThan(800);
        await page.context().close();
      }
    }
  });
  it("a link to a commitment inside a folded group opens the group, with and without the browser's own help", async () => {
    const { page } = await visit("/plans/lai-chau-579-kh-ubnd-2016/", { width: 360 });
    const group = page.locator("details[data-group]").first();
    const id = await group.getAttribute("id");
    await page.locator(`a[data-open-group="${id}"]`).click();
    expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.context().close();
  });
  it("every commitment has its own page, listed in the sitemap, with an embed and a social card", () => {
    const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf8");
    for (const t of dataset.targets) {
      const path = commitmentPath(t);
      expect(sitemap, path).toContain(`<loc>${path}</loc>`);
      expect(existsSync(join(dist, path, "index.html")), path).toBe(true);
      expect(existsSync(join(dist, "en", path, "index.html")), path).toBe(true);
      expect(existsSync(join(dist, "og/commitments", `${t.id}.png`)), t.id).toBe(true);
    }
    const page = built("/plans/lai-chau-579-kh-ubnd-2016/vi-4-quota/");
    expect(page.querySelector("textarea[data-embed]")?.textContent).toContain("/embed/commitments/lai-chau-579-kh-ubnd-2016/vi-4-quota/");
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute("content")).toContain("/og/commitments/lai-chau-579-kh-ubnd-2016-vi-4-quota.png");
  });
});

describe("verdicts", () => {
  const stored = (targetId: string, areaId: string) => dataset.assessments.find((a) => a.targetId === targetId && a.areaId === areaId);

  it("every commitment's page and its row on the plan page have the badge of the JSON, labelled by what it rests on, and one part per body it names", () => {
    for (const planId of ["lao-cai-84-kh-ubnd-2017", "lai-chau-579-kh-ubnd-2016", "nq-28-nq-cp-2021", "ubtvqh-co-cau-qh-xvi", "qd-2351-qd-ttg-2010"]) {
      const plan = ix.plan.get(planId);
      const planPage = built(`/plans/${planId}/`);
      for (const t of dataset.targets.filter((x) => x.planId === planId)) {
        const expected = stored(t.id, plan?.areaId ?? "");
        const row = planPage.querySelector(`details[data-section-group] li[data-commitment-row="${t.id}"] [data-status]`);
        expect(row?.getAttribute("data-status"), t.id).toBe(expected?.status);
        const card = built(commitmentPath(t)).querySelector(`article[data-target="${t.id}"]`);
        const badge = card?.querySelector(".status-line [data-status]");
        expect(badge?.getAttribute("data-status"), t.id).toBe(expected?.status);
        expect(badge?.getAttribute("data-verdict-evidence"), t.id).toBe(expected?.evidence);
        if (expected?.evidence === "proxy" && isDecided(expected)) expect(badge?.textContent, t.id).toContain("đo gián tiếp");
        if (expected?.evidence === "reported" && isDecided(expected)) expect(badge?.textContent, t.id).toContain("theo báo cáo");
        // One part per body, and where the wording leaves the body open, one more per other reading, each judged on its own figure.
        const readings = expected?.bodyReadings ?? [];
        expect(card?.querySelectorAll("[data-part]").length, t.id).toBe((expected?.parts.length ?? 0) + readings.length);
        expect(card?.querySelectorAll("[data-body-reading] [data-part]").length, t.id).toBe(readings.length);
        if (readings.length > 0) expect(card?.querySelector("[data-body-unconfirmed]"), t.id).not.toBeNull();
        // A calculation for each part held against the target (a part that is a contribution to a national target has none).
        const calculable = [...(expected?.parts ?? []), ...readings].filter((p) => p.status !== "contribution").length;
        expect(card?.querySelectorAll("details[data-calc]").length, t.id).toBe(t.value === null ? 0 : calculable);
      }
    }
  });
  it("a plan page opens with its verdict: how many commitments a figure decides, of how many, and who reports to whom by when", () => {
    const page = built("/plans/lao-cai-84-kh-ubnd-2017/");
    const counts = page.querySelector("[data-plan-verdict] [data-counts]");
    expect(counts?.getAttribute("data-decided")).toBe("0");
    expect(counts?.querySelector(".decided-line")?.textContent).toContain(`0 trên ${counts?.getAttribute("data-commitments")}`);
    expect(page.querySelector("[data-plan-verdict] [data-reporting-clause]")?.textContent).toContain("trước ngày 30/11 hằng năm");
    expect(page.querySelector("section#decided [data-none-decided]")).not.toBeNull();
  });
  it("a missed deadline with its figure reads 'not achieved', with the figure and the target; what is missing names who holds it", () => {
    const card = built("/en/plans/qd-2351-qd-ttg-2010/10/").querySelector('article[data-target="qd-2351-qd-ttg-2010-10"]');
    expect(card?.querySelector(".status-line")?.textContent).toContain("Not achieved by the deadline");
    expect(card?.querySelector('[data-part="na_women_share"]')?.textContent).toContain("26.72%");
    const database = built("/en/plans/lao-cai-84-kh-ubnd-2017/iii-2/").querySelector('article[data-target="lao-cai-84-kh-ubnd-2017-iii-2"]');
    expect(database?.querySelector("[data-missing]")?.textContent).toContain("Department of Home Affairs");
  });
  it("the calculation card opens to show every input, and the pace in plain words", async () => {
    const { page } = await visit("/en/plans/nq-28-nq-cp-2021/14/", { width: 390 });
    const card = page.locator('article[data-target="nq-28-nq-cp-2021-14"]');
    expect(await card.locator("[data-pace]").textContent()).toBe(
      "To reach it by 2030: down 0.4 boys per 100 girls a year; since 2019: up 0.07 boys per 100 girls a year.",
    );
    await card.locator("details[data-calc] summary").click();
    expect(await card.locator("[data-calc-baseline]").isVisible()).toBe(true);
    expect(await card.locator("[data-calc-baseline]").textContent()).toBe("2019: 111.5");
    expect(await card.locator("[data-calc-judged]").textContent()).toBe("2023: 111.8");
    expect(await card.locator("[data-calc-ratio]").textContent()).toBe("-0.331");
    await page.context().close();
  });
  it("the methodology page explains every status with an example, each the site's own verdict or marked hypothetical", async () => {
    for (const path of ["/methodology/", "/en/methodology/"]) {
      const { page } = await visit(path, { width: 390 });
      const examples = page.locator("section[data-example]");
      // One worked example for each status the code knows.
      expect(await examples.count()).toBe(STATUSES.length);
      for (const section of await examples.all()) {
        const status = await section.getAttribute("data-example");
        expect(await section.locator("h3 [data-status]").getAttribute("data-status")).toBe(status);
        const stored = await section.locator(".status-line, p > [data-status]").count();
        const hypothetical = await section.locator("[data-hypothetical]").count();
        expect(stored + hypothetical, status ?? "").toBeGreaterThan(0);
      }
      await page.context().close();
    }
  });
  it("a province page opens on its verdicts; Lào Cai (2025)'s 50% in the 16th legislature is its contribution to a national target, not a verdict", () => {
    const page = built("/provinces/lao-cai/");
    // A 2025 unit without a plan of its own leads with its predecessors' plans, then its verdicts.
    expect([...page.querySelectorAll("main h2")].slice(0, 2).map((h) => h.textContent)).toEqual(["Kế hoạch của các tỉnh trước sắp xếp", "Tổng hợp đánh giá"]);
    const other = page.querySelector('[data-group="other-national"]');
    expect(other?.querySelector("h3 .badge")?.textContent).toBe("tham khảo");
    const contribution = other?.querySelector('[data-contributions] li[data-assessment="ubtvqh-co-cau-qh-xvi-1"]');
    expect(contribution?.textContent).toContain("50,00%");
    expect(contribution?.querySelector("[data-status]")).toBeNull();
    expect(stored("ubtvqh-co-cau-qh-xvi-1", "lao-cai")?.status).toBe("contribution");
  });
  it("the home page opens with findings: the 2026 Assembly against 35% for the nation, each unit's share as its contribution, and the four featured plans", () => {
    const page = built("/");
    const national = stored("ubtvqh-co-cau-qh-xvi-1", "viet-nam");
    expect(page.querySelector("main h2")?.getAttribute("id")).toBe("findings");
    expect(page.querySelector('[data-finding="na-2026"] [data-status]')?.getAttribute("data-status")).toBe(national?.status);
    const units = dataset.assessments.filter((a) => a.targetId === "ubtvqh-co-cau-qh-xvi-1" && a.areaId !== "viet-nam");
    expect(units.every((a) => a.status === "contribution")).toBe(true);
    expect(page.querySelector('[data-finding="na-2026-units"]')?.getAttribute("data-units")).toBe(String(units.length));
    expect(page.querySelectorAll('[data-chart^="status-map-"]').length).toBeGreaterThan(0);
    expect(page.querySelectorAll("[data-plan-verdict]").length).toBe(4);
  });
  it("the 63 provinces before the merger have a page of their own, linked from /status/: every province, the targets due before 12 June 2025, sortable at once", async () => {
    for (const prefix of ["", "/en"]) {
      const status = built(`${prefix}/status/`);
      expect(status.querySelector('table[data-matrix="p63"]')).toBeNull();
      expect(status.querySelector('[data-matrix-link="p63"] a')?.getAttribute("href")).toBe(`${prefix}/status/63-provinces/`);
      const page = built(`${prefix}/status/63-provinces/`);
      expect(page.querySelectorAll('table[data-matrix="p63"] tbody tr')).toHaveLength(63);
      const columns = [...page.querySelectorAll('table[data-matrix="p63"] thead th[data-target]')].map((th) => th.getAttribute("data-target") ?? "");
      expect(columns.length).toBeGreaterThan(0);
      for (const id of columns) {
        const target = dataset.targets.find((tg) => tg.id === id);
        expect(`${target?.term?.start ?? target?.deadline ?? 0}-01-01` <= "2025-06-11", id).toBe(true);
      }
      // The link on /status/ counts what the page holds.
      expect(status.querySelector('[data-matrix-link="p63"]')?.textContent).toContain(
        prefix ? `63 × ${columns.length}` : `63 tỉnh, thành phố × ${columns.length} chỉ tiêu`,
      );
    }
    // Sorting works from the first click, before the page's code has arrived: the click is played again once it has.
    const { page: live, errors } = await visit("/en/status/63-provinces/", { width: 1280 });
    await expectSortsByFirstTarget(live, "p63");
    expect(errors).toEqual([]);
    await live.context().close();
  });
  it("the contributions matrix shows each unit's figures, one labelled value per body, and sorts by a column's value", async () => {
    const page = built("/status/");
    const rows = [...page.querySelectorAll('table[data-matrix="p34"] tbody tr')];
    expect(rows).toHaveLength(34);
    for (const row of rows) {
      const areaId = row.getAttribute("data-area") ?? "";
      const td = row.querySelector("td");
      const a = stored("ubtvqh-co-cau-qh-xvi-1", areaId);
      // Only the judged term's figure fills a cell: another term's never does.
      expect(td?.getAttribute("data-status"), areaId).toBe(a && a.parts.some((p) => p.judged) ? a.status : "none");
    }
    const { page: live } = await visit("/status/", { width: 1280 });
    await live.locator('details[data-matrix-fold="p34"] > summary').click();
    await expectSortsByFirstTarget(live, "p34");
    await live.context().close();
  });
});

describe("one count everywhere: what pages count equals the published assessments.csv", () => {
  // One row per part in the download; a commitment counts once in each area, by the kind of its status.
  const csv = parseCsv(readFileSync(join(dist, "data/assessments.csv"), "utf8").replace(/^\uFEFF/u, ""), "assessments.csv").table.rows.map((r) => r.cells);
  const recount = (keep: (row: Record<string, string>) => boolean) => {
    const kinds = new Map<string, string>();
    for (const row of csv)
      if (keep(row) && !kinds.has(`${row["commitment"]}|${row["area_id"]}`)) kinds.set(`${row["commitment"]}|${row["area_id"]}`, row["status_kind"] ?? "");
    const n = (kind: string) => String([...kinds.values()].filter((k) => k === kind).length);
    return { commitments: String(kinds.size), decided: n("decided"), missing: n("missing"), contribution: n("contribution") };
  };
  const shown = (el: Element | null | undefined) => ({
    commitments: el?.getAttribute("data-commitments"),
    decided: el?.getAttribute("data-decided"),
    missing: el?.getAttribute("data-missing"),
    contribution: el?.getAttribute("data-contribution") ?? "0",
  });
  const targetsOf = (planIds: readonly string[]) => new Set(dataset.targets.filter((t) => planIds.includes(t.planId)).map((t) => t.id));

  it("the download says which verdicts a figure decides, and a missing report is never one of them", () => {
    for (const row of csv) {
      expect(row["decided_by_figure"] === "yes", `${row["target"]} ${row["area_id"]}`).toBe(row["status_kind"] === "decided");
      if (["not-reported", "awaiting-report", "no-figure"].includes(row["status"] ?? "")) expect(row["status_kind"]).toBe("missing");
    }
  });
  // A rule that binds each province (every part binds "province") is counted over every province it binds.
  const eachProvince = (planId: string) => {
    const parts = csv.filter((r) => dataset.targets.some((t) => t.planId === planId && t.id === r["target"]));
    return parts.length > 0 && parts.every((r) => r["part_binds"] === "province");
  };
  it("every plan page, in both languages", () => {
    for (const plan of dataset.plans.filter((p) => dataset.targets.some((t) => t.planId === p.id))) {
      const targets = targetsOf([plan.id]);
      const rule = eachProvince(plan.id);
      const expected = recount((r) => targets.has(r["target"] ?? "") && (rule || r["area_id"] === plan.areaId));
      for (const prefix of ["", "/en"]) {
        const page = built(`${prefix}/plans/${plan.id}/`);
        expect(shown(page.querySelector("[data-plan-verdict] [data-counts]")), `${prefix} ${plan.id}`).toEqual(expected);
        if (rule) {
          // Each requirement lists every province it binds, decided ones with their verdict.
          for (const tg of dataset.targets.filter((t) => t.planId === plan.id)) {
            const one = recount((r) => r["target"] === tg.id);
            const box = page.querySelector(`[data-rule-verdicts="${tg.id}"]`);
            expect([box?.getAttribute("data-provinces"), box?.getAttribute("data-decided")], tg.id).toEqual([one.commitments, one.decided]);
            expect(box?.querySelectorAll("[data-rule-decided] li").length, tg.id).toBe(Number(one.decided));
          }
        } else expect(page.querySelector("section#decided")?.getAttribute("data-decided-list"), plan.id).toBe(expected.decided);
      }
    }
  });
  it("every province page: the rules that bind its own bodies, its own verdicts, apart from contributions", () => {
    const ruleTargets = new Set(dataset.targets.filter((t) => t.parts.every((p) => p.binds === "province")).map((t) => t.id));
    let decided = 0;
    for (const area of dataset.areas.filter((a) => a.level === "province")) {
      const expected = recount((r) => ruleTargets.has(r["target"] ?? "") && r["area_id"] === area.id);
      const card = built(`/provinces/${area.id}/`).querySelector('[data-group="rules"] [data-counts]');
      if (expected.commitments === "0") expect(card, area.id).toBeNull();
      else expect(shown(card), area.id).toEqual(expected);
      expect(expected.contribution, area.id).toBe("0");
      decided += Number(expected.decided);
    }
    expect(decided).toBeGreaterThan(30);
  });
  it("the home and status pages count the provinces' own verdicts on the rules apart, as the download does", () => {
    const ruleTargets = new Set(dataset.targets.filter((t) => t.parts.every((p) => p.binds === "province")).map((t) => t.id));
    const expected = recount((r) => ruleTargets.has(r["target"] ?? ""));
    const decidedAreas = new Set(csv.filter((r) => ruleTargets.has(r["target"] ?? "") && r["status_kind"] === "decided").map((r) => r["area_id"]));
    for (const el of [built("/").querySelector("[data-province-verdicts]"), built("/en/status/").querySelector("[data-rule-counts]")]) {
      expect(el?.getAttribute("data-decided")).toBe(expected.decided);
      expect(el?.getAttribute("data-areas")).toBe(String(decidedAreas.size));
    }
  });
  it("every province page: its own plans' commitments", () => {
    for (const area of dataset.areas.filter((a) => a.level === "province")) {
      const own = dataset.plans.filter((p) => p.areaId === area.id).map((p) => p.id);
      const targets = targetsOf(own);
      const expected = recount((r) => targets.has(r["target"] ?? "") && r["area_id"] === area.id);
      const card = built(`/provinces/${area.id}/`).querySelector('[data-group="own"] [data-counts]');
      if (expected.commitments === "0") expect(card, area.id).toBeNull();
      else expect(shown(card), area.id).toEqual(expected);
    }
  });
  it("the home page's count of every verdict, and the status page's row for each area with plans", () => {
    expect(shown(built("/").querySelector("[data-site-counts] [data-counts]"))).toEqual(recount(() => true));
    const rows = [...built("/status/").querySelectorAll("table[data-own-plans] tbody tr")];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const areaId = row.getAttribute("data-area") ?? "";
      const targets = targetsOf(dataset.plans.filter((p) => p.areaId === areaId).map((p) => p.id));
      const expected = recount((r) => targets.has(r["target"] ?? "") && r["area_id"] === areaId);
      expect([row.getAttribute("data-commitments"), row.getAttribute("data-decided"), row.getAttribute("data-missing")], areaId).toEqual([
        expected.commitments,
        expected.decided,
        expected.missing,
      ]);
    }
  });
});

describe("a figure only on the term it belongs to, labelled when the project made it", () => {
  const csv = parseCsv(readFileSync(join(dist, "data/assessments.csv"), "utf8").replace(/^\uFEFF/u, ""), "assessments.csv").table.rows.map((r) => r.cells);
  const judged = new Map(csv.map((r) => [`${r["target"]}|${r["area_id"]}|${r["part_indicator"]}`, r]));
  it("every figure in /status/ and /status/63-provinces/ is the one its verdict or contribution is judged on, with its period and, when computed or counted, its label", () => {
    for (const path of ["/status/", "/en/status/", "/status/63-provinces/", "/en/status/63-provinces/"]) {
      const prefix = path.startsWith("/en/") ? "/en" : "";
      const page = built(path);
      let cells = 0;
      for (const table of page.querySelectorAll("table[data-matrix]")) {
        const targets = [...table.querySelectorAll("thead th[data-target]")].map((th) => th.getAttribute("data-target") ?? "");
        for (const row of table.querySelectorAll("tbody tr")) {
          const areaId = row.getAttribute("data-area") ?? "";
          [...row.querySelectorAll("td")].forEach((td, i) => {
            for (const li of td.querySelectorAll("li[data-period]")) {
              const r = judged.get(`${targets[i]}|${areaId}|${li.getAttribute("data-part")}`);
              expect(li.getAttribute("data-period"), `${targets[i]} ${areaId}`).toBe(r?.["judged_period"]);
              if (r?.["judged_basis"] === "computed" || r?.["judged_basis"] === "counted")
                expect(li.textContent, `${targets[i]} ${areaId}`).toMatch(prefix ? /computed|counted/u : /tính|đếm/u);
              cells += 1;
            }
          });
        }
      }
      // The 34 delegations of 2026 on /status/; the 63 provinces' councils and committees on their own page.
      expect(cells, path).toBeGreaterThanOrEqual(path.includes("63-provinces") ? 200 : 34);
    }
  });
  it("the download labels the figures the project counted or computed: the 34 delegations of 2026, Kiên Giang's councils, never 'published'", () => {
    const delegations = csv.filter((r) => r["target"] === "ubtvqh-co-cau-qh-xvi-1" && r["area_id"] !== "viet-nam");
    expect(delegations).toHaveLength(34);
    for (const r of delegations) expect(r["judged_basis"], r["area_id"]).toBe("counted");
    const kienGiang = csv.filter((r) => r["area_id"] === "kien-giang" && r["part_indicator"] === "pc_women_share" && r["judged_period"] !== "");
    expect(kienGiang.length).toBeGreaterThan(0);
    for (const r of kienGiang) expect(r["judged_basis"], r["target"]).toBe("computed");
  });
});

describe("one string per figure, one count per plan, on every page that shows them", () => {
  const LANGS = [
    ["", "vi"],
    ["/en", "en"],
  ] as const;
  // Lai Châu's share of women among the deputies elected in 2026: 2 of 7, stored as 28.57.
  const share = dataset.observations.find((o) => o.indicatorId === "na_women_share" && o.areaId === "lai-chau" && o.periodId === "NA-XVI");
  const indicator = dataset.indicators.find((i) => i.id === "na_women_share");
  const TARGET = "ubtvqh-co-cau-qh-xvi-1";
  /** Every percentage in the text that is some rounding of the figure (within half a point of it). */
  const roundings = (text: string, lang: "vi" | "en", value: number) =>
    [...text.matchAll(/\d+(?:[.,]\d+)?\s?%/gu)]
      .map((m) => m[0])
      .filter((shown) => Math.abs(Number((lang === "vi" ? shown.replace(",", ".") : shown).replace(/\s?%$/u, "")) - value) < 0.5);
  const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent ?? "");
  /** Where each page kind shows Lai Châu's 2026 share: the elements tied to Lai Châu and to the 2026 target or period. */
  const places = (prefix: string, lang: "vi" | "en"): [string, string[]][] => {
    const status = built(`${prefix}/status/`);
    const matrix = [...status.querySelectorAll("table[data-matrix]")].find((tb) => tb.querySelector(`thead th[data-target="${TARGET}"]`));
    const column = [...(matrix?.querySelectorAll("thead th[data-target]") ?? [])].findIndex((th) => th.getAttribute("data-target") === TARGET);
    const statusCell = matrix?.querySelectorAll('tbody tr[data-area="lai-chau"] td')[column]?.textContent ?? "";
    const period = lang === "vi" ? "Khóa XVI (2026)" : "16th legislature (2026)";
    const trendRow = (doc: Document) =>
      [...doc.querySelectorAll("tr")]
        .filter((tr) => tr.querySelector("th")?.textContent?.trim() === period)
        .map((tr) => tr.querySelector('td[data-label="Lai Châu"]')?.textContent ?? "")
        .concat(texts(doc, "svg title").filter((title) => title.startsWith(`Lai Châu, ${period}:`)));
    const map = `figure[data-chart="status-map-${TARGET}"]`;
    const laiChauRow = (doc: Document, scope: string) =>
      [...doc.querySelectorAll(`${scope} tr`)].filter((tr) => tr.querySelector("th")?.textContent?.trim() === "Lai Châu").map((tr) => tr.textContent ?? "");
    const home = built(`${prefix}/`);
    const embed = built(`${prefix}/embed/status-map-${TARGET}/`);
    const province = built(`${prefix}/provinces/lai-chau/`);
    const compare = built(`${prefix}/compare/`);
    return [
      [`${prefix}/`, [...texts(home, `${map} [data-area="lai-chau"]`), ...laiChauRow(home, map)]],
      [`${prefix}/status/`, [statusCell]],
      [`${prefix}/provinces/lai-chau/`, [...texts(province, `[data-assessment="${TARGET}"]`), ...trendRow(province)]],
      [`${prefix}/compare/`, [...texts(compare, '#compare [data-area="lai-chau"]')]],
      [`${prefix}/embed/status-map-${TARGET}/`, [...texts(embed, '[data-area="lai-chau"]'), ...laiChauRow(embed, "")]],
      [`${prefix}/embed/trend-na_women_share-lai-chau-viet-nam/`, trendRow(built(`${prefix}/embed/trend-na_women_share-lai-chau-viet-nam/`))],
    ];
  };
  for (const [prefix, lang] of LANGS) {
    it(`(${lang}) Lai Châu's 2026 Assembly share, 28.57 in the data, reads the same string on the home page, /status/, its province page, compare and the embeds`, () => {
      expect(share?.value).toBe(28.57);
      const expected = formatValue(share?.value ?? 0, lang, indicator?.unit ?? "percent", indicator?.decimals ?? 2);
      expect(expected).toBe(lang === "vi" ? "28,57%" : "28.57%");
      for (const [path, found] of places(prefix, lang)) {
        const shown = found.flatMap((text) => roundings(text, lang, share?.value ?? 0));
        expect(shown.length, path).toBeGreaterThan(0);
        expect(new Set(shown), path).toEqual(new Set([expected]));
      }
    });
  }

  const PLANS = [
    { planId: "lai-chau-579-kh-ubnd-2016", commitments: 57, provinces: ["lai-chau"], query: "579" },
    { planId: "lao-cai-84-kh-ubnd-2017", commitments: 41, provinces: ["lao-cai-truoc-2025", "lao-cai"], query: "84/KH-UBND" },
  ];
  /** The number in "0 trên 57 cam kết …" / "0 of 57 commitments …", as the reader sees it. */
  const ofAll = (el: Element | null | undefined) => Number(/(?:trên|of) (\d+) (?:cam kết|commitments?)/u.exec(el?.textContent ?? "")?.[1]);
  /** M in "Cam kết N/M" / "Commitment N of M". */
  const ofM = (title: string) => Number(/(?:Cam kết \d+\/|Commitment \d+ of )(\d+)/u.exec(title)?.[1]);
  for (const [prefix, lang] of LANGS) {
    for (const { planId, commitments, provinces } of PLANS) {
      it(`(${lang}) ${planId} counts ${commitments} commitments on its page, each commitment's page, its province pages and /status/`, () => {
        const plan = dataset.plans.find((p) => p.id === planId);
        expect(ofAll(built(`${prefix}/plans/${planId}/`).querySelector(`[data-plan-verdict="${planId}"] [data-counts]`)), "plan page").toBe(commitments);
        const pages = dataset.targets.filter((tg) => tg.planId === planId);
        expect(pages.length).toBeGreaterThanOrEqual(commitments);
        for (const tg of pages) {
          const page = built(prefix + commitmentPath(tg));
          expect(ofM(page.querySelector("h1")?.textContent ?? ""), tg.id).toBe(commitments);
          expect(page.querySelector('a[href$="#commitments"]')?.textContent, tg.id).toMatch(new RegExp(`\\b${commitments}\\b`, "u"));
        }
        for (const areaId of provinces) {
          const card = built(`${prefix}/provinces/${areaId}/`).querySelector(`[data-plan-verdict="${planId}"] [data-counts]`);
          expect(ofAll(card), areaId).toBe(commitments);
        }
        // /status/ counts a province's own plans together; this province has one plan with commitments.
        const row = built(`${prefix}/status/`).querySelector(`table[data-own-plans] tr[data-area="${plan?.areaId}"]`);
        expect(row?.querySelector("td.num")?.textContent?.trim(), "status").toBe(String(commitments));
      });
    }
  }
  it("search results name each commitment of the plan as one of 57 and one of 41, in both languages", async () => {
    for (const [prefix] of LANGS) {
      for (const { planId, commitments, query } of PLANS) {
        const { page, errors } = await visit(`${prefix}/search/?q=${encodeURIComponent(query)}`, { width: 390 });
        await page.locator("[data-search-results] li").first().waitFor();
        const titles = await page
          .locator(`[data-search-results] li a[href^="${prefix}/plans/${planId}/"]`)
          .evaluateAll((as) => as.map((a) => a.textContent ?? "").filter((title) => /\d+\/\d+|\d+ of \d+/u.test(title)));
        expect(titles.length, `${prefix} ${query}`).toBeGreaterThan(0);
        for (const title of titles) expect(ofM(title), title).toBe(commitments);
        // The plan's own result counts its commitments as its page does.
        const own = await page.locator(`[data-search-results] li:has(a[href="${prefix}/plans/${planId}/"]) p`).first().textContent();
        expect(Number(/(?:trên|of) (\d+) (?:cam kết|commitments?)/u.exec(own ?? "")?.[1]), `${prefix} ${query}: ${own}`).toBe(commitments);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    }
  });
});

describe("search", () => {
  it("finds provinces and plans typed with or without diacritics, in both languages, loading Pagefind only when used", async () => {
    const { page, errors } = await visit("/search/", { width: 390 });
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.waitForTimeout(200);
    expect(fetched.filter((p) => p.startsWith("/pagefind/"))).toEqual([]);
    const search = async (q: string) => {
      await page.fill("#search-q", q);
      await page.click("form.search-form button");
      await page.locator("[data-search-results] li").first().waitFor();
      return page.locator("[data-search-results] li a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    expect((await search("lao cai")).slice(0, 3)).toContain("/provinces/lao-cai/");
    expect((await search("binh dinh")).slice(0, 3)).toContain("/provinces/binh-dinh/");
    expect((await search("Bình Định"))[0]).toBe("/provinces/binh-dinh/");
    expect(fetched.some((p) => p.startsWith("/pagefind/"))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
    const en = await visit("/en/search/?q=binh%20dinh", { width: 390 });
    await en.page.locator("[data-search-results] li").first().waitFor();
    const urls = await en.page.locator("[data-search-results] li a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.slice(0, 3)).toContain("/en/provinces/binh-dinh/");
    expect(en.errors).toEqual([]);
    await en.page.context().close();
  });
});

describe("search finds the right page first", () => {
  const top = async (prefix: string, q: string) => {
    const { page, errors } = await visit(`${prefix}/search/?q=${encodeURIComponent(q)}`, { width: 390 });
    await page.locator("[data-search-results] li").first().waitFor();
    const results = await page.locator("[data-search-results] li").evaluateAll((lis) =>
      lis.slice(0, 5).map((li) => ({
        path: new URL(li.querySelector("a")?.getAttribute("href") ?? "", location.href).pathname,
        title: li.querySelector("a")?.textContent?.trim() ?? "",
        excerpt: li.querySelector("p")?.textContent?.trim() ?? "",
      })),
    );
    expect(errors).toEqual([]);
    await page.context().close();
    return results;
  };
  for (const [prefix, lang] of [
    ["", "vi"],
    ["/en", "en"],
  ] as const) {
    it(`(${lang}) "lao cai", "binh dinh", "hoi dong nhan dan", "dai bieu nu": the 2025 unit first, titles told apart, excerpts in the page's language`, async () => {
      const laoCai = await top(prefix, "lao cai");
      expect(laoCai[0]?.path).toBe(`${prefix}/provinces/lao-cai/`);
      expect(new Set(laoCai.map((r) => r.title)).size).toBe(laoCai.length);
      expect(laoCai.map((r) => r.title)).toContain(lang === "vi" ? "Lào Cai (cũ)" : "Lào Cai (former)");
      expect((await top(prefix, "binh dinh"))[0]?.path).toBe(`${prefix}/provinces/binh-dinh/`);
      const council = (await top(prefix, "hoi dong nhan dan")).map((r) => r.path);
      expect(council.slice(0, 3)).toContain(`${prefix}/indicators/pc_women_share/`);
      const women = await top(prefix, "dai bieu nu");
      expect(women.slice(0, 3).map((r) => r.path)).toContain(`${prefix}/indicators/na_women_share/`);
      for (const r of [...laoCai, ...women]) {
        expect(lang === "vi" ? looksEnglish(r.excerpt) : looksVietnamese(r.excerpt), `${r.path}: ${r.excerpt}`).toBe(false);
      }
    });
  }
});

describe("on a 360 px phone, every control and every chart's words can be used", () => {
  const PAGES = [
    "/",
    "/en/",
    "/provinces/lao-cai/",
    "/provinces/ha-giang/",
    "/indicators/na_women_share/",
    "/en/indicators/pc_women_share/",
    "/plans/lai-chau-579-kh-ubnd-2016/",
    "/en/plans/lao-cai-84-kh-ubnd-2017/2/",
    "/status/",
    "/status/63-provinces/",
    "/compare/",
    "/en/compare/",
    "/data/",
    "/sources/",
    "/methodology/",
    "/send-report/",
    `/embed/${EMBEDDED}/`,
  ];
  it("no tap target under 24 × 24 px unless in a sentence or with 24 px of room (WCAG 2.2, 2.5.8), and no chart text under 11 px", async () => {
    const problems: string[] = [];
    for (const path of PAGES) {
      const { page } = await visit(path, { width: 360 });
      const found = await page.evaluate(() => {
        const out: string[] = [];
        for (const t of document.querySelectorAll("svg text")) {
          const el = t as SVGGraphicsElement;
          if (el.getBoundingClientRect().width === 0) continue;
          const m = el.getScreenCTM();
          const size = parseFloat(getComputedStyle(el).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
          if (size < 10.99) out.push(`text ${size.toFixed(1)} px "${(el.textContent ?? "").slice(0, 30)}"`);
        }
        const targets = [...document.querySelectorAll("a[href], button, input, select, summary, textarea")]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          // A control inside a closed <details> has a box where it would be, yet cannot be tapped: checkVisibility() leaves it out.
          .filter(
            ({ el, box }) => box.width > 0 && box.height > 0 && !el.closest("svg") && getComputedStyle(el).visibility !== "hidden" && el.checkVisibility(),
          );
        const small = (b: DOMRect) => b.width < 24 || b.height < 24;
        for (const a of targets) {
          if (!small(a.box)) continue;
          const parentText = (a.el.parentElement?.textContent ?? "").trim().length;
          const inSentence = a.el.tagName === "A" && getComputedStyle(a.el).display === "inline" && parentText > (a.el.textContent ?? "").trim().length + 2;
          if (inSentence) continue;
          const cx = a.box.x + a.box.width / 2;
          const cy = a.box.y + a.box.height / 2;
          const clash = targets.find((b) => {
            if (b === a || b.el.contains(a.el) || a.el.contains(b.el)) return false;
            if (small(b.box)) return Math.hypot(cx - (b.box.x + b.box.width / 2), cy - (b.box.y + b.box.height / 2)) < 24;
            const dx = Math.max(b.box.left - cx, 0, cx - b.box.right);
            const dy = Math.max(b.box.top - cy, 0, cy - b.box.bottom);
            return Math.hypot(dx, dy) < 12;
          });
          if (clash) out.push(`target ${Math.round(a.box.width)}×${Math.round(a.box.height)} "${(a.el.textContent ?? "").trim().slice(0, 30)}"`);
        }
        return out;
      });
      problems.push(...found.map((f) => `${path}: ${f}`));
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });
});

describe("asking for what is missing", () => {
  it("a seed plan page says what is missing, who owes it to whom, and offers the request and the template", async () => {
    for (const planId of ["lao-cai-84-kh-ubnd-2017", "lai-chau-579-kh-ubnd-2016", "binh-dinh-snv-kh-2022", "hue-huyen-kh-cong-tac-phu-nu"]) {
      const { page } = await visit(`/plans/${planId}/`, { width: 390 });
      const section = page.locator(`[data-missing-section="${planId}"]`);
      const expected = missingReports(ix, planId);
      expect(await section.locator("[data-missing-target]").count(), planId).toBe(expected.length);
      expect(await section.locator("[data-template-link]").getAttribute("href")).toBe(`/data/plans/${planId}-template.csv`);
      if (expected.length > 0) expect(await section.locator("[data-request-link]").getAttribute("href")).toBe(`/requests/${planId}/`);
      const csv = await page.evaluate(async (url) => (await fetch(url)).text(), `/data/plans/${planId}-template.csv`);
      expect(csv.split("\n")[0]).toContain("target,section,quote,area_name,period,value,unit,document,publisher,date,url,note");
      await page.context().close();
    }
  });
  it("the request is addressed to the body that receives the reports, lists each missing figure, quotes the law with its source, and prints without the site around it", async () => {
    const { page } = await visit("/requests/lao-cai-84-kh-ubnd-2017/", { width: 390 });
    expect(await page.locator("[data-request-to]").textContent()).toBe("Sở Nội vụ tỉnh Lào Cai");
    expect(await page.locator("[data-request-target]").count()).toBe(missingReports(ix, "lao-cai-84-kh-ubnd-2017").length);
    for (const id of ["tiep-can-thong-tin-24-1", "tiep-can-thong-tin-24-2", "tiep-can-thong-tin-31"]) {
      const quote = page.locator(`[data-law="${id}"]`);
      expect(await quote.textContent()).toContain(dataset.legalQuotes.find((q) => q.id === id)?.quoteVi.slice(0, 40));
      expect(await quote.locator("a[href^='http']").count()).toBe(1);
    }
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.site").isVisible()).toBe(false);
    expect(await page.locator("article.request").isVisible()).toBe(true);
    await page.context().close();
  });
  it("the missing page lists every waiting commitment, plan by plan, and the reported page every reported figure with its body and report", async () => {
    const missing = await visit("/en/missing/", { width: 390 });
    expect(await missing.page.locator("[data-missing-target]").count()).toBe(missingReports(ix).length);
    await missing.page.context().close();
    const reported = await visit("/reported/", { width: 390 });
    expect(await reported.page.locator("[data-reported-line]").count()).toBe(dataset.reported.length);
    expect(await reported.page.locator('[data-role="proxy"]').count()).toBe(dataset.reported.filter((r) => r.role === "proxy").length);
    await reported.page.context().close();
  });
  it("a figure Lào Cai reported of another body shows on the commitment as context, with its body, report and the reason it is not the target", () => {
    const card = built("/en/plans/lao-cai-84-kh-ubnd-2017/1/").querySelector('article[data-target="lao-cai-84-kh-ubnd-2017-1"]');
    const proxy = card?.querySelectorAll('[data-evidence="reported-context"]');
    expect(proxy?.length).toBe(1);
    const text = proxy?.[0]?.textContent ?? "";
    for (const words of ["23.42", "Context only, as reported", "as reported by", "planning pool", "16 May 2023"]) expect(text, words).toContain(words);
    // On the Vietnamese page the same figure is written the Vietnamese way, its date as Nghị định 30/2020 writes it.
    const vi = built("/plans/lao-cai-84-kh-ubnd-2017/1/").querySelector('article[data-target="lao-cai-84-kh-ubnd-2017-1"]');
    const figure = vi?.querySelector('[data-evidence="reported-context"]');
    expect(figure?.querySelector(".figure")?.textContent).toBe("23,42%");
    expect(figure?.textContent).toContain("16/5/2023");
    expect(vi?.textContent).not.toContain("{body}");
  });
});

describe("the host's headers (dist/_headers, dist/_redirects)", () => {
  it("the built site carries the files a static host reads", () => {
    expect(readFileSync(join(dist, "_headers"), "utf8")).toBe(headersFile());
    expect(readFileSync(join(dist, "_redirects"), "utf8")).toBe(REDIRECTS);
  });
  it("pages refuse to be framed and embeds allow it; hashed assets are immutable; HTML and data are cached briefly", async () => {
    const head = async (path: string) => (await fetch(site.server.origin + path)).headers;
    expect((await head("/")).get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await head("/en/plans/lao-cai-84-kh-ubnd-2017/")).get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await head(`/embed/${EMBEDDED}/`)).get("content-security-policy")).toContain("frame-ancestors *");
    expect((await head("/")).get("cache-control")).toBe("public, max-age=600, must-revalidate");
    expect((await head("/data/observations.csv")).get("cache-control")).toBe("public, max-age=3600, must-revalidate");
    const asset = readFileSync(join(dist, "compare/index.html"), "utf8").match(/\/_astro\/[^"]+/u)?.[0];
    expect(asset).toBeDefined();
    expect((await head(asset ?? "")).get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await head("/")).get("x-content-type-options")).toBe("nosniff");
    expect((await head("/fonts/be-vietnam-pro-400.woff2")).get("cache-control")).toBe("public, max-age=86400, must-revalidate");
  });
  it("a page framed by another page is refused; an embed is shown", async () => {
    const { page } = await visit("/", { width: 390 });
    const blocked: string[] = [];
    page.on("console", (m) => blocked.push(m.text()));
    await page.setContent(
      `<iframe id="page" src="${site.server.origin}/plans/"></iframe><iframe id="embed" src="${site.server.origin}/embed/${EMBEDDED}/"></iframe>`,
    );
    await page.frameLocator("#embed").locator("main[data-chart]").waitFor({ state: "attached" });
    await page.waitForTimeout(300);
    // Chromium shows its own error page in the refused frame: the site's page is not there.
    expect(await page.frameLocator("#page").locator("main#content").count()).toBe(0);
    expect(await page.frameLocator("#embed").locator("main[data-chart]").count()).toBe(1);
    await page.context().close();
  });
  it("an English address that does not exist answers 404 in English; a Vietnamese one in Vietnamese", async () => {
    const en = await fetch(site.server.origin + "/en/no-such-page/");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('<html lang="en"');
    const vi = await fetch(site.server.origin + "/khong-co-trang-nay/");
    expect(vi.status).toBe(404);
    expect(await vi.text()).toContain('<html lang="vi"');
  });
});

describe("the navigation", () => {
  it("marks the page itself, or the section a deeper page belongs to, and nothing else", async () => {
    const cases: [string, string, "page" | "true"][] = [
      ["/", "/", "page"],
      ["/en/provinces/", "/en/provinces/", "page"],
      ["/provinces/lao-cai/", "/provinces/", "true"],
      ["/en/sources/", "/en/data/", "true"],
      ["/requests/lao-cai-84-kh-ubnd-2017/", "/plans/", "true"],
      ["/en/search/", "/en/search/", "page"],
    ];
    for (const [path, href, value] of cases) {
      const { page } = await visit(path, { width: 1280 });
      const marked = await page
        .locator("header.site nav a[aria-current]")
        .evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("aria-current")]));
      expect(marked, path).toEqual([[href, value]]);
      await page.context().close();
    }
  });
});

describe("comparing provinces and periods", () => {
  it("a journalist compares Lào Cai, Yên Bái and Lai Châu in 2016 and 2021, copies the link, and a colleague sees the same view", async () => {
    const { page, errors, outside } = await visit("/en/compare/?i=pc_women_share", { width: 390 });
    await page.selectOption("#compare-indicator", "na_women_share");
    await page.locator("#compare-form details summary").click();
    const ticked = await page.locator('input[name="area"]:checked').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    for (const id of ticked) await page.locator(`input[name="area"][value="${id}"]`).uncheck();
    for (const id of ["lao-cai-truoc-2025", "yen-bai", "lai-chau"]) await page.locator(`input[name="area"][value="${id}"]`).first().check();
    await page.locator('input[name="boundary"][value="published"]').check();
    await page.selectOption("#compare-from", "NA-XIV");
    await page.selectOption("#compare-to", "NA-XV");
    const link = page.url();
    expect(new URL(link).search).toBe("?i=na_women_share&a=lai-chau,lao-cai-truoc-2025,yen-bai&p=NA-XIV,NA-XV&b=published");
    const dots = await page
      .locator("#compare-dot g.value-dot")
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-area"), Math.round(Number(g.getAttribute("data-value")) * 100) / 100]));
    expect(dots).toEqual([
      ["yen-bai", 50],
      ["lao-cai-truoc-2025", 33.33],
      ["lai-chau", 16.67],
    ]);
    expect(await page.locator("#compare-slope line.slope").count()).toBe(3);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();

    const colleague = await visit(new URL(link).pathname + new URL(link).search, { width: 1280 });
    const again = await colleague.page
      .locator("#compare-dot g.value-dot")
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-area"), Math.round(Number(g.getAttribute("data-value")) * 100) / 100]));
    expect(again).toEqual(dots);
    expect(await colleague.page.locator('input[name="area"]:checked').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value).sort())).toEqual([
      "lai-chau",
      "lao-cai-truoc-2025",
      "yen-bai",
    ]);
    await colleague.page.context().close();
  });
  it("on the 2025 units, the merged Lào Cai sums its counts: 4 of 12 in 2016, 5 of 12 in 2021", async () => {
    const { page } = await visit("/compare/?i=na_women_share&a=lao-cai-truoc-2025,yen-bai,lai-chau&p=NA-XIV,NA-XV&b=2025", { width: 390 });
    const row = page.locator('#compare-table tr[data-area="lao-cai"]');
    const cells = await row.locator("td").allTextContents();
    expect(cells.slice(0, 3)).toEqual(["33,33%", "41,67%", "+8,33"]);
    expect(cells[3]).toContain("4/12");
    expect(cells[3]).toContain("5/12");
    expect(await page.locator("#compare-dot g.value-dot").count()).toBe(2);
    await page.context().close();
  });
  it("never drops a choice: five old provinces ticked on the 2025 units are each drawn or listed with why, and Back undoes a tick", async () => {
    const { page, errors } = await visit("/en/compare/?i=na_women_share&a=lai-chau&p=NA-XV,NA-XVI&b=2025", { width: 360 });
    await page.locator("#compare-form details summary").click();
    const five = ["lao-cai-truoc-2025", "yen-bai", "ha-giang", "tuyen-quang-truoc-2025", "lai-chau"];
    for (const id of five.slice(0, 4)) await page.locator(`input[name="area"][value="${id}"]`).first().check();
    const drawn = await page.locator("#compare-dot g.value-dot").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-area")));
    const listed = await page
      .locator("#compare-choices li [data-area]")
      .evaluateAll((ls) => ls.map((l) => [l.getAttribute("data-area"), l.parentElement?.textContent ?? ""]));
    for (const id of five) expect(drawn.includes(id) || listed.some(([a]) => a === id), id).toBe(true);
    expect(listed.find(([a]) => a === "yen-bai")?.[1]).toContain("Drawn within Lào Cai");
    // The 2026 figures carry the 2026 target; no note sends the reader elsewhere.
    expect(await page.locator("#compare-dot g.target-rule text").allTextContents()).toEqual(["Target ≥ 35% (2026)"]);
    expect(await page.locator("#compare-target-note").textContent()).toBe("");
    // Back undoes the last tick, Forward redoes it.
    const withFour = new URL(page.url()).search;
    await page.goBack();
    expect(new URL(page.url()).search).not.toBe(withFour);
    expect(await page.locator('input[name="area"][value="tuyen-quang-truoc-2025"]').first().isChecked()).toBe(false);
    expect(await page.locator('input[name="area"][value="ha-giang"]').first().isChecked()).toBe(true);
    await page.goForward();
    expect(new URL(page.url()).search).toBe(withFour);
    expect(await page.locator('input[name="area"][value="tuyen-quang-truoc-2025"]').first().isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it("the code that redraws a view is fetched after the page has loaded, and a change made before it arrives is drawn and enters the history", async () => {
    for (const path of ["/compare/", "/status/", "/status/63-provinces/"]) {
      const { page, errors } = await visit(path, { width: 360 });
      // Left alone, the page fetches its code a second after the load event, never while it loads.
      await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.includes("/_astro/")), undefined, { timeout: 5000 });
      const early = await page.evaluate(() => {
        const loaded = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd;
        return performance
          .getEntriesByType("resource")
          .filter((r) => r.name.includes("/_astro/") && r.startTime < loaded)
          .map((r) => r.name);
      });
      expect(early, path).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.context().close();
    }
    const { page, errors } = await visit("/compare/", { width: 360 });
    expect(await page.evaluate(() => performance.getEntriesByType("resource").some((r) => r.name.includes("/_astro/")))).toBe(false);
    await page.selectOption("#compare-indicator", "pc_women_share");
    await page.waitForURL(/i=pc_women_share/u);
    expect(await page.locator("#compare-summary").textContent()).toMatch(/Hội đồng nhân dân/u);
    // The new indicator brings its own periods, its latest two.
    expect(await page.locator("#compare-to").inputValue()).toBe("2021-2026");
    await page.goBack();
    expect(new URL(page.url()).search).toBe("");
    expect(await page.locator("#compare-indicator").inputValue()).toBe("na_women_share");
    expect(await page.locator("#compare-summary").textContent()).toMatch(/Quốc hội/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it("the default view is drawn without JavaScript: the four featured provinces, 2021 and 2026, on the 2025 units", async () => {
    const { page } = await visit("/compare/", { javaScript: false });
    expect(await page.locator("#compare-dot g.value-dot").count()).toBe(4);
    expect(await page.locator("#compare-slope line.slope").count()).toBe(4);
    expect(await page.locator("#compare-summary").textContent()).toContain("Khóa XVI");
    await page.context().close();
  });
  it("on a phone the first screen shows the result, and a choice without a figure offers the unit that has one", async () => {
    const { page } = await visit("/en/compare/?i=na_women_share&a=lao-cai&p=NA-XIV,NA-XV&b=published", { width: 360 });
    const offer = page.locator("#compare-choices a[data-instead]");
    expect(await offer.textContent()).toBe("Show Lào Cai (former) instead");
    await offer.click();
    await page.waitForURL(/a=lao-cai-truoc-2025/u);
    expect(await page.locator("#compare-dot g.value-dot").count()).toBeGreaterThan(0);
    const top = await page.locator("#compare-dot svg").evaluate((svg) => svg.getBoundingClientRect().top);
    expect(top).toBeLessThan(800);
    await page.context().close();
  });
});

describe("maps", () => {
  it("every tile of the home page's map is a link reachable with the keyboard", async () => {
    const { page } = await visit("/", { width: 390 });
    await page.locator("details[data-home-map] > summary").click();
    const tiles = page.locator('figure[data-chart^="status-map-"] svg.tilemap a[href]');
    expect(await tiles.count()).toBe(34);
    await tiles.first().focus();
    expect(await page.evaluate(() => document.activeElement?.closest("svg.tilemap") !== null)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-area"))).not.toBeNull();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/provinces\//u);
    await page.context().close();
  });
  it("a national target with provincial figures has a status map of the units' contributions", async () => {
    const { page } = await visit("/plans/ubtvqh-co-cau-qh-xvi/1/", { width: 390 });
    await page.locator('details[data-status-map="ubtvqh-co-cau-qh-xvi-1"] > summary').click();
    const tiles = page.locator('details[data-status-map="ubtvqh-co-cau-qh-xvi-1"] svg.tilemap a');
    expect(await tiles.count()).toBe(34);
    expect(await page.locator('details[data-status-map="ubtvqh-co-cau-qh-xvi-1"] svg.tilemap a[data-area="lao-cai"] title').textContent()).toContain("50,00%");
    await page.context().close();
  });
});

describe("embeds for press offices", () => {
  for (const width of [320, 1200]) {
    it(`an embedded chart's iframe takes the chart's height, with no scrollbar, at ${width} px`, async () => {
      const { page, errors, outside } = await visit("/__host/", { width });
      const frame = page.frameLocator("#chart");
      await frame.locator("main[data-chart] svg").first().waitFor({ state: "attached" });
      await page.waitForFunction(() => (document.getElementById("chart")?.getBoundingClientRect().height ?? 0) > 200);
      const iframeHeight = await page.locator("#chart").evaluate((f) => f.getBoundingClientRect().height);
      const inside = await frame.locator("html").evaluate((html) => ({
        content: Math.ceil(html.getBoundingClientRect().height),
        scrollH: html.scrollHeight,
        clientH: html.clientHeight,
        scrollW: html.scrollWidth,
        clientW: html.clientWidth,
      }));
      expect(Math.abs(iframeHeight - inside.content)).toBeLessThanOrEqual(1);
      expect(inside.scrollH).toBeLessThanOrEqual(inside.clientH + 1);
      expect(inside.scrollW).toBeLessThanOrEqual(inside.clientW);
      // The drawing that fits: the phone one in a narrow frame, the wide one otherwise.
      const shown = await frame
        .locator(".svg svg")
        .evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.getAttribute("width")));
      expect(shown).toEqual([width < 600 ? String(NARROW) : String(WIDE)]);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await page.context().close();
    });
  }
  it("with no script on the host at all, the embed code's own height holds the whole embed, at a phone's width and a desktop column's", async () => {
    const snippets: [string, number][] = [];
    for (const path of ["/", "/provinces/lao-cai/", "/en/indicators/na_women_share/"]) {
      const { page } = await visit(path);
      const codes = await page.locator("details[data-share] textarea").evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
      for (const code of codes) {
        const src = /src="\{origin\}([^"]+)"/u.exec(code)?.[1] ?? /src="https?:\/\/[^/]+([^"]+)"/u.exec(code)?.[1];
        const height = Number(/height="(\d+)"/u.exec(code)?.[1]);
        if (src) snippets.push([src, height]);
      }
      await page.context().close();
    }
    expect(snippets.length).toBeGreaterThan(8);
    for (const width of [320, 760]) {
      for (const [src, height] of snippets) {
        const context = await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(site.server.origin + src);
        const box = await page.locator("main").boundingBox();
        const source = await page.locator("p.source").boundingBox();
        expect(source, src).not.toBeNull();
        expect((box?.y ?? 0) + (box?.height ?? Infinity), `${src} at ${width} px in ${height} px`).toBeLessThanOrEqual(height);
        await context.close();
      }
    }
  });
  it("the embed page has a title, a source line, a link to the data and a link back; ?plain=1 hides the title", async () => {
    const { page } = await visit(`/embed/${EMBEDDED}/`, { width: 400 });
    expect(await page.locator("h1").isVisible()).toBe(true);
    expect(await page.locator(".source").textContent()).toContain("Nguồn:");
    expect(await page.locator('.source a[href="/data/areas/lao-cai.csv"]').count()).toBe(1);
    expect(await page.locator('.source a[href="/provinces/lao-cai/"]').count()).toBe(1);
    await page.goto(`${site.server.origin}/embed/${EMBEDDED}/?plain=1&theme=dark`);
    expect(await page.locator("h1").isVisible()).toBe(false);
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    await page.context().close();
  });
  it("every chart offers its embed code with this site's address, SVG and PNG downloads, and alt text from the data", async () => {
    const { page } = await visit("/provinces/lao-cai/");
    const share = page.locator(`details[data-share="${EMBEDDED}"]`);
    await share.locator("summary").click();
    const code = await share.locator("textarea").inputValue();
    expect(code).toContain(`<iframe src="${site.server.origin}/embed/${EMBEDDED}/"`);
    expect(code).toContain(`<script src="${site.server.origin}/embed.js" async></script>`);
    const png = await page.request.get(`${site.server.origin}/charts/${EMBEDDED}.png`);
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBe(2 * 760);
    expect(await share.locator("[data-alt]").textContent()).toMatch(/^Tỷ lệ nữ đại biểu Quốc hội của Lào Cai là 50,00% năm 2026/u);
    const pages = await page.locator("figure.chart[data-chart]").evaluateAll((fs) => fs.map((f) => f.getAttribute("data-chart")));
    for (const id of pages) {
      expect(await page.locator(`figure[data-chart="${id}"] details[data-share] a[href="/charts/${id}.png"]`).count()).toBe(1);
      expect((await page.request.get(`${site.server.origin}/embed/${id}/`)).status()).toBe(200);
    }
    await page.context().close();
  });
});

describe("languages inside a page", () => {
  it("English pages spell places as Vietnamese does, with their marks, everywhere (docs/glossary.md)", async () => {
    for (const path of ["/en/provinces/", "/en/provinces/lao-cai-truoc-2025/"]) {
      const { page } = await visit(path);
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text, path).toContain("Lào Cai");
      for (const plain of ["Lao Cai", "Binh Dinh", "Yen Bai", "Ha Noi"]) expect(text.includes(plain), `${path}: ${plain}`).toBe(false);
      await page.context().close();
    }
  });
  it("sources are described in the page's language; a title recorded in another language is shown beside, with its lang", async () => {
    const { page } = await visit("/sources/");
    const sections = await page.locator("section.card").evaluateAll((cards) =>
      cards.map((c) => ({
        id: c.id,
        title: c.querySelector("h3")?.textContent ?? "",
        original: c.querySelector("p.small.muted span[lang]")?.getAttribute("lang") ?? null,
      })),
    );
    expect(sections).toHaveLength(dataset.sources.length);
    for (const s of sections) expect(s.title, s.id).toBe(dataset.sources.find((x) => x.id === s.id)?.vi.title);
    expect(sections.filter((s) => s.original === "en").length).toBeGreaterThan(10);
    await page.context().close();
  });
});

describe("content security policy", () => {
  /** Each page's own script, observed doing its job under the policy. */
  const OWN_SCRIPT_RAN: { path: string; ran: (page: Page) => Promise<boolean> }[] = [
    {
      path: "/provinces/lao-cai/",
      ran: async (page) => {
        const codes = await page.locator("textarea[data-embed]").evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
        return codes.length > 0 && codes.every((c) => c.includes(`${site.server.origin}/embed/`) && !c.includes("{origin}"));
      },
    },
    {
      path: "/compare/",
      ran: async (page) => {
        await page.selectOption("#compare-indicator", "na_women_share");
        // The code arrives after the page has loaded (LATE_CODE_SCRIPT) and then draws the change.
        await page.waitForURL(/[?&]i=na_women_share/u, { timeout: 5000 }).catch(() => undefined);
        return new URL(page.url()).searchParams.get("i") === "na_women_share";
      },
    },
    { path: `/embed/${EMBEDDED}/?theme=dark`, ran: async (page) => (await page.getAttribute("html", "data-theme")) === "dark" },
  ];
  for (const { path, ran } of OWN_SCRIPT_RAN) {
    it(`${path} declares a policy that refuses injected inline scripts, and its own scripts still run`, async () => {
      const { page, errors } = await visit(path);
      const policy = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content")) ?? "";
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/u);
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("'unsafe-inline'");
      expect(policy).toMatch(/style-src 'self' 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+;/u);
      expect(policy).not.toContain("'unsafe-inline'");
      expect(await ran(page)).toBe(true);
      expect(errors).toEqual([]);
      // A script a hostile CSV might smuggle into the page would be refused.
      await expect(page.addScriptTag({ content: "window.__injected = 1;" })).rejects.toThrow();
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      // The violation event is dispatched asynchronously: wait for it.
      await expect.poll(() => errors.some((e) => e.startsWith("CSP violation: script-src-elem inline"))).toBe(true);
      // So would a style: an attribute no hash allows is not applied.
      const injectedColour = await page.evaluate(() => {
        const div = document.createElement("div");
        div.innerHTML = '<p style="color: rgb(1, 2, 3)">x</p>';
        document.body.append(div);
        return getComputedStyle(div.firstElementChild as Element).color;
      });
      expect(injectedColour).not.toBe("rgb(1, 2, 3)");
      await expect.poll(() => errors.some((e) => e.startsWith("CSP violation: style-src-attr"))).toBe(true);
      await page.context().close();
    });
  }
});

describe("accessibility (axe-core)", () => {
  const AXE = join(root, "node_modules/axe-core/axe.min.js");
  for (const { kind, path } of [
    ...PAGES,
    { kind: "plan with status maps", path: "/plans/ubtvqh-co-cau-qh-xvi/" },
    { kind: "embed", path: "/embed/ranking-na_women_share-na-xvi/" },
  ]) {
    for (const lang of ["vi", "en"] as const) {
      const url = lang === "vi" ? path : `/en${path}`;
      it(`${kind} (${lang}) has no violations`, async () => {
        // The page's policy refuses injected scripts (tested above), so axe-core is let in past it.
        const { page } = await visit(url, { width: 390, bypassCSP: true });
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document);
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(" | ")}`,
          );
        });
        expect(violations).toEqual([]);
        await page.context().close();
      });
    }
  }
  it("keyboard: every control can be reached, and the focused one is visibly outlined", async () => {
    const { page } = await visit("/compare/", { width: 390 });
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        return { id: el.id || el.tagName, outline: style.outlineStyle !== "none" && style.outlineWidth !== "0px" };
      });
      // Past the last control, focus returns to the page itself.
      if (focused && focused.id !== "BODY") {
        seen.add(focused.id);
        expect(focused.outline, focused.id).toBe(true);
      }
    }
    for (const id of ["compare-indicator", "compare-from", "compare-to", "compare-copy"]) expect(seen.has(id), id).toBe(true);
    await page.context().close();
  });
});

describe("as a new user would", () => {
  it("goes from the home page to Lào Cai's plan by the province list, and sees each target", async () => {
    const { page } = await visit("/", { width: 390 });
    await page.getByRole("link", { name: "Tỉnh, thành phố" }).first().click();
    await page.locator('ul[data-set="p63"] a', { hasText: /^Lào Cai$/u }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Tỉnh Lào Cai");
    await page.locator('section[data-plan="lao-cai-84-kh-ubnd-2017"] h3 a').click();
    expect(new URL(page.url()).pathname).toBe("/plans/lao-cai-84-kh-ubnd-2017/");
    // The verdict first; each commitment one tap away, in its group, and on its own page.
    expect(await page.locator("[data-plan-verdict]").count()).toBe(1);
    expect(await page.locator("details[data-group] li[data-commitment-row]").count()).toBe(
      dataset.targets.filter((t) => t.planId === "lao-cai-84-kh-ubnd-2017" && t.commitmentId === t.id).length,
    );
    await page.locator("details[data-group] > summary").first().click();
    await page.locator("details[data-group] li[data-commitment-row] a").first().click();
    expect(await page.locator("article.target blockquote.plan-quote").count()).toBe(1);
    await page.context().close();
  });
  it("switches language and lands on the same page", async () => {
    const { page } = await visit("/plans/lao-cai-84-kh-ubnd-2017/");
    await page.locator('header a[hreflang="en"]').click();
    expect(new URL(page.url()).pathname).toBe("/en/plans/lao-cai-84-kh-ubnd-2017/");
    await page.locator('header a[hreflang="vi"]').click();
    expect(new URL(page.url()).pathname).toBe("/plans/lao-cai-84-kh-ubnd-2017/");
    await page.context().close();
  });
});

describe("every province of both sets has a page in both languages", () => {
  it("has 63 + 34 provincial units, each with a Vietnamese and an English page", () => {
    const provinces = dataset.areas.filter((a) => a.level === "province");
    expect(provinces.filter((a) => a.sets.includes("p63"))).toHaveLength(63);
    expect(provinces.filter((a) => a.sets.includes("p34"))).toHaveLength(34);
    for (const a of provinces) {
      expect(existsSync(join(dist, "provinces", a.id, "index.html")), a.id).toBe(true);
      expect(existsSync(join(dist, "en", "provinces", a.id, "index.html")), a.id).toBe(true);
    }
  });
  it("links an old province to the unit it became and back", async () => {
    const { page } = await visit("/provinces/yen-bai/");
    await page.locator("p[data-merger] a", { hasText: "Lào Cai" }).first().click();
    expect(new URL(page.url()).pathname).toBe("/provinces/lao-cai/");
    expect(await page.locator("p[data-merger] a").allTextContents()).toEqual(["Lào Cai (cũ)", "Yên Bái"]);
    await page.context().close();
  });
});
