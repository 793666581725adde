/**
 * End to end: "Send a report" at 360 px in both languages, in Debian's
 * Chromium, on the built site (dist/, built with SITE_CONTACT_EMAIL set, as
 * `npm test` builds it). A reader chooses a filled template and sees the
 * checker's reply, the same text npm run check-report gives; a good file
 * gets each figure's effect and a prepared e-mail whose SHA-256 is the
 * file's; bad files are refused at their lines, a <script> cell shown as
 * text; nothing leaves the page and no policy is violated. The checker and
 * its data load only once a file is chosen. SEND_REPORT_SHOTS=<dir> saves
 * the journey's screenshots there.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { replyIn } from "../../src/i18n/report-check.ts";
import type { Dataset } from "../../src/lib/model.ts";
import { checkReport } from "../../src/lib/steps/report-check.ts";
import { servedSite } from "../support/served-site.ts";
import { REPORT, filled } from "../support/report-files.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
if (!existsSync(join(dist, "report-check/context.json"))) throw new Error("dist/ is missing or old: run `npm run build` before the end-to-end tests.");
const context = JSON.parse(readFileSync(join(dist, "report-check/context.json"), "utf8")) as Dataset;
const template = readFileSync(join(dist, "data/plans/binh-dinh-snv-kh-2022-template.csv"), "utf8");
const SHOTS = process.env["SEND_REPORT_SHOTS"];
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

const GOOD = filled(template, { 2: { value: "65", period: "2025", ...REPORT }, 4: { value: "35,5", period: "2024", ...REPORT } });
const BAD = filled(template, {
  2: { value: "130", period: "2025", ...REPORT },
  3: { target: "binh-dinh-snv-kh-2022-99", value: "50", period: "2025", ...REPORT },
  4: { value: "40", period: "2024", ...REPORT, note: "<script>alert(1)</script>" },
});
/** The good file in Windows-1258: "ì" as the single byte 0xEC. */
const WINDOWS_1258 = Buffer.concat(
  GOOD.replace(/^\uFEFF/u, "")
    .split("ì")
    .flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xec]), Buffer.from(part)])),
);

const site = servedSite(dist);

interface Visit {
  page: Page;
  requests: string[];
  bytes: () => number;
  violations: () => Promise<string[]>;
}

