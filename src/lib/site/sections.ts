/** Plan sections as the plans number them ("II.2.a", "IV", "VI.14"), in reading order. */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "XIV" → 14; null when the text is not a Roman numeral. */
export function romanValue(text: string): number | null {
  if (!/^[IVXL]+$/u.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const here = ROMAN[text[i] ?? ""] ?? 0;
    const next = ROMAN[text[i + 1] ?? ""] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
}

/** One step of a section number as a sortable number: Roman, Arabic, or a letter (a = 1). */
function stepValue(step: string): number {
  const roman = romanValue(step);
  if (roman !== null) return roman;
  if (/^\d+$/u.test(step)) return Number(step);
  if (/^[a-zđ]$/u.test(step)) return step === "đ" ? 4.5 : step.charCodeAt(0) - 96;
  return Number.MAX_SAFE_INTEGER;
}

/** Compare two section numbers in reading order: "II.2" before "II.10", "IV" before "IV.1", unnumbered last. */
export function compareSections(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  const sa = a.split(".");
  const sb = b.split(".");
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    if (sa[i] === undefined) return -1;
    if (sb[i] === undefined) return 1;
    const d = stepValue(sa[i] ?? "") - stepValue(sb[i] ?? "");
    if (d !== 0) return d;
  }
  return 0;
}
