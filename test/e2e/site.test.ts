/**
 * End to end: the built site (dist/, made by `npm run build`) served on
 * 127.0.0.1 and visited in Debian's Chromium. Numbers on the pages are
 * checked against src/generated/dataset.json, written by the same build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatTarget, formatValue } from "../../src/lib/site/format.ts";
import type { Dataset } from "../../src/lib/model.ts";
import { evidenceFor, indexDataset } from "../../src/lib/queries.ts";
import { missingReports } from "../../src/lib/site/missing.ts";
import { REDIRECTS, headersFile } from "../../src/lib/publish/deploy.ts";
import { isDecided } from "../../src/lib/verdicts.ts";
import { launchChromium } from "../../scripts/support/browser.ts";
import { serveStatic, type RunningServer } from "../../scripts/support/static-server.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
if (!existsSync(join(dist, "index.html"))) throw new Error("dist/ is missing: run `npm run build` before the end-to-end tests (npm test does).");
const dataset = JSON.parse(readFileSync(join(root, "src/generated/dataset.json"), "utf8")) as Dataset;
const ix = indexDataset(dataset);

let server: RunningServer;
let browser: Browser;

const EMBEDDED = "trend-na_women_share-lao-cai-lao-cai-truoc-2025-yen-bai-viet-nam";
/** A press office's page: an iframe with the embed code's fallback height and the host script. */
const HOST_PAGE = `<!doctype html><html><head><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"></head><body style="margin:0;font-family:serif">
<p>A news story about women in politics.</p>
<iframe id="chart" src="/embed/${EMBEDDED}/" title="chart" width="100%" height="200" style="border:0;width:100%"></iframe>
<script src="/embed.js" async></script><p>The story goes on.</p></body></html>`;

