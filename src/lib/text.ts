import { textLanguage } from "./language.ts";

/** The text of a bilingual field in a language, falling back to Vietnamese where no English was written. */
export function textIn(text: { vi: string; en: string }, lang: "vi" | "en"): string {
  return lang === "en" && text.en !== "" ? text.en : text.vi;
}

/**
 * A copy of a string that shares no memory with the text it was cut from.
 * A cell read out of a large file is a slice of the whole file's text; kept
 * in a cache or an observation, it would keep all of that text alive.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

const normalised = new Map<string, string>();

/**
 * Text clean-up: Unicode NFC, trimmed, inner runs of white space folded to one
 * space. Sources mix NFD and NFC and double spaces ("Thai  Nguyen"). Cells
 * repeat (a source title on every row), so short ones are cleaned once.
 */
export function normaliseText(raw: string): string {
  if (raw.length > 200) return raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  let clean = normalised.get(raw);
  if (clean === undefined) {
    if (normalised.size > 200_000) normalised.clear();
    clean = detached(raw.normalize("NFC").replace(/\s+/gu, " ").trim());
    normalised.set(detached(raw), clean);
  }
  return clean;
}

/** Removes Vietnamese diacritics: "Đắk Lắk" -> "Dak Lak". */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d").replace(/Đ/gu, "D").normalize("NFC");
}

/** Words as a search box gets them typed without diacritics: "Bình Định" -> "binh dinh". */
export function foldForSearch(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/gu, " ").trim();
}

/** ASCII slug for URLs: "Bà Rịa - Vũng Tàu" -> "ba-ria-vung-tau". */
export function slugify(text: string): string {
  return foldDiacritics(normaliseText(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}

/** A key for loose name matching: folded, lower case, letters and digits only. */
export function looseKey(text: string): string {
  return slugify(text).replace(/-/gu, "");
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      const left = previous[j - 1] ?? 0;
      previous[j] = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest candidate by edit distance on folded names, or undefined when
 * nothing is reasonably close (more than a third of the name differs).
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const key = looseKey(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key, looseKey(candidate));
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(key.length / 3)) ? best : undefined;
}

/**
 * The language of a text from the data whose language is not recorded (a
 * note, a title): read from its common words (see textLanguage). Undefined when that is the page's own language, so `lang` is only
 * written where it changes (screen readers switch voice on it).
 */
export function otherLang(text: string, pageLang: "vi" | "en"): "vi" | "en" | undefined {
  const lang = textLanguage(text.normalize("NFC"));
  return lang === pageLang ? undefined : lang;
}
