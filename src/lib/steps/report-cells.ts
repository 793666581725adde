/**
 * The cells of a filled reporting template, read strictly: a figure by its
 * commitment's unit, text bounded in length and never a spreadsheet formula,
 * and any character a reader could not see shown by its code point. Pure and
 * free of Node: the check runs in the command line and in the browser.
 */

/** The most a report file may hold: its bytes, its rows and each cell's characters (by column; others take `other`). */
export const REPORT_LIMITS = {
  bytes: 1024 * 1024,
  rows: 2000,
  /** Problems listed in a reply; the rest are counted. */
  listed: 50,
  cell: { quote: 4000, note: 2000, url: 2000, document: 500, publisher: 300, other: 200 } as Record<string, number>,
} as const;

/** The most characters of a cell a reply echoes. */
const SHOWN_LENGTH = 120;

/** Invisible characters outside the format category: the Hangul and halfwidth fillers and the variation selectors. */
const INVISIBLE: readonly [number, number][] = [
  [0x115f, 0x1160],
  [0x3164, 0x3164],
  [0xffa0, 0xffa0],
  [0xfe00, 0xfe0f],
];

/**
 * Characters that would act on a terminal or a page, or that a reader cannot
 * see: C0 and C1 controls (tab and line breaks included, since a reply line
 * is one line), DEL, the line and paragraph separators, every format
 * character (category Cf: zero-width spaces and joiners, the soft hyphen,
 * bidirectional marks, overrides and isolates, word joiners, the byte-order
 * mark) and the invisible fillers.
 */
function isHidden(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) return true;
  if (INVISIBLE.some(([from, to]) => cp >= from && cp <= to)) return true;
  return /\p{Cf}/u.test(ch);
}

/** The code point of a character, as a reply names it: "U+200B". */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Whether a text holds a character `shown` would name. */
export function hasHidden(text: string): boolean {
  for (const ch of text) if (isHidden(ch)) return true;
  return false;
}

/**
 * A cell as a reply echoes it: each hidden character written as ⟨U+200B⟩,
 * and a long cell cut, saying how long it was ("… (100000 ký tự/characters)"
 * is added by the reply's words, so only the cut text and the length are
 * returned).
 */
export function shown(text: string): { text: string; length: number; cut: boolean } {
  const length = [...text].length;
  const cut = length > SHOWN_LENGTH;
  const head = cut ? [...text].slice(0, SHOWN_LENGTH).join("") : text;
  return { text: [...head].map((ch) => (isHidden(ch) ? `⟨${codePoint(ch)}⟩` : ch)).join(""), length, cut };
}

/**
 * The formula rule exactly as the reply states it: a text cell may not start
 * with =, @, + or - (nor with a tab or a carriage return, which a
 * spreadsheet skips before reading one), whatever follows.
 */
export function startsLikeFormula(text: string): boolean {
  return /^[\s]*[=@+-]/u.test(text) || /^[\t\r]/u.test(text);
}

/** Markup in a cell: a tag, a closing tag, a comment or a processing instruction. */
export function hasMarkup(text: string): boolean {
  return /<[a-z!/?]/iu.test(text);
}

export type FigureRead =
  { ok: true; value: number; read: string; changed: boolean } | { ok: false; why: "percent-sign" | "spaces" | "ambiguous" | "not-a-number" };

/**
 * A figure as the commitment's unit allows: a trailing "%" only on a
 * percentage; spaces only between groups of three digits ("1 250"); a
 * decimal comma ("35,5") or point ("35.5"), never both, and never a lone
 * comma before three digits ("1,250": a thousand or one and a quarter?).
 * `read` is the number as read, written with a point ("35.5"); `changed`
 * says it differs from the cell as written, so the reply echoes it.
 */
export function readFigure(raw: string, percent: boolean): FigureRead {
  let text = raw.trim();
  if (/%$/u.test(text)) {
    if (!percent) return { ok: false, why: "percent-sign" };
    text = text.replace(/\s*%$/u, "");
  }
  const spaced = /[\s\u00a0\u202f]/u.test(text);
  if (spaced && /^[-\d\s\u00a0\u202f.,]+$/u.test(text)) {
    if (!/^-?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/u.test(text)) return { ok: false, why: "spaces" };
    text = text.replace(/[ \u00a0\u202f]/gu, "");
  }
  if (/^-?\d{1,3},\d{3}$/u.test(text)) return { ok: false, why: "ambiguous" };
  if (/^-?\d+,\d+$/u.test(text)) text = text.replace(",", ".");
  if (!/^-?(\d+(\.\d+)?)$/u.test(text)) return { ok: false, why: "not-a-number" };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, why: "not-a-number" };
  const read = String(value);
  return { ok: true, value, read, changed: read !== raw.trim() };
}

/** The longest a column's cell may be. */
export function cellLimit(column: string): number {
  return REPORT_LIMITS.cell[column] ?? REPORT_LIMITS.cell["other"] ?? 200;
}
