/** The outcome of reading a number cell. */
export type NumberCell = { kind: "number"; value: number } | { kind: "missing" } | { kind: "invalid"; expected: string };

/** Cells that agencies use for "no figure": empty, "..", "-", "–", "…". */
const MISSING = new Set(["", "..", "...", "…", "-", "–", "—"]);

/**
 * Reads a published number. Accepts a dot or a comma as the decimal mark
 * ("49,23"), dot or space groups of thousands when unambiguous ("606.840" in a
 * cell that also uses a comma decimal is read as 606840 only when
 * `decimalComma` is set), and a trailing percent sign. Never guesses: a cell
 * that could be read two ways is refused.
 */
export function parseNumberCell(raw: string, options: { decimalComma?: boolean } = {}): NumberCell {
  const text = raw.normalize("NFC").trim().replace(/\s*%$/u, "");
  if (MISSING.has(text)) return { kind: "missing" };
  let digits = text.replace(/[\u00a0\u202f ]/gu, "");
  if (options.decimalComma) {
    if (!/^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$/u.test(digits) && !/^[+-]?\d+(,\d+)?$/u.test(digits)) {
      return { kind: "invalid", expected: "a number with ',' as the decimal mark and '.' between thousands" };
    }
    digits = digits.replace(/\./gu, "").replace(",", ".");
  } else if (/^[+-]?\d+,\d+$/u.test(digits)) {
    // A lone comma with no dot is a decimal comma ("30,26"); thousands never come as one group of 1-2 digits.
    if (/^[+-]?\d{1,3},\d{3}$/u.test(digits)) {
      return { kind: "invalid", expected: 'an unambiguous number ("1,234" could be 1.234 or 1234)' };
    }
    digits = digits.replace(",", ".");
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/u.test(digits)) {
    return { kind: "invalid", expected: "a number such as 30.26 or 30,26" };
  }
  const value = Number(digits);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", expected: "a finite number" };
}

/** Rounds half away from zero to `decimals` places, avoiding binary artefacts (1.005 -> 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor)) / factor;
}

/**
 * A target's value as a plan writes it: one number ("35", "1,7") or a range
 * ("105-106", "2 – 3"), each part read by parseNumberCell. Null values for an
 * empty cell; invalid when a part is not a number.
 */
export function parseTargetValue(raw: string): { kind: "value"; value: number | null; valueMax: number | null } | { kind: "invalid"; expected: string } {
  const range = /^(.+?)\s*[-–]\s*(.+)$/u.exec(raw.trim());
  if (range && !/^[+-]/u.test(raw.trim())) {
    const [low, high] = [parseNumberCell(range[1] ?? ""), parseNumberCell(range[2] ?? "")];
    if (low.kind === "number" && high.kind === "number") return { kind: "value", value: low.value, valueMax: high.value };
  }
  const single = parseNumberCell(raw);
  if (single.kind === "invalid") return single;
  return { kind: "value", value: single.kind === "number" ? single.value : null, valueMax: null };
}