beforeAll(async () => {
  server = await serveStatic(dist, 0, { "/__host/": HOST_PAGE });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  errors: string[];
  outside: string[];
}

/** Opens a page, recording console errors, page errors and any request that leaves 127.0.0.1. */
async function visit(path: string, options: { width?: number; javaScript?: boolean; bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({
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
  const response = await page.goto(server.origin + path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  return { page, errors, outside };
}

/** Dots of the charts as drawn on screen (only the drawing that fits the width is displayed). */
async function visibleChartDots(page: Page): Promise<number> {
  return page
    .locator("figure.chart .svg svg g.value-dot circle")
    .evaluateAll((dots) => dots.filter((d) => (d as SVGElement).getBoundingClientRect().width > 0).length);
}

const PAGES: { kind: string; path: string; charts: boolean }[] = [
  { kind: "home", path: "/", charts: true },
  { kind: "province list", path: "/provinces/", charts: false },
  { kind: "province (before 2025)", path: "/provinces/lao-cai-truoc-2025/", charts: true },
  { kind: "province (2025 unit)", path: "/provinces/lao-cai/", charts: true },
  { kind: "indicator list", path: "/indicators/", charts: false },
  { kind: "indicator", path: "/indicators/na_women_share/", charts: true },
  { kind: "plan list", path: "/plans/", charts: false },
  { kind: "plan", path: "/plans/lao-cai-84-kh-ubnd-2017/", charts: false },
  { kind: "sources", path: "/sources/", charts: false },
  { kind: "status matrix", path: "/status/", charts: false },
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
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const { path } of [...PAGES, { path: `/embed/${EMBEDDED}/` }]) {
        for (const url of [path, `/en${path}`]) {
          await page.goto(server.origin + url, { waitUntil: "networkidle" });
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
    expect(width).toBeGreaterThan(300);
    expect(width).toBeLessThanOrEqual(340);
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
  it("the Lào Cai plan page shows each target with its value, deadline and the figures that exist for it", async () => {
    const { page } = await visit("/plans/lao-cai-84-kh-ubnd-2017/");
    const targets = dataset.targets.filter((t) => t.planId === "lao-cai-84-kh-ubnd-2017");
    expect(await page.locator("article.target").count()).toBe(targets.length);
    for (const t of targets) {
      const card = page.locator(`article[data-target="${t.id}"]`);
      const goal = formatTarget(t.comparator, t.value, t.valueMax, t.unit.vi, "vi");
      if (goal) expect(await card.locator("[data-goal]").textContent()).toBe(goal);
      expect(await card.locator("[data-deadline]").textContent()).toBe(String(t.deadline));
      expect(await card.locator("blockquote.plan-quote").textContent()).toBe(`“${t.textVi}”`);
      const evidence = evidenceFor(ix, t, "lao-cai-truoc-2025");
      const shown = await card
        .locator("[data-evidence=proxy]")
        .evaluateAll((ps) => ps.map((p) => [p.getAttribute("data-indicator"), Number(p.getAttribute("data-value"))]));
      expect(shown).toEqual(evidence.filter((e) => e.proxy).map((e) => [e.indicator.id, e.observation.value]));
    }
    // Target 2 (35% of the pool for elected bodies) has published proxies: NA candidates 30% (2021), People's Council 38.18%.
    const t2 = page.locator('article[data-target="lao-cai-84-kh-ubnd-2017-2"]');
    await expect(t2.locator("[data-evidence=proxy]").allTextContents()).resolves.toEqual([
      expect.stringContaining("30,00%"),
      expect.stringContaining("41,30%"),
      expect.stringContaining("38,18%"),
    ]);
    expect(await t2.locator('[data-evidence="proxy"] .badge.proxy').count()).toBe(3);
    // And four figures Lào Cai's Women's Union published, each with the reason it is not the planning pool.
    expect(await t2.locator('[data-evidence="reported-proxy"]').count()).toBe(4);
    await page.context().close();
  });
});

describe("the four seed plans", () => {
  for (const planId of ["lao-cai-84-kh-ubnd-2017", "binh-dinh-snv-kh-2022", "hue-huyen-kh-cong-tac-phu-nu", "lai-chau-579-kh-ubnd-2016"]) {
    for (const lang of ["vi", "en"] as const) {
      it(`${planId} (${lang}): every target with its value, comparator, deadline and section`, async () => {
        const { page, errors } = await visit(`${lang === "en" ? "/en" : ""}/plans/${planId}/`, { width: 390 });
        const targets = dataset.targets.filter((t) => t.planId === planId);
        expect(targets.length).toBeGreaterThan(0);
        expect(await page.locator("article.target").count()).toBe(targets.length);
        for (const t of targets) {
          const card = page.locator(`article[data-target="${t.id}"]`);
          const goal = formatTarget(t.comparator, t.value, t.valueMax, lang === "vi" ? t.unit.vi : t.unit.en || t.unit.vi, lang);
          if (goal) expect(await card.locator("[data-goal]").textContent()).toBe(goal);
          expect(await card.locator("[data-deadline]").textContent()).toBe(
            t.deadline === null ? (lang === "vi" ? "không ghi thời hạn" : "no deadline stated") : String(t.deadline),
          );
          expect(await card.locator(".meta").textContent()).toContain(t.section);
          expect(await card.locator("blockquote.plan-quote").textContent()).toBe(`“${t.textVi}”`);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe("verdicts", () => {
  const stored = (targetId: string, areaId: string) => dataset.assessments.find((a) => a.targetId === targetId && a.areaId === areaId);

  it("every commitment on a plan page has the badge of the JSON, labelled by what it rests on, and one part per body it names", async () => {
    for (const planId of ["lao-cai-84-kh-ubnd-2017", "lai-chau-579-kh-ubnd-2016", "nq-28-nq-cp-2021", "ubtvqh-co-cau-qh-xvi", "qd-2351-qd-ttg-2010"]) {
      const { page } = await visit(`/plans/${planId}/`);
      const plan = ix.plan.get(planId);
      for (const t of dataset.targets.filter((x) => x.planId === planId)) {
        const card = page.locator(`article[data-target="${t.id}"]`);
        const expected = stored(t.id, plan?.areaId ?? "");
        const badge = card.locator(".status-line [data-status]");
        expect(await badge.getAttribute("data-status"), t.id).toBe(expected?.status);
        expect(await badge.getAttribute("data-verdict-evidence"), t.id).toBe(expected?.evidence);
        if (expected?.evidence === "proxy" && isDecided(expected)) expect(await badge.textContent(), t.id).toContain("đo gián tiếp");
        expect(await card.locator("[data-part]").count(), t.id).toBe(expected?.parts.length ?? 0);
        expect(await card.locator("details[data-calc]").count(), t.id).toBe(t.value === null ? 0 : (expected?.parts.length ?? 0));
      }
      await page.context().close();
    }
  });
  it("a plan page opens with its verdict: counts, by proxy apart, and who reports to whom by when", async () => {
    const { page } = await visit("/plans/lao-cai-84-kh-ubnd-2017/", { width: 390 });
    expect(await page.locator("h2").first().getAttribute("id")).toBe("verdict");
    const verdict = page.locator("[data-plan-verdict]");
    expect(await verdict.locator('[data-counts="proxy"] [data-status-count="not-achieved"] strong').textContent()).toBe("2");
    expect(await verdict.locator("[data-reporting-clause]").textContent()).toContain("trước ngày 30/11 hằng năm");
    await page.context().close();
  });
  it("a missed deadline with its figure reads 'not achieved', with the figure and the target, and what is missing names who holds it", async () => {
    const { page } = await visit("/en/plans/lao-cai-84-kh-ubnd-2017/", { width: 390 });
    const card = page.locator('article[data-target="lao-cai-84-kh-ubnd-2017-2"]');
    expect(await card.locator(".status-line").textContent()).toContain("Not achieved by the deadline");
    expect(await card.locator('[data-part="na_women_candidates_share"] [data-pace]').textContent()).toContain("30.00%");
    expect(await card.locator("[data-proxy-note]").textContent()).toContain("planning pool");
    const database = page.locator('article[data-target="lao-cai-84-kh-ubnd-2017-iii-2"]');
    expect(await database.locator("[data-missing]").textContent()).toContain("Department of Home Affairs");
    await page.context().close();
  });
  it("the calculation card opens to show every input, and the pace in plain words", async () => {
    const { page } = await visit("/en/plans/nq-28-nq-cp-2021/", { width: 390 });
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
      expect(await examples.count()).toBe(13);
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
  it("a province page opens on its verdicts; Lào Cai (2025) met the 35% target of the 16th legislature; national targets are for reference", async () => {
    const { page } = await visit("/provinces/lao-cai/", { width: 390 });
    expect(await page.locator("h2").first().textContent()).toBe("Tổng hợp đánh giá");
    const other = page.locator('[data-group="other-national"]');
    expect(await other.locator("h3 .badge").textContent()).toBe("tham khảo");
    expect(await other.locator('li[data-assessment="ubtvqh-co-cau-qh-xvi-1"] [data-status]').getAttribute("data-status")).toBe("achieved");
    expect(await visibleChartDots(page)).toBeGreaterThan(0);
    await page.context().close();
  });
  it("the home page opens with findings: the 2026 delegations against 35%, with the status map and a national table with badges", async () => {
    const { page } = await visit("/", { width: 390 });
    const achieved = dataset.assessments.filter((a) => a.targetId === "ubtvqh-co-cau-qh-xvi-1" && a.areaId !== "viet-nam" && a.status === "achieved").length;
    expect(await page.locator("h2").first().getAttribute("id")).toBe("findings");
    expect(await page.locator('[data-finding="na-2026"]').textContent()).toContain(`${achieved}/34`);
    expect(await page.locator('[data-chart^="status-map-"]').count()).toBeGreaterThan(0);
    expect(await page.locator("[data-plan-verdict]").count()).toBe(4);
    expect(await page.locator("#national-targets li [data-status]").count()).toBeGreaterThan(10);
    await page.context().close();
  });
  it("the status matrix equals the JSON and sorts by a column (on a wide screen; on a phone its rows are cards)", async () => {
    const { page } = await visit("/status/", { width: 1280 });
    const cells = await page
      .locator('table[data-matrix="p34"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-area"), r.querySelector("td")?.getAttribute("data-status")]));
    expect(cells).toHaveLength(34);
    for (const [areaId, status] of cells) expect(status, areaId ?? "").toBe(stored("ubtvqh-co-cau-qh-xvi-1", areaId ?? "")?.status);
    await page.locator('table[data-matrix="p34"] button[data-sort="1"]').click();
    const sorted = await page.locator('table[data-matrix="p34"] tbody td').evaluateAll((tds) => tds.map((td) => td.getAttribute("data-status")));
    expect(sorted[0]).toBe("achieved");
    expect(sorted.at(-1)).not.toBe("achieved");
    await page.context().close();
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

describe("the status page on a phone", () => {
  it("filters the provinces by status", async () => {
    const { page } = await visit("/en/status/", { width: 390 });
    await page.selectOption("#status-filter", "achieved");
    const shown = await page.locator('table[data-matrix="p34"] tbody tr:not([hidden])').count();
    const expected = dataset.assessments.filter((a) => a.targetId === "ubtvqh-co-cau-qh-xvi-1" && a.areaId !== "viet-nam" && a.status === "achieved").length;
    expect(shown).toBeGreaterThanOrEqual(expected);
    expect(shown).toBeLessThan(34);
    await page.selectOption("#status-filter", "");
    expect(await page.locator('table[data-matrix="p34"] tbody tr:not([hidden])').count()).toBe(34);
    await page.context().close();
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
  it("a proxy reported by Lào Cai shows on its target with its body, report and the reason it is not the target", async () => {
    const { page } = await visit("/en/plans/lao-cai-84-kh-ubnd-2017/", { width: 390 });
    const card = page.locator('article[data-target="lao-cai-84-kh-ubnd-2017-1"]');
    const proxy = card.locator('[data-evidence="reported-proxy"]');
    expect(await proxy.count()).toBe(1);
    expect(await proxy.textContent()).toContain("23.42");
    expect(await proxy.textContent()).toContain("as reported by");
    expect(await proxy.textContent()).toContain("planning pool");
    expect(await proxy.textContent()).toContain("16 May 2023");
    await page.context().close();
    // On the Vietnamese page the same figure is written the Vietnamese way, its date as Nghị định 30/2020 writes it.
    const vi = await visit("/plans/lao-cai-84-kh-ubnd-2017/", { width: 390 });
    const figure = vi.page.locator('article[data-target="lao-cai-84-kh-ubnd-2017-1"] [data-evidence="reported-proxy"]');
    expect(await figure.locator(".figure").textContent()).toBe("23,42%");
    expect(await figure.textContent()).toContain("16/5/2023");
    expect(await vi.page.locator('article[data-target="lao-cai-84-kh-ubnd-2017-1"]').textContent()).not.toContain("{body}");
    await vi.page.context().close();
  });
});

describe("the host's headers (dist/_headers, dist/_redirects)", () => {
  it("the built site carries the files a static host reads", () => {
    expect(readFileSync(join(dist, "_headers"), "utf8")).toBe(headersFile());
    expect(readFileSync(join(dist, "_redirects"), "utf8")).toBe(REDIRECTS);
  });
  it("pages refuse to be framed and embeds allow it; hashed assets are immutable; HTML and data are cached briefly", async () => {
    const head = async (path: string) => (await fetch(server.origin + path)).headers;
    expect((await head("/")).get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await head("/en/plans/lao-cai-84-kh-ubnd-2017/")).get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await head(`/embed/${EMBEDDED}/`)).get("content-security-policy")).toContain("frame-ancestors *");
    expect((await head("/")).get("cache-control")).toBe("public, max-age=600, must-revalidate");
    expect((await head("/data/observations.csv")).get("cache-control")).toBe("public, max-age=3600, must-revalidate");
    const asset = readFileSync(join(dist, "index.html"), "utf8").match(/\/_astro\/[^"]+/u)?.[0];
    expect(asset).toBeDefined();
    expect((await head(asset ?? "")).get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await head("/")).get("x-content-type-options")).toBe("nosniff");
  });
  it("a page framed by another page is refused; an embed is shown", async () => {
    const { page } = await visit("/", { width: 390 });
    const blocked: string[] = [];
    page.on("console", (m) => blocked.push(m.text()));
    await page.setContent(`<iframe id="page" src="${server.origin}/plans/"></iframe><iframe id="embed" src="${server.origin}/embed/${EMBEDDED}/"></iframe>`);
    await page.frameLocator("#embed").locator("main[data-chart]").waitFor({ state: "attached" });
    await page.waitForTimeout(300);
    // Chromium shows its own error page in the refused frame: the site's page is not there.
    expect(await page.frameLocator("#page").locator("main#content").count()).toBe(0);
    expect(await page.frameLocator("#embed").locator("main[data-chart]").count()).toBe(1);
    await page.context().close();
  });
  it("an English address that does not exist answers 404 in English; a Vietnamese one in Vietnamese", async () => {
    const en = await fetch(server.origin + "/en/no-such-page/");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('<html lang="en"');
    const vi = await fetch(server.origin + "/khong-co-trang-nay/");
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
  it("the default view is drawn without JavaScript", async () => {
    const { page } = await visit("/compare/", { javaScript: false });
    expect(await page.locator("#compare-dot g.value-dot").count()).toBe(3);
    expect(await page.locator("#compare-slope line.slope").count()).toBe(3);
    await page.context().close();
  });
});

describe("maps", () => {
  it("every tile of the home page's map is a link reachable with the keyboard", async () => {
    const { page } = await visit("/", { width: 390 });
    const tiles = page.locator('figure[data-chart^="map-"] svg.tilemap a[href]');
    expect(await tiles.count()).toBe(34);
    await tiles.first().focus();
    expect(await page.evaluate(() => document.activeElement?.closest("svg.tilemap") !== null)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-area"))).not.toBeNull();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/provinces\//u);
    await page.context().close();
  });
  it("a national target with provincial figures has a status map", async () => {
    const { page } = await visit("/plans/ubtvqh-co-cau-qh-xvi/", { width: 390 });
    await page.locator('details[data-status-map="ubtvqh-co-cau-qh-xvi-1"] > summary').click();
    const tiles = page.locator('details[data-status-map="ubtvqh-co-cau-qh-xvi-1"] svg.tilemap a');
    expect(await tiles.count()).toBe(34);
    expect(await page.locator('details[data-status-map="ubtvqh-co-cau-qh-xvi-1"] svg.tilemap a[data-area="lao-cai"] title').textContent()).toContain("Đã đạt");
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
      expect(shown).toEqual([width < 600 ? "340" : "720"]);
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
        const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(server.origin + src);
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
    await page.goto(`${server.origin}/embed/${EMBEDDED}/?plain=1&theme=dark`);
    expect(await page.locator("h1").isVisible()).toBe(false);
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    await page.context().close();
  });
  it("every chart offers its embed code with this site's address, SVG and PNG downloads, and alt text from the data", async () => {
    const { page } = await visit("/provinces/lao-cai/");
    const share = page.locator(`details[data-share="${EMBEDDED}"]`);
    await share.locator("summary").click();
    const code = await share.locator("textarea").inputValue();
    expect(code).toContain(`<iframe src="${server.origin}/embed/${EMBEDDED}/"`);
    expect(code).toContain(`<script src="${server.origin}/embed.js" async></script>`);
    const png = await page.request.get(`${server.origin}/charts/${EMBEDDED}.png`);
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBe(2 * 760);
    expect(await share.locator("[data-alt]").textContent()).toMatch(/^Tỷ lệ nữ đại biểu Quốc hội của Lào Cai là 50,00% năm 2026/u);
    const pages = await page.locator("figure.chart[data-chart]").evaluateAll((fs) => fs.map((f) => f.getAttribute("data-chart")));
    for (const id of pages) {
      expect(await page.locator(`figure[data-chart="${id}"] details[data-share] a[href="/charts/${id}.png"]`).count()).toBe(1);
      expect((await page.request.get(`${server.origin}/embed/${id}/`)).status()).toBe(200);
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
        return codes.length > 0 && codes.every((c) => c.includes(`${server.origin}/embed/`) && !c.includes("{origin}"));
      },
    },
    {
      path: "/compare/",
      ran: async (page) => {
        await page.selectOption("#compare-indicator", "na_women_share");
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
    expect(await page.locator("article.target").count()).toBe(dataset.targets.filter((t) => t.planId === "lao-cai-84-kh-ubnd-2017").length);
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