async function visit(path: string): Promise<Visit> {
  const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
  const requests: string[] = [];
  let bytes = 0;
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => {
    void r
      .body()
      .then((b) => (bytes += b.length))
      .catch(() => undefined);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${site.server.origin}${path}`, { waitUntil: "networkidle" });
  return { page, requests, bytes: () => bytes, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/** Large files are handed to the browser by their path on disk (a local browser reads them itself), small ones as bytes. */
const onDisk = mkdtempSync(join(tmpdir(), "send-report-"));

async function choose(page: Page, name: string, buffer: Buffer): Promise<{ reply: string; ms: number }> {
  const started = Date.now();
  await page.locator("[data-report-reply]").evaluate((e) => e.removeAttribute("data-ms"));
  if (buffer.length > 100_000) {
    const path = join(onDisk, name);
    writeFileSync(path, buffer);
    await page.locator("#report-file").setInputFiles(path);
  } else await page.locator("#report-file").setInputFiles({ name, mimeType: "text/csv", buffer });
  await page.waitForFunction((n) => document.querySelector("[data-report-status]")?.textContent?.includes(n) && !document.querySelector("[aria-busy]"), name);
  const total = Date.now() - started;
  const reply = (await page.locator("[data-report-reply]").textContent()) ?? "";
  // The page's own time, from the choice to the reply (the rest is the test handing the file to the browser).
  const ms = Number((await page.locator("[data-report-reply]").getAttribute("data-ms")) ?? total);
  return { reply, ms };
}

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
};

const expectedReply = (text: string | Buffer, name: string, lang: "vi" | "en") => {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : new Uint8Array(text);
  return replyIn(checkReport(context, bytes, new Date().toISOString().slice(0, 10), bytes.length), context, name, lang);
};

describe.each(["vi", "en"] as const)("/send-report/ at 360 px (%s)", (lang) => {
  const path = lang === "vi" ? "/send-report/" : "/en/send-report/";
  it("checks files on the page: the accepted reply with each figure's effect, the refusals at their lines, a prepared e-mail with the file's SHA-256; nothing leaves the page", async () => {
    const v = await visit(path);
    const { page } = v;
    const before = v.bytes();
    const loaded = [...v.requests];
    expect(loaded.some((u) => u.includes("/report-check/context.json"))).toBe(false);
    const email = await page.locator("[data-report-check]").getAttribute("data-email");
    expect(email, "build dist/ with SITE_CONTACT_EMAIL set (npm test does)").toBe("reports@example.org");
    await page.locator("#check").scrollIntoViewIfNeeded();
    await shot(page, `${lang}-1-choose`);

    const good = await choose(page, "bao-cao.csv", Buffer.from(GOOD));
    expect(good.reply).toBe(expectedReply(GOOD, "bao-cao.csv", lang));
    expect(good.reply).toContain(lang === "vi" ? "Không tìm thấy báo cáo → Đã đạt · theo báo cáo" : "No report found → Achieved · as reported");
    const after = v.bytes();
    await page.locator("[data-report-reply]").scrollIntoViewIfNeeded();
    await shot(page, `${lang}-3-accepted`);
    const mail = (await page.locator("[data-report-mailto]").getAttribute("href")) ?? "";
    const sha = createHash("sha256").update(GOOD).digest("hex");
    expect(mail.startsWith("mailto:reports@example.org?subject=")).toBe(true);
    const subject = decodeURIComponent(/subject=([^&]*)/u.exec(mail)?.[1] ?? "");
    expect(subject).toBe(`Báo cáo / Report: binh-dinh-snv-kh-2022 · Bình Định · SHA-256 ${sha}`);
    expect(decodeURIComponent(/body=([^&]*)/u.exec(mail)?.[1] ?? "")).toContain(expectedReply(GOOD, "bao-cao.csv", "en"));
    expect(await page.locator("[data-report-sha]").textContent()).toContain(sha);
    expect(await page.locator("[data-report-issue]").getAttribute("href")).toMatch(/^https:\/\/example\.org\/tracker\/site\/issues\/new\?title=/u);
    await page.locator("[data-report-send]").scrollIntoViewIfNeeded();
    await shot(page, `${lang}-4-send`);

    const bad = await choose(page, "sai.csv", Buffer.from(BAD));
    expect(bad.reply).toBe(expectedReply(BAD, "sai.csv", lang));
    const where = lang === "vi" ? "Dòng" : "Line";
    expect(bad.reply).toContain(`${where} 2, ${lang === "vi" ? "cột" : "column"} value`);
    expect(bad.reply).toContain(`${where} 3, ${lang === "vi" ? "cột" : "column"} target`);
    expect(bad.reply).toContain("<script>alert(1)</script>");
    expect(await page.locator("[data-report-reply] *").count()).toBe(0);
    expect(await page.locator("[data-report-send]").isHidden()).toBe(true);
    await page.locator("[data-report-reply]").scrollIntoViewIfNeeded();
    await shot(page, `${lang}-2-refused`);

    const legacy = await choose(page, "windows-1258.csv", WINDOWS_1258);
    expect(legacy.reply).toBe(expectedReply(WINDOWS_1258, "windows-1258.csv", lang));
    expect(legacy.reply).toContain("Windows-1258");

    // A 1 MB file (the template and blank rows) is answered; a 30 MB one is refused by its size.
    const megabyte = Buffer.from(GOOD + ",,,,,,,,,,,\n".repeat(Math.floor((1_000_000 - GOOD.length) / 12)));
    const one = await choose(page, "1mb.csv", megabyte);
    expect(one.reply).toBe(expectedReply(megabyte, "1mb.csv", lang));
    const thirty = await choose(page, "30mb.csv", Buffer.alloc(30 * 1024 * 1024, "a"));
    expect(thirty.reply).toContain("31457280");
    process.stderr.write(
      `send-report ${lang}: ${before} bytes before a file is chosen, ${after} after the first check; answered in ${good.ms} ms (good), ${one.ms} ms (1 MB), ${thirty.ms} ms (30 MB)\n`,
    );

    const origin = site.server.origin;
    expect(v.requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(await v.violations()).toEqual([]);
    await page.close();
  }, 120_000);
});
