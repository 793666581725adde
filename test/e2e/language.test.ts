/**
 * One language per page: every built page is scanned for text in the other
 * language outside elements that say so with a lang attribute (see
 * src/lib/language.ts for how a segment is read).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { foreignText } from "../../src/lib/language.ts";

const dist = resolve(import.meta.dirname, "../../dist");
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

describe("one language per page", () => {
  it("no page shows text in the other language outside an element marked with its lang", () => {
    const leaks: string[] = [];
    const pages = files(dist).filter((f) => f.endsWith(".html"));
    for (const file of pages) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      const lang = document.documentElement.getAttribute("lang") === "en" ? "en" : "vi";
      for (const text of foreignText(document, lang)) leaks.push(`${file.slice(dist.length)}: ${text.slice(0, 120)}`);
    }
    expect(pages.length).toBeGreaterThan(500);
    expect(leaks.slice(0, 30)).toEqual([]);
  });
});
