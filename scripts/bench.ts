/**
 * npm run bench — prints figures; asserts nothing. Run after `npm run build`
 * (it builds first when dist/ is missing).
 *  - data build time on the real data (median of 5 runs);
 *  - bytes per page kind, gzipped: HTML (CSS is inlined), JavaScript, fonts;
 *  - the budgets they are held to.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildDataset } from "../src/lib/steps/index.ts";
import { readDataFolder } from "./data-folder.ts";
import { runAtScale, type ScaleRun } from "./bench-data.ts";
import { printLighthouse } from "./bench-lighthouse.ts";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
// The real site: data build, pages and chart images (skip with BENCH_SKIP_SITE=1 when dist/ is fresh).
if (process.env["BENCH_SKIP_SITE"] !== "1" || !existsSync(join(dist, "index.html"))) {
  const t0 = performance.now();
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
  const pages = execFileSync("find", [dist, "-name", "index.html"], { encoding: "utf8" }).trim().split("\n").length;
  const images = execFileSync("find", [join(dist, "charts"), "-name", "*.png"], { encoding: "utf8" })
    .trim()
    .split("\n").length;
  console.log(`site build (npm run build): ${((performance.now() - t0) / 1000).toFixed(1)} s for ${pages} pages and ${images} PNG chart images`);
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// Data build on the real data.
const files = readDataFolder();
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const result = buildDataset(files);
  times.push(performance.now() - t0);
  if (!result.ok) throw new Error("the data do not build");
}
times.sort((a, b) => a - b);
console.log(`data build (real data, ${files.length} files): median ${times[2]?.toFixed(0)} ms of 5 runs`);

// The data build at 10×, 100× and commune-level size (1,250×: 3,321 communes × 30 indicators × 10 periods ≈ 1 million rows),
// each in a worker whose heap is capped at 600 MB (issue 9: the million-row build within 600 MB, and within 14× the 100× run's time).
const HEAP_LIMIT_MB = 600;
const runs: ScaleRun[] = [];
for (const factor of [1, 10, 100, 1250]) {
  const run = await runAtScale(factor, HEAP_LIMIT_MB);
  runs.push(run);
  console.log(
    `data build ${String(factor).padStart(4)}× real size: ${String(run.observations).padStart(8)} observations in ${run.ms.toFixed(0).padStart(6)} ms, ` +
      `peak heap ${run.peakHeapMb.toFixed(0)} MB (limit ${HEAP_LIMIT_MB} MB), dataset kept ${run.liveHeapMb.toFixed(0)} MB`,
  );
}
const [hundred, million] = [runs.find((r) => r.factor === 100), runs.find((r) => r.factor === 1250)];
if (hundred && million) {
  const ratio = million.ms / hundred.ms;
  console.log(
    `  1,250× over 100×: ${(million.observations / hundred.observations).toFixed(1)}× the rows in ${ratio.toFixed(1)}× the time (${ratio <= 14 ? "within" : "OVER"} 14×)`,
  );
}

// Budgets (issue 6): a page ≤ 60 KB gzipped without fonts, its JavaScript ≤ 15 KB; an embed, which sits in someone else's page, ≤ 20 KB.
const PAGE = 60 * 1024;
const JS = 15 * 1024;
// Issue 17: the fonts of a page, all weights together, ≤ 60 KB.
const FONTS = 60 * 1024;
const PAGES: [string, string, { js: number; page: number }][] = [
  ["home", "index.html", { page: PAGE, js: JS }],
  ["province", "provinces/lao-cai/index.html", { page: PAGE, js: JS }],
  ["indicator", "indicators/na_women_share/index.html", { page: PAGE, js: JS }],
  ["plan", "plans/lao-cai-84-kh-ubnd-2017/index.html", { page: PAGE, js: JS }],
  ["compare", "compare/index.html", { page: PAGE, js: JS }],
  ["status matrix", "status/index.html", { page: PAGE, js: JS }],
  ["status 63", "status/63-provinces/index.html", { page: PAGE, js: JS }],
  ["embed", "embed/trend-na_women_share-lao-cai-lao-cai-truoc-2025-yen-bai-viet-nam/index.html", { page: 20 * 1024, js: 3 * 1024 }],
];

console.log("\npage kind       HTML+CSS gz   JS gz           fonts   budget");
for (const [kind, path, budget] of PAGES) {
  const html = readFileSync(join(dist, path), "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/gu)].map((m) => m[1] ?? "");
  const inline = [...html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1] ?? "");
  const js = scripts.reduce((n, src) => n + gz(readFileSync(join(dist, src))), 0) + inline.reduce((n, code) => n + gz(code), 0);
  // The fonts a page loads: the files its font script names (one subset per weight, src/site-csp.ts), fetched
  // after the largest paint; Lighthouse's figures below show what the phone did fetch.
  const fonts = [...new Set([...html.matchAll(/\/fonts\/[a-z0-9-]+\.woff2/gu)].map((m) => m[0]))];
  const fontBytes = fonts.reduce((n, f) => n + (existsSync(join(dist, f)) ? statSync(join(dist, f)).size : 0), 0);
  const htmlGz = gz(html);
  const checks = `page ≤ ${kb(budget.page)}: ${htmlGz + js <= budget.page ? "within" : "OVER"}; JS ≤ ${kb(budget.js)}: ${js <= budget.js ? "within" : "OVER"}; fonts ≤ ${kb(FONTS)}: ${fontBytes <= FONTS ? "within" : "OVER"}`;
  console.log(`${kind.padEnd(15)} ${kb(htmlGz).padStart(11)} ${kb(js).padStart(9)} ${`${kb(fontBytes)} (${fonts.length})`.padStart(15)}   ${checks}`);
}

// Lighthouse last: it is the slowest part (skip with BENCH_SKIP_LIGHTHOUSE=1).
if (process.env["BENCH_SKIP_LIGHTHOUSE"] !== "1") await printLighthouse(dist);
