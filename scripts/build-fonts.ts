/**
 * The site's font files, built from Be Vietnam Pro's TrueType files (npm
 * @expo-google-fonts/be-vietnam-pro, SIL Open Font License): each weight cut
 * down with subset-font to the characters the site shows (the data and the
 * UI strings, see siteCharacters), written to public/fonts/, and the
 * adjusted fallback's @font-face rule to src/styles/fonts.generated.css (the files
 * are added by a script once the page has loaded: FONT_SCRIPT).
 * Run by `npm run build` after the data build (it reads dataset.json).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import * as fontkit from "fontkit";
import subsetFont from "subset-font";
import { averageWidth, fallbackOverrides, FONT_WEIGHTS, fontFaceCss, siteCharacters } from "../src/lib/publish/fonts.ts";

const root = resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/be-vietnam-pro/package.json"));
const FILES: Record<(typeof FONT_WEIGHTS)[number], string> = { 400: "400Regular/BeVietnamPro_400Regular.ttf", 700: "700Bold/BeVietnamPro_700Bold.ttf" };

const started = performance.now();
const texts = [
  readFileSync(join(root, "src/generated/dataset.json"), "utf8"),
  ...readdirSync(join(root, "src/i18n")).map((f) => readFileSync(join(root, "src/i18n", f), "utf8")),
];
const regular = fontkit.openSync(join(fontDir, FILES[400]));
if (!("characterSet" in regular)) throw new Error("Be Vietnam Pro: expected a single font, found a collection");
const available = new Set(regular.characterSet);
const wanted = siteCharacters(texts);
const codePoints = wanted.filter((cp) => available.has(cp));
const text = String.fromCodePoint(...codePoints);

const out = join(root, "public/fonts");
mkdirSync(out, { recursive: true });
const files: { weight: number; url: string; bytes: number }[] = [];
for (const weight of FONT_WEIGHTS) {
  const woff2 = await subsetFont(readFileSync(join(fontDir, FILES[weight])), text, { targetFormat: "woff2" });
  const name = `be-vietnam-pro-${weight}.woff2`;
  writeFileSync(join(out, name), woff2);
  files.push({ weight, url: `/fonts/${name}`, bytes: woff2.length });
}
const advance = (char: string) => regular.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth;
const overrides = fallbackOverrides({
  unitsPerEm: regular.unitsPerEm,
  ascent: regular.ascent,
  descent: regular.descent,
  lineGap: regular.lineGap,
  xWidthAvg: averageWidth(advance),
});
writeFileSync(join(root, "src/styles/fonts.generated.css"), fontFaceCss(overrides));
process.stderr.write(
  `build:fonts — ${codePoints.length} characters (${wanted.length - codePoints.length} the font lacks, left to the fallback): ` +
    `${files.map((f) => `${f.weight} ${(f.bytes / 1024).toFixed(1)} KB`).join(", ")}; fallback size-adjust ${overrides.sizeAdjust}% ` +
    `in ${Math.round(performance.now() - started)} ms\n`,
);
