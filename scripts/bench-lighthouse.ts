/**
 * Lighthouse (mobile profile: a mid-range phone on a slow 4G link, simulated)
 * on the built site served from 127.0.0.1, in Debian's Chromium. Part of
 * `npm run bench`: prints scores and timings, asserts nothing.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type RunnerResult } from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./support/browser.ts";
import { serveStatic } from "./support/static-server.ts";

export const LIGHTHOUSE_PAGES: [kind: string, path: string][] = [
  ["home", "/"],
  ["plan", "/plans/lai-chau-579-kh-ubnd-2016/"],
  ["commitment", "/plans/lai-chau-579-kh-ubnd-2016/vi-4-quota/"],
  ["province", "/provinces/lao-cai/"],
  ["indicator", "/indicators/na_women_share/"],
  ["status", "/status/"],
  ["status 63", "/status/63-provinces/"],
  ["compare", "/compare/"],
  ["embed", "/embed/trend-na_women_share-lao-cai-lao-cai-truoc-2025-yen-bai-viet-nam/"],
];

/** Page kinds to run (BENCH_LIGHTHOUSE_ONLY=status,compare); all when unset. */
const ONLY = (process.env["BENCH_LIGHTHOUSE_ONLY"] ?? "").split(",").filter((k) => k !== "");

/** Runs per page kind; the figures printed are the median run's (by LCP), with every run's LCP beside them. */
export const LIGHTHOUSE_RUNS = Number(process.env["BENCH_LIGHTHOUSE_RUNS"] ?? 5);

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const score = (s: number | null | undefined) => (s === null || s === undefined ? "–" : String(Math.round(s * 100)));

export async function printLighthouse(dist: string): Promise<void> {
  const server = await serveStatic(dist);
  // chrome-launcher makes a fresh, empty profile directory for each launch.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS], logLevel: "silent" });
  try {
    console.log(`\nLighthouse 13, mobile profile (simulated slow 4G, 4× CPU slowdown), median of ${LIGHTHOUSE_RUNS} runs per page kind`);
    console.log("page kind     performance  accessibility  best practices  SEO    LCP      TBT     CLS");
    for (const [kind, path] of LIGHTHOUSE_PAGES.filter(([k]) => ONLY.length === 0 || ONLY.includes(k))) {
      const runs: RunnerResult[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const run = await lighthouse(server.origin + path, { port: chrome.port, output: "json", logLevel: "error" });
        if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
        runs.push(run);
      }
      const lcpOf = (r: RunnerResult) => r.lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN;
      const lcps = runs.map(lcpOf);
      const middle = median(lcps);
      const result = runs.find((r) => lcpOf(r) === middle) ?? runs[0];
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      const ms = (id: string) => audits[id]?.numericValue;
      const lcp = ms("largest-contentful-paint");
      const tbt = ms("total-blocking-time");
      const cls = ms("cumulative-layout-shift");
      console.log(
        `${kind.padEnd(13)} ${score(categories["performance"]?.score).padStart(11)}  ${score(categories["accessibility"]?.score).padStart(13)}  ${score(categories["best-practices"]?.score).padStart(14)}  ${score(categories["seo"]?.score).padStart(3)}  ${lcp === undefined ? "–" : `${(lcp / 1000).toFixed(2)} s`.padStart(7)}  ${tbt === undefined ? "–" : `${tbt.toFixed(0)} ms`.padStart(6)}  ${cls === undefined ? "–" : cls.toFixed(3).padStart(6)}`,
      );
      console.log(
        `              LCP of the ${runs.length} runs: ${lcps.map((v) => `${(v / 1000).toFixed(2)} s`).join(", ")} (median ${(middle / 1000).toFixed(2)} s)`,
      );
      // What the phone actually downloaded, by kind (fonts are fetched only for the characters the page uses).
      const requests = (audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
      const bytes = (type?: string) => requests.filter((r) => !type || r.resourceType === type).reduce((n, r) => n + (r.transferSize ?? 0), 0);
      const fonts = requests.filter((r) => r.resourceType === "Font").length;
      console.log(
        `              transferred ${kb(bytes())}: document ${kb(bytes("Document"))}, CSS ${kb(bytes("Stylesheet"))}, JS ${kb(bytes("Script"))}, fonts ${kb(bytes("Font"))} (${fonts} files), images ${kb(bytes("Image"))}`,
      );
      const failing = Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode !== "informative" &&
            a.scoreDisplayMode !== "notApplicable" &&
            a.scoreDisplayMode !== "manual",
        )
        .map((a) => a.id);
      if (failing.length > 0) console.log(`              below 0.9: ${failing.join(", ")}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}
