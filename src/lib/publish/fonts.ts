/**
 * The site's font, as the pages load it: Be Vietnam Pro cut down to the
 * Latin and Vietnamese characters the site shows (one file per weight), and
 * a fallback face whose metrics are adjusted to match it, so that text paints
 * at once in the fallback and the web font's arrival moves nothing. Pure: the
 * build script (scripts/build-fonts.ts) reads the font and writes the files.
 */

/** The weights the pages use: text and bold. (Semi-bold is drawn bold: one file fewer on every page.) */
export const FONT_WEIGHTS = [400, 700] as const;
export const FONT_FAMILY = "Be Vietnam Pro";
export const FALLBACK_FAMILY = "Be Vietnam Pro Fallback";

/**
 * Arial's metrics (capsize's published table: units per em, ascent, descent,
 * line gap, and the average width of English text), the system font a page
 * falls back to; Liberation Sans on Linux has the same metrics.
 */
export const ARIAL = { unitsPerEm: 2048, ascent: 1854, descent: -434, lineGap: 67, xWidthAvg: 904 } as const;

/**
 * Letter frequencies of English text (per 1000, space included), the
 * weighting capsize uses for its average width: the same weighting on both
 * fonts, so the ratio compares like with like.
 */
export const ENGLISH_FREQUENCIES: Readonly<Record<string, number>> = {
  a: 66.8,
  b: 12.2,
  c: 22.8,
  d: 34.8,
  e: 104.1,
  f: 18.3,
  g: 16.5,
  h: 49.9,
  i: 57.1,
  j: 1.3,
  k: 6.3,
  l: 33.0,
  m: 19.7,
  n: 55.3,
  o: 61.5,
  p: 15.8,
  q: 0.8,
  r: 49.1,
  s: 51.8,
  t: 74.2,
  u: 22.6,
  v: 8.0,
  w: 19.3,
  x: 1.3,
  y: 16.1,
  z: 0.6,
  " ": 183.2,
};

/** The average advance width of a font over the weighted letters, in its units. */
export function averageWidth(advance: (char: string) => number, frequencies: Readonly<Record<string, number>> = ENGLISH_FREQUENCIES): number {
  let total = 0;
  let weight = 0;
  for (const [char, w] of Object.entries(frequencies)) {
    total += advance(char) * w;
    weight += w;
  }
  return total / weight;
}

export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Negative, below the baseline. */
  descent: number;
  lineGap: number;
  xWidthAvg: number;
}

/**
 * The overrides that make the fallback take the web font's room: scaled to
 * the same average width (size-adjust), then ascent, descent and line gap as
 * the web font's, relative to the scaled size. Percentages, rounded.
 */
export function fallbackOverrides(font: FontMetrics, fallback: FontMetrics = ARIAL): { sizeAdjust: number; ascent: number; descent: number; lineGap: number } {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const pct = (units: number) => Math.round((units / font.unitsPerEm / sizeAdjust) * 10000) / 100;
  return { sizeAdjust: Math.round(sizeAdjust * 10000) / 100, ascent: pct(font.ascent), descent: pct(Math.abs(font.descent)), lineGap: pct(font.lineGap) };
}

/**
 * The characters the site can show: printable Latin and Latin-1, the
 * Vietnamese letters and tone marks, the punctuation and signs pages write,
 * and every character of the given texts (the dataset, the UI strings).
 */
export function siteCharacters(texts: readonly string[]): number[] {
  const out = new Set<number>();
  const range = (from: number, to: number) => {
    for (let cp = from; cp <= to; cp++) out.add(cp);
  };
  range(0x20, 0x7e);
  range(0xa0, 0xff);
  // Vietnamese: ă â đ ê ô ơ ư and their capitals, ĩ ũ, the combining tone marks, and the precomposed letters with tones.
  for (const cp of [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0, 0x300, 0x301, 0x303, 0x309, 0x323]) out.add(cp);
  range(0x1ea0, 0x1ef9);
  // Dashes, quotes, ellipsis, bullets, arrows and the comparison signs the pages use.
  for (const ch of "–—‘’“”…•·→←↑↓≥≤≈×−‰€₫") out.add(ch.codePointAt(0) ?? 0);
  for (const text of texts) for (const ch of text.normalize("NFC")) out.add(ch.codePointAt(0) ?? 0);
  return [...out].sort((a, b) => a - b);
}

/**
 * The CSS for the font: only the adjusted fallback face (local, nothing to
 * fetch). The web font's files are added by a script once the page has
 * loaded (FONT_SCRIPT in src/site-csp.ts), so that no font request sits on
 * the path to the first paint.
 */
export function fontFaceCss(overrides: ReturnType<typeof fallbackOverrides>): string {
  const fallback =
    `@font-face{font-family:"${FALLBACK_FAMILY}";src:local("Arial"),local("Liberation Sans"),local("Helvetica"),local("Roboto");` +
    `size-adjust:${overrides.sizeAdjust}%;ascent-override:${overrides.ascent}%;descent-override:${overrides.descent}%;line-gap-override:${overrides.lineGap}%}`;
  return `${fallback}\n`;
}
