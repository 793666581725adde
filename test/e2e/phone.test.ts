/**
 * A phone's first screen (360 × 780) in both languages: the header folds to
 * one line and its menu opens without JavaScript; a province's own verdicts
 * and a plan's verdict show before the fold; a 2025 unit without a plan of
 * its own leads with its predecessors'; a 404 reads in the address's
 * language on a host that serves one 404.html for every path; search answers
 * while typing.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { servedSite } from "../support/served-site.ts";

const dist = resolve(import.meta.dirname, "../../dist");
const PHONE = { width: 360, height: 780 };

const site = servedSite(dist);

async function phone(path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: "networkidle" });
  return page;
}

/** The top of an element, in px from the top of the page. */
const topOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe("the header on a phone", () => {
  for (const path of ["/", "/en/", "/provinces/ha-noi/", "/en/plans/lao-cai-84-kh-ubnd-2017/"]) {
    it(`is one line, its menu behind a link, on ${path}`, async () => {
      const page = await phone(path);
      const height = await page.locator("header.site").evaluate((el) => el.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(64);
      expect(await page.locator("header.site nav#menu").isVisible()).toBe(false);
      expect(await page.locator("header.site .lang-switch").isVisible()).toBe(true);
      await page.context().close();
    });
  }
  it("opens the menu without JavaScript, and every section is a tap away", async () => {
    const page = await phone("/", { javaScript: false });
    await page.locator("header.site .menu-open").click();
    expect(await page.locator("header.site nav#menu").isVisible()).toBe(true);
    await page.locator('header.site nav#menu a[href="/status/"]').click();
    expect(new URL(page.url()).pathname).toBe("/status/");
    await page.context().close();
  });
});

describe("the answer on the first screen", () => {
  it("a province page opens with its own verdicts on the rules that bind its bodies, in both languages", async () => {
    for (const path of ["/provinces/ha-noi/", "/en/provinces/ha-noi/"]) {
      const page = await phone(path);
      expect(await topOf(page, '[data-group="rules"] [data-counts]'), path).toBeLessThan(PHONE.height);
      await page.context().close();
    }
  });
  it("a plan opens with its verdict", async () => {
    for (const path of ["/plans/lai-chau-579-kh-ubnd-2016/", "/en/plans/nq-1187-nq-ubtvqh14-2021/"]) {
      const page = await phone(path);
      expect(await topOf(page, "[data-plan-verdict] [data-counts]"), path).toBeLessThan(PHONE.height);
      await page.context().close();
    }
  });
  it("a 2025 unit without a plan of its own leads with its predecessors' plans, named as theirs", async () => {
    for (const path of ["/provinces/lao-cai/", "/en/provinces/lao-cai/"]) {
      const page = await phone(path);
      expect(await page.locator("[data-predecessor-plans] [data-plan-verdict]").count(), path).toBeGreaterThan(0);
      expect(await topOf(page, "[data-predecessor-plans] [data-plan-verdict]"), path).toBeLessThan(PHONE.height * 1.5);
      expect(await page.locator("main").textContent()).not.toContain("Trong dữ liệu chưa có kế hoạch nào của địa bàn này");
      await page.context().close();
    }
  });
});

describe("short enough to read on a phone", () => {
  it("the home and compare pages are each within 8 phone screens, and compare shows its controls and its result on the first screen, in both languages", async () => {
    const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
    for (const prefix of ["", "/en"]) {
      const home = await phone(`${prefix}/`);
      expect(await height(home), `${prefix}/`).toBeLessThanOrEqual(8 * PHONE.height);
      await home.context().close();
      const compare = await phone(`${prefix}/compare/`);
      expect(await height(compare), `${prefix}/compare/`).toBeLessThanOrEqual(8 * PHONE.height);
      expect(await topOf(compare, "#compare-indicator"), prefix).toBeLessThan(PHONE.height);
      expect(await topOf(compare, "#compare-summary"), prefix).toBeLessThan(PHONE.height);
      await compare.context().close();
    }
  });
});

describe("a host that serves one 404.html for every missing address", () => {
  it("answers an English address in English", async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const notFound = readFileSync(join(dist, "404.html"), "utf8");
    // As GitHub Pages or an object store would: the same file for every missing path.
    await page.route("**/en/no-such-page/", (route) => route.fulfill({ status: 404, contentType: "text/html", body: notFound }));
    await page.goto(site.server.origin + "/en/no-such-page/");
    await page.waitForURL("**/en/404/");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toMatch(/not found/iu);
    await context.close();
  });
});

describe("search", () => {
  it("answers while the reader types, without Enter, and a plan's number finds the plan first", async () => {
    const page = await phone("/search/");
    await page.locator("#search-q").pressSequentially("lao cai", { delay: 30 });
    await page.locator("[data-search-results] li").first().waitFor();
    const first = await page.locator("[data-search-results] li a").first().getAttribute("href");
    expect(first).toContain("/provinces/lao-cai");
    await page.locator("#search-q").fill("");
    await page.locator("#search-q").pressSequentially("579", { delay: 30 });
    await page.waitForFunction(() => document.querySelector("[data-search-results] li a")?.getAttribute("href")?.includes("579") === true);
    const top = await page.locator("[data-search-results] li a").first().getAttribute("href");
    expect(top).toBe("/plans/lai-chau-579-kh-ubnd-2016/");
    await page.context().close();
  });
});
