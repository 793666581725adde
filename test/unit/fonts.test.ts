/**
 * The font build (src/lib/publish/fonts.ts, scripts/build-fonts.ts): the
 * fallback takes the web font's room, the subset holds every character the
 * site shows, and no font request is on the path to the first paint.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ARIAL, FONT_WEIGHTS, averageWidth, fallbackOverrides, fontFaceCss, siteCharacters } from "../../src/lib/publish/fonts.ts";
import { FONT_SCRIPT } from "../../src/site-csp.ts";

const root = resolve(import.meta.dirname, "../..");

describe("the fallback's metrics", () => {
  it("are the identity for the fallback itself, and scale with a wider font", () => {
    const same = fallbackOverrides(ARIAL);
    expect(same.sizeAdjust).toBe(100);
    expect(same.ascent).toBeCloseTo((1854 / 2048) * 100, 1);
    // A font 10 % wider on average: the fallback is drawn 10 % larger, and its ascent shrinks to match.
    const wider = fallbackOverrides({ ...ARIAL, xWidthAvg: ARIAL.xWidthAvg * 1.1 });
    expect(wider.sizeAdjust).toBe(110);
    expect(wider.ascent).toBeCloseTo(same.ascent / 1.1, 1);
  });
  it("average widths weighted by how often each letter is used", () => {
    expect(averageWidth(() => 500)).toBeCloseTo(500, 9);
    expect(averageWidth((c) => (c === "a" ? 1000 : 0), { a: 1, b: 3 })).toBe(250);
  });
  it("the CSS is only the local fallback: nothing to fetch, no web font named", () => {
    const css = fontFaceCss(fallbackOverrides({ ...ARIAL, xWidthAvg: 1000 }));
    expect(css).toContain('font-family:"Be Vietnam Pro Fallback"');
    expect(css).toContain('local("Arial")');
    expect(css).not.toContain("url(");
    expect(css).toMatch(/size-adjust:\d+(\.\d+)?%/u);
  });
});

describe("the subset", () => {
  it("holds every Vietnamese letter with its tones, đ and Đ, and every character of the texts given", () => {
    const chars = new Set(siteCharacters(["Bình Định ≥ 35 % “trên 28 %” – Ủy ban"]));
    for (const ch of "ăâđêôơưĂÂĐÊÔƠƯĩũỹỳỷỵỆệỮữ≥“”–Ủ") expect(chars.has(ch.codePointAt(0) ?? 0), ch).toBe(true);
    // A character no text uses and no range covers stays out (a CJK ideograph).
    expect(chars.has("中".codePointAt(0) ?? 0)).toBe(false);
  });
  it("after the build: one file per weight, together within 60 KB, and every character of the dataset in it", () => {
    const files = FONT_WEIGHTS.map((w) => join(root, `public/fonts/be-vietnam-pro-${w}.woff2`));
    if (!files.every((f) => existsSync(f))) return; // the unit suite may run before `npm run build:fonts`; npm test builds first
    expect(files.reduce((n, f) => n + statSync(f).size, 0)).toBeLessThanOrEqual(60 * 1024);
    const css = readFileSync(join(root, "src/styles/fonts.generated.css"), "utf8");
    expect(css).not.toContain("url(");
  });
});

describe("the font script", () => {
  it("asks for the files only after the largest paint, or a frame after load where the browser cannot tell", () => {
    expect(FONT_SCRIPT.code).toContain('"largest-contentful-paint"');
    expect(FONT_SCRIPT.code).toContain('addEventListener("load"');
    for (const w of FONT_WEIGHTS) expect(FONT_SCRIPT.code).toContain(`/fonts/be-vietnam-pro-${w}.woff2`);
    expect(FONT_SCRIPT.hash).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/u);
  });
});
