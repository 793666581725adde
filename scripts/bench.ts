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
import { readDataFolder } from "../test/support/data-files.ts";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
if (!existsSync(join(dist, "index.html"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });

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

const PAGES: [string, string, { js?: number; page?: number }][] = [
  ["home", "index.html", { page: 60 * 1024 }],
  ["province", "provinces/lao-cai/index.html", { page: 60 * 1024 }],
  ["indicator", "indicators/na_women_share/index.html", { page: 60 * 1024 }],
  ["plan", "plans/lao-cai-84-kh-ubnd-2017/index.html", { page: 60 * 1024 }],
  ["compare", "compare/index.html", { js: 30 * 1024 }],
  ["status matrix", "status/index.html", {}],
  ["embed", "embed/trend-na_women_share-lao-cai-lao-cai-truoc-2025-yen-bai-viet-nam/index.html", { page: 20 * 1024, js: 3 * 1024 }],
];

console.log("\npage kind       HTML+CSS gz   JS gz     fonts (woff2)   budget");
for (const [kind, path, budget] of PAGES) {
  const html = readFileSync(join(dist, path), "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/gu)].map((m) => m[1] ?? "");
  const inline = [...html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1] ?? "");
  const js = scripts.reduce((n, src) => n + gz(readFileSync(join(dist, src))), 0) + inline.reduce((n, code) => n + gz(code), 0);
  // Fonts a Vietnamese page loads: the latin and vietnamese subsets of each weight it names.
  const fonts = [...new Set([...html.matchAll(/url\(([^)]+?-(?:latin|vietnamese)-\d+-normal[^)]*\.woff2)\)/gu)].map((m) => m[1] ?? ""))];
  const fontBytes = fonts.reduce((n, f) => n + (existsSync(join(dist, f)) ? statSync(join(dist, f)).size : 0), 0);
  const htmlGz = gz(html);
  const checks = [
    budget.page ? `page ≤ ${kb(budget.page)}: ${htmlGz + js <= budget.page ? "within" : "OVER"}` : "",
    budget.js ? `JS ≤ ${kb(budget.js)}: ${js <= budget.js ? "within" : "OVER"}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  console.log(`${kind.padEnd(15)} ${kb(htmlGz).padStart(11)} ${kb(js).padStart(9)} ${`${kb(fontBytes)} (${fonts.length})`.padStart(15)}   ${checks}`);
}
