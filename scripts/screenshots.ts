/**
 * npm run screenshots -- [paths…] — serves dist/ and saves full-page PNGs at
 * phone (360 px) and desktop (1280 px) widths into screenshots/, to look at,
 * printing each page's width and height (a page wider than the phone is a bug).
 * SLICES=n also saves the first n screens of each page as separate PNGs, so
 * a long phone page can be read at full size; SLICE_FROM=y starts them y
 * pixels down the page.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium } from "./support/browser.ts";
import { serveStatic } from "./support/static-server.ts";

const root = resolve(import.meta.dirname, "..");
const paths =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ["/", "/plans/lao-cai-84-kh-ubnd-2017/", "/provinces/lao-cai-truoc-2025/", "/indicators/na_women_share/", "/en/"];
const out = join(root, "screenshots");
mkdirSync(out, { recursive: true });
const server = await serveStatic(join(root, "dist"));
const browser = await launchChromium();
for (const [label, width] of [
  ["phone", 360],
  ["desktop", 1280],
] as const) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  for (const path of paths) {
    await page.goto(server.origin + path, { waitUntil: "networkidle" });
    const file = join(out, `${path.replace(/[^a-z0-9]+/giu, "_").replace(/^_|_$/gu, "") || "home"}-${label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    process.stderr.write(`${file} ${pageWidth}x${height}\n`);
    const from = Number(process.env["SLICE_FROM"] ?? 0);
    const slices = Math.min(Number(process.env["SLICES"] ?? 0), Math.ceil((height - from) / 800));
    for (let i = 0; i < slices; i++) {
      const slice = file.replace(/\.png$/u, `-${i + 1}.png`);
      const top = from + i * 800;
      await page.screenshot({ path: slice, fullPage: true, clip: { x: 0, y: top, width, height: Math.min(800, height - top) } });
      process.stderr.write(`${slice}\n`);
    }
  }
  await page.close();
}
await browser.close();
await server.close();
