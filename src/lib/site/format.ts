import { isShare } from "../units.ts";
import type { Comparator, Lang, Unit } from "../model.ts";
export type { Lang } from "../model.ts";

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f;
}

/** 30.26 -> "30,26" (vi) or "30.26" (en); 1234567 -> "1.234.567" / "1,234,567". */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  return formatter(lang, decimals).format(value);
}

/**
 * A value in its indicator's unit: "30,26%" on Vietnamese pages (no space, as
 * official documents and the plans write it), "30.26%" on English pages; other units
 * as plain numbers (the unit label is shown beside them where it matters).
 */
export function formatValue(value: number, lang: Lang, unit: Unit, decimals: number): string {
  const n = formatNumber(value, lang, decimals);
  if (isShare({ unit })) return `${n}%`;
  return n;
}

const SYMBOLS: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈", between: "", none: "" };

/** "≥ 35%", "≈ 111", "105–106"; "" for a commitment with no number. */
export function formatTarget(comparator: Comparator, value: number | null, valueMax: number | null, unit: string, lang: Lang): string {
  if (comparator === "none" || value === null) return "";
  // As many decimals as the plan wrote (1.7 -> "1,7"), two at most.
  const written = (n: number) => Math.min(2, (String(n).split(".")[1] ?? "").length);
  const decimals = Math.max(written(value), valueMax === null ? 0 : written(valueMax));
  const n = formatNumber(value, lang, decimals);
  const suffix = unit === "%" ? "%" : unit ? ` ${unit}` : "";
  if (comparator === "between" && valueMax !== null) return `${n}–${formatNumber(valueMax, lang, decimals)}${suffix}`;
  return `${SYMBOLS[comparator]} ${n}${suffix}`;
}

/** "24/3/2017", "03/3/2021", "06/01/1946" (vi) or "24 March 2017" (en) from an ISO date; a lone year stays a year. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  // Nghị định 30/2020/NĐ-CP: a zero before a day under 10 and before months 1 and 2 ("03/3/2021", "06/01/1946").
  if (lang === "vi") return `${String(Number(d)).padStart(2, "0")}/${Number(mo) <= 2 ? String(Number(mo)).padStart(2, "0") : Number(mo)}/${y}`;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${Number(d)} ${months[Number(mo) - 1] ?? ""} ${y}`;
}

/**
 * A template's "{name}" slots filled from `values` (the UI strings, the
 * methodology's and check-report's words, the compare view's sentences). A
 * slot with no value is left as written, so a test can find it, unless
 * `absent` says what stands for it (check-report's optional asides: "").
 */
export function fillSlots(template: string, values: Readonly<Record<string, string | number>>, absent?: string): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? (absent ?? whole) : String(value);
  });
}
