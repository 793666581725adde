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
import { buildDataset } from "../src/lib/pipeline.ts";
import { createHash } from "node:crypto";
import { readDataFolder } from "../test/support/data-files.ts";
import { printLighthouse } from "./bench-lighthouse.ts";
import type { InputFile } from "../src/lib/pipeline.ts";

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

/**
 * Synthetic data at 10×, 100× and commune-level size: the real folder plus one
 * tidy source of yearly figures by sex for all 63 provinces, over years before
 * 1900 (so no key meets a real figure) and as many indicators as it takes.
 * Invented numbers, for timing only; never written to data/.
 */
const SYNTHETIC_INDICATORS: [raw: string, unit: string, percent: boolean][] = [
  ["population_count", "người", false],
  ["average_population_count", "người", false],
  ["labour_force_15plus_count", "người", false],
  ["employed_15plus_count", "người", false],
  ["population_share_pct", "%", true],
  ["labour_force_15plus_share_pct", "%", true],
  ["employed_15plus_pct_of_population", "%", true],
  ["underemployment_rate_working_age_pct", "%", true],
];
function synthetic(factor: number): InputFile[] {
  const provinces = readFileSync(join(root, "data/sources/gso-provinces-2025/provinces_2024_2025.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(",")[1]?.replace(/^(Tỉnh|Thành phố) /u, "") ?? "");
  const rowsWanted = (factor - 1) * 800;
  const lines = ["indicator,area_name,period,sex,value,unit,source_url,source_title,note"];
  let n = 0;
  for (const [raw, unit, percent] of SYNTHETIC_INDICATORS) {
    for (let year = 1000; year < 1900 && n < rowsWanted; year++) {
      for (const name of provinces) {
        for (const sex of ["female", "male", "total"]) {
          const value = percent ? (n % 1000) / 10 : 1000 + n;
          lines.push(
            `${raw},${name === "Hồ Chí Minh" ? "Thành phố Hồ Chí Minh" : name},${year},${sex},${value},${unit},https://example.org/bench,Synthetic benchmark data,`,
          );
          n++;
        }
      }
    }
  }
  if (n < rowsWanted) throw new Error(`the synthetic generator makes at most ${n} rows; ${rowsWanted} wanted`);
  const csv = lines.join("\n") + "\n";
  const sha = createHash("sha256").update(csv).digest("hex");
  const md = `---\nid: bench-synthetic\ntitle: Synthetic\npublisher: Benchmark\nurl:\nretrieved: 2026-11-21\nlicence: none\nimporter: tidy\nfiles: synthetic.csv\nsha256: ${sha}\n---\n`;
  return [
    ...files,
    { path: "sources/bench-synthetic/synthetic.csv", text: csv, sha256: sha },
    { path: "sources/bench-synthetic/SOURCE.md", text: md, sha256: createHash("sha256").update(md).digest("hex") },
  ];
}

// 1,250× is about a commune-level dataset's row count (3,321 communes × 30 indicators × 10 periods ≈ 1 million).
for (const factor of [1, 10, 100, 1250]) {
  const input = factor === 1 ? files : synthetic(factor);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = buildDataset(input);
  const ms = performance.now() - t0;
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed - before;
  if (!result.ok) throw new Error(`synthetic ${factor}x does not build: ${result.problems[0]?.expected}`);
  console.log(
    `data build ${String(factor).padStart(4)}× real size: ${String(result.dataset.observations.length).padStart(8)} observations in ${ms.toFixed(0).padStart(6)} ms, dataset in memory ${(heap / 1024 / 1024).toFixed(1)} MB, peak heap ${(process.memoryUsage().heapTotal / 1024 / 1024).toFixed(0)} MB`,
  );
}

// Budgets (issue 6): a page ≤ 60 KB gzipped without fonts, its JavaScript ≤ 15 KB; an embed, which sits in someone else's page, ≤ 20 KB.
const PAGE = 60 * 1024;
const JS = 15 * 1024;
const PAGES: [string, string, { js: number; page: number }][] = [
  ["home", "index.html", { page: PAGE, js: JS }],
  ["province", "provinces/lao-cai/index.html", { page: PAGE, js: JS }],
  ["indicator", "indicators/na_women_share/index.html", { page: PAGE, js: JS }],
  ["plan", "plans/lao-cai-84-kh-ubnd-2017/index.html", { page: PAGE, js: JS }],
  ["compare", "compare/index.html", { page: PAGE, js: JS }],
  ["status matrix", "status/index.html", { page: PAGE, js: JS }],
  ["embed", "embed/trend-na_women_share-lao-cai-lao-cai-truoc-2025-yen-bai-viet-nam/index.html", { page: 20 * 1024, js: 3 * 1024 }],
];

console.log("\npage kind       HTML+CSS gz   JS gz   fonts at most   budget");
for (const [kind, path, budget] of PAGES) {
  const html = readFileSync(join(dist, path), "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/gu)].map((m) => m[1] ?? "");
  const inline = [...html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1] ?? "");
  const js = scripts.reduce((n, src) => n + gz(readFileSync(join(dist, src))), 0) + inline.reduce((n, code) => n + gz(code), 0);
  // The most a page can load in fonts: every subset (latin, latin-ext, vietnamese) of each weight it names. The
  // browser fetches only the subsets its characters need; Lighthouse's figures below show what it did fetch.
  const fonts = [...new Set([...html.matchAll(/url\(([^)]+?-(?:latin|latin-ext|vietnamese)-\d+-normal[^)]*\.woff2)\)/gu)].map((m) => m[1] ?? ""))];
  const fontBytes = fonts.reduce((n, f) => n + (existsSync(join(dist, f)) ? statSync(join(dist, f)).size : 0), 0);
  const htmlGz = gz(html);
  const checks = `page ≤ ${kb(budget.page)}: ${htmlGz + js <= budget.page ? "within" : "OVER"}; JS ≤ ${kb(budget.js)}: ${js <= budget.js ? "within" : "OVER"}`;
  console.log(`${kind.padEnd(15)} ${kb(htmlGz).padStart(11)} ${kb(js).padStart(9)} ${`${kb(fontBytes)} (${fonts.length})`.padStart(15)}   ${checks}`);
}

// Lighthouse last: it is the slowest part (skip with BENCH_SKIP_LIGHTHOUSE=1).
if (process.env["BENCH_SKIP_LIGHTHOUSE"] !== "1") await printLighthouse(dist);
