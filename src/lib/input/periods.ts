/**
 * Periods as sources write them, normalised. Three kinds:
 * - `year`: a calendar year, "2019";
 * - `legislature`: a National Assembly term, "XIV (2016)", "Khóa XIV (2016-2021)", "Khóa IV";
 * - `span`: a multi-year period such as an elected council term, "2016-2021".
 */
import type { Period } from "../model.ts";
export type { Period, PeriodKind } from "../model.ts";

/** A National Assembly legislature with the start year the sources give. */
export interface Legislature {
  numeral: string;
  start: number | null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "XIV" -> 14; NaN for anything that is not a canonical roman numeral up to 89. */
export function romanToNumber(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i] ?? ""];
    const next = ROMAN[numeral[i + 1] ?? ""] ?? 0;
    if (value === undefined) return NaN;
    total += value < next ? -value : value;
  }
  return total;
}

function englishOrdinal(n: number): string {
  const last = n % 10;
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  if (last === 1) return `${n}st`;
  if (last === 2) return `${n}nd`;
  if (last === 3) return `${n}rd`;
  return `${n}th`;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; expected: string };

/**
 * Reads a period as written in a source. Legislature years are checked against
 * the table of legislatures: "XIV (2011)" is refused, not silently corrected.
 */
export function parsePeriod(raw: string, legislatures: readonly Legislature[]): PeriodResult {
  const text = raw.normalize("NFC").trim();
  const year = /^(\d{4})$/u.exec(text);
  if (year) {
    const y = Number(year[1]);
    return { ok: true, period: { id: text, kind: "year", start: y, end: y, order: y, label: { vi: text, en: text }, short: text } };
  }
  const span = /^(\d{4})\s*[-–]\s*(\d{4})$/u.exec(text);
  if (span) {
    const start = Number(span[1]);
    const end = Number(span[2]);
    if (end <= start) return { ok: false, expected: "a span whose end year is after its start year" };
    const label = `${start}–${end}`;
    return {
      ok: true,
      period: {
        id: `${start}-${end}`,
        kind: "span",
        start,
        end,
        order: start * 10000 + end,
        label: { vi: label, en: label },
        short: `${start}–${String(end).slice(2)}`,
      },
    };
  }
  const term = /^(?:Khóa\s+)?([IVXL]+)(?:\s*\((\d{4})(?:\s*[-–]\s*(\d{4}))?\))?$/u.exec(text);
  if (term) {
    const numeral = term[1] ?? "";
    const index = legislatures.findIndex((l) => l.numeral === numeral);
    const known = legislatures[index];
    if (!known) return { ok: false, expected: `a legislature listed in legislatures.csv (${legislatures.map((l) => l.numeral).join(", ")})` };
    const written = term[2] ? Number(term[2]) : null;
    if (written !== null && known.start !== null && written !== known.start) {
      return { ok: false, expected: `legislature ${numeral} with its start year ${known.start}` };
    }
    const start = known.start ?? written;
    const following = legislatures[index + 1];
    const writtenEnd = term[3] ? Number(term[3]) : null;
    const end = following?.start ?? writtenEnd;
    const years = start !== null ? ` (${start}${end !== null ? `–${end}` : ""})` : "";
    const n = romanToNumber(numeral);
    return {
      ok: true,
      period: {
        id: `NA-${numeral}`,
        kind: "legislature",
        start,
        end,
        order: n,
        label: { vi: `Khóa ${numeral}${years}`, en: `${englishOrdinal(n)} legislature${years}` },
        short: start !== null ? `${numeral}\n${start}` : numeral,
      },
    };
  }
  return { ok: false, expected: 'a year ("2019"), a span ("2016-2021") or a legislature ("XIV (2016)")' };
}

/** The date used to decide which set of provinces a period belongs to: 1 January of its first year; for a term, 31 December of it. */
export function periodReferenceDate(period: Period): string | null {
  if (period.start === null) return null;
  // A term (2025-2030) is named by the body chosen in its first year: the 2025 Party congresses met after the June merger.
  return period.end !== null && period.end > period.start ? `${period.start}-12-31` : `${period.start}-01-01`;
}
