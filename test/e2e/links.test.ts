/**
 * A link check over the whole built site: every internal link and asset
 * resolves to a file in dist/, and every page is linked from some other page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const dist = resolve(import.meta.dirname, "../../dist");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The file a site path is served from. */
function target(path: string): string | null {
  const clean = decodeURIComponent(path.split("#")[0]?.split("?")[0] ?? "");
  const direct = join(dist, clean);
  if (clean.endsWith("/")) return existsSync(join(direct, "index.html")) ? join(direct, "index.html") : null;
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  return existsSync(join(direct, "index.html")) ? join(direct, "index.html") : null;
}

// The 404 pages (dist/404.html, dist/en/404/index.html) are reached by missing addresses, not by links.
const pages = files(dist).filter((f) => f.endsWith(".html") && !f.endsWith("404.html") && !f.endsWith("/en/404/index.html"));
const linksOf = (html: string) => [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/gu)].map((m) => (m[1] ?? "").replace(/&amp;/gu, "&"));

describe("links across the built site", () => {
  it("every internal link and asset on every page exists", () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of linksOf(readFileSync(page, "utf8"))) {
        if (link.startsWith("//")) continue;
        if (!target(link)) broken.push(`${page.slice(dist.length)} -> ${link}`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
    expect(pages.length).toBeGreaterThan(500);
  });
  it("every page is linked from another page (no orphans), embed pages from their chart's page", () => {
    const linked = new Set<string>();
    for (const page of pages) {
      for (const link of linksOf(readFileSync(page, "utf8"))) {
        const file = target(link);
        if (file && file !== page) linked.add(file);
      }
    }
    const orphans = pages.filter((p) => !linked.has(p) && p !== join(dist, "index.html"));
    expect(orphans.map((p) => p.slice(dist.length))).toEqual([]);
  });
});
