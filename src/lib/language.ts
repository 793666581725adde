/**
 * Which words of a page are in the other language: text the page shows that
 * is not inside an element marked with a lang attribute of that language.
 * A segment reads as English on a Vietnamese page when it has three or more
 * words, two of them common English words, and no Vietnamese letter; as
 * Vietnamese on an English page when it has four or more words, two common
 * Vietnamese words and more of them than English ones (place names alone,
 * "Lào Cai", are not sentences; an English note quoting Vietnamese is English).
 */

const ENGLISH = new Set([
  "the",
  "of",
  "and",
  "to",
  "in",
  "for",
  "with",
  "is",
  "are",
  "by",
  "as",
  "on",
  "from",
  "at",
  "this",
  "that",
  "per",
  "each",
  "not",
  "be",
  "or",
  "its",
  "their",
  "was",
  "were",
  "has",
  "have",
]);
const VIETNAMESE = new Set([
  "của",
  "và",
  "các",
  "là",
  "có",
  "được",
  "cho",
  "trong",
  "với",
  "những",
  "này",
  "đã",
  "không",
  "theo",
  "về",
  "từ",
  "đến",
  "một",
  "người",
  "chưa",
  "số",
  "tỷ",
  "lệ",
]);
const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]/iu;

/** A text without its quotations ('…', "…", “…”, ‘…’) and web addresses. */
export function unquoted(text: string): string {
  return text.replace(/https?:\/\/\S+/gu, " ").replace(/'[^']*'|"[^"]*"|“[^”]*”|‘[^’]*’/gu, " ");
}

/** The language a text is written in, by its common words; a text with Vietnamese letters and no more English than Vietnamese words is Vietnamese. */
export function textLanguage(text: string): "vi" | "en" {
  // An English note quoting Vietnamese words is English: the quotation does not count.
  const own = unquoted(text);
  const words = own.toLowerCase().match(/[a-zà-ỹđ']+/giu) ?? [];
  const english = words.filter((w) => ENGLISH.has(w)).length;
  const vietnamese = words.filter((w) => VIETNAMESE.has(w)).length;
  if (english > vietnamese) return "en";
  if (vietnamese > 0 || VIETNAMESE_LETTER.test(own)) return "vi";
  return "en";
}

/**
 * A figure with its unit in the other language: "≤ 1 lần/năm" on an English
 * page, "3 times a year" on a Vietnamese one. A unit is one or two words, too
 * short to read as a sentence. (Number formats are not read: sources' own
 * titles and notes print "30,26%" in English text.)
 */
const FOREIGN_FIGURE = {
  en: /\d\s*(?:%\s*)?\/?\s*(?:lần|bài viết|hoạt động|trẻ đẻ sống|bé trai|điểm phần trăm|cuộc)(?![a-zà-ỹđ])/iu,
  vi: /\d\s*(?:%\s*)?(?:times|live births|boys per|percentage points|points|a year|a month|per year|per month|people|articles?|activit(?:y|ies)|campaigns?|reviews?|rounds?|dialogues?|assessments?)\b/iu,
} as const;

export function foreignFigure(text: string, pageLang: "vi" | "en"): boolean {
  return FOREIGN_FIGURE[pageLang].test(text);
}

/** "a" and "an" are not counted: "An Giang", "An Biên" are Vietnamese names. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-zà-ỹđ']+/giu) ?? [];
  if (words.length < 3 || VIETNAMESE_LETTER.test(text)) return false;
  return words.filter((w) => ENGLISH.has(w)).length >= 2;
}

export function looksVietnamese(text: string): boolean {
  const words = text.toLowerCase().match(/[a-zà-ỹđ']+/giu) ?? [];
  if (words.length < 4) return false;
  // An English sentence that quotes Vietnamese words is English.
  const vietnamese = words.filter((w) => VIETNAMESE.has(w)).length;
  return vietnamese >= 2 && vietnamese > words.filter((w) => ENGLISH.has(w)).length;
}

/** Elements whose text is not prose of the page: code, scripts, styles, and the hidden parts of charts. */
const SKIP = new Set(["SCRIPT", "STYLE", "CODE", "PRE", "TEXTAREA", "TEMPLATE", "SVG", "NOSCRIPT"]);
/** Attributes a reader sees or hears: tooltips, names for screen readers, image descriptions, hints in empty fields. */
const READ_ATTRIBUTES = ["title", "aria-label", "alt", "placeholder"] as const;
/** Elements that end a segment of text. */
const BLOCK =
  /^(P|LI|TD|TH|DT|DD|H[1-6]|BLOCKQUOTE|SUMMARY|FIGCAPTION|CAPTION|LABEL|OPTION|BUTTON|A|DIV|SECTION|ARTICLE|HEADER|FOOTER|MAIN|NAV|UL|OL|DL|TABLE|TR|FIGURE|DETAILS|SPAN|Q|STRONG|EM)$/u;

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?: (name: string) => string | null;
}

/** The text segments of `root` in the other language than `pageLang`, outside elements marked with that other language. */
export function foreignText(root: { documentElement: NodeLike } | NodeLike, pageLang: "vi" | "en"): string[] {
  const out: string[] = [];
  const start = "documentElement" in root ? root.documentElement : root;
  const walk = (node: NodeLike, lang: string, buffer: string[]): void => {
    if (node.nodeType === 3) {
      buffer.push(node.textContent ?? "");
      return;
    }
    if (node.nodeType !== 1) return;
    // Neither seen nor heard: the hidden words that let search find a page without diacritics.
    if (node.getAttribute?.("aria-hidden") === "true" && (node.getAttribute?.("class") ?? "").split(" ").includes("visually-hidden")) return;
    const declared = node.getAttribute?.("lang");
    const here = declared ?? lang;
    // Tooltips and names read aloud are text of the page too, in the element's language (a chart's own name included).
    for (const name of READ_ATTRIBUTES) {
      const value = node.getAttribute?.(name);
      if (value) flush(value, here);
    }
    if (SKIP.has(node.nodeName.toUpperCase())) return;
    const block = BLOCK.test(node.nodeName.toUpperCase());
    const own: string[] = block || declared ? [] : buffer;
    for (const child of Array.from(node.childNodes)) walk(child, here, own);
    if (own !== buffer) flush(own.join(" "), here);
  };
  const flush = (text: string, lang: string) => {
    const clean = text.replace(/\s+/gu, " ").trim();
    if (clean === "" || lang !== pageLang) return;
    // A label and its value ("Phạm vi: province; …"), or a clause in brackets, can be in different languages: each piece is read alone.
    // Addresses are not prose, and words quoted in the other language are a quotation, not the page's own text.
    const prose = unquoted(clean);
    for (const piece of prose.split(/[;:·—()[\]|]|\s-\s/u)) {
      const words = piece.trim();
      if (words !== "" && (pageLang === "vi" ? looksEnglish(words) : looksVietnamese(words))) out.push(clean);
    }
    if (foreignFigure(prose, pageLang)) out.push(clean);
  };
  const top: string[] = [];
  walk(start, pageLang, top);
  flush(top.join(" "), pageLang);
  return out;
}
