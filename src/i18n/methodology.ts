/**
 * The methodology page's words, in each language: the rules a verdict
 * follows, each with its example from the data (the page draws the example's
 * figures from the stored assessment, never from this text), the bands and
 * where they come from, and the page's limits. Numbers of the rules come in
 * as values, from the one place they are set (progress.ts). The text itself,
 * in both languages, is in methodology.json.
 */
import { fillSlots, type Lang } from "../lib/site/format.ts";
import WORDS from "./methodology.json";

export interface RuleWords {
  id: string;
  lead: string;
  text: string;
  /** A commitment and area whose stored verdict shows the rule at work. */
  example?: { targetId: string; areaId: string };
}

export interface MethodologyValues {
  asOf: string;
  onTrack: string;
  offTrack: string;
  noProgress: string;
  approximate: string;
  about: string;
}

type Pair = { vi: string; en: string };

/**
 * The words of both languages side by side in methodology.json (prose, kept
 * out of the code); a value the page computes stands in it as "{name}".
 */
export function methodologyWords(lang: Lang, values: MethodologyValues) {
  const v = values as unknown as Record<string, string>;
  const say = (p: Pair, extra: Record<string, string> = {}) => fillSlots(p[lang], { ...v, ...extra });
  const w = WORDS;
  return {
    description: say(w.description),
    lede: say(w.lede),
    rulesHeading: say(w.rulesHeading),
    rules: w.rules.map((r): RuleWords => ({ id: r.id, lead: say(r.lead), text: say(r.text), ...("example" in r && r.example ? { example: r.example } : {}) })),
    exampleLabel: say(w.exampleLabel),
    statusesHeading: say(w.statusesHeading),
    fromData: say(w.fromData),
    hypothetical: say(w.hypothetical),
    hypotheticalTarget: (target: string, deadline: string, start: string, asOf: string) => say(w.hypotheticalTarget, { target, deadline, start, asOf }),
    projected: say(w.projected),
    ratio: say(w.ratio),
    hypotheticalAction: (start: string, end: string, year: string) => say(w.hypotheticalAction, { start, end, year }),
    bandsHeading: say(w.bandsHeading),
    bands: w.bands.map((b) => say(b)),
    noteLink: say(w.noteLink),
    chartsHeading: say(w.chartsHeading),
    charts: say(w.charts),
    abbreviationsHeading: say(w.abbreviationsHeading),
    reportsHeading: say(w.reportsHeading),
    reports: say(w.reports),
    contact: say(w.contact),
    noContact: say(w.noContact),
    limitsHeading: say(w.limitsHeading),
    limits: w.limits.map((l) => say(l)),
  };
}

/** The abbreviations the plans and sources use, spelled out: the short form, the Vietnamese in full, the English. */
export const ABBREVIATIONS: readonly [string, string, string][] = [
  ["UBND", "Ủy ban nhân dân", "People's Committee"],
  ["HĐND", "Hội đồng nhân dân", "People's Council"],
  ["ĐBQH", "đại biểu Quốc hội", "National Assembly deputy"],
  ["HĐBCQG", "Hội đồng bầu cử quốc gia", "National Election Council"],
  ["LHPN", "Liên hiệp Phụ nữ (Hội Liên hiệp Phụ nữ Việt Nam)", "Women's Union"],
  ["TCTK", "Tổng cục Thống kê (từ 3/2025: Cục Thống kê, Bộ Tài chính)", "General Statistics Office"],
  ["KH", "kế hoạch", "plan"],
  ["NQ, QĐ, CT", "nghị quyết, quyết định, chỉ thị", "resolution, decision, directive"],
  ["CP, TTg", "Chính phủ, Thủ tướng Chính phủ", "the Government, the Prime Minister"],
  ["SDG", "Mục tiêu phát triển bền vững", "Sustainable Development Goals"],
  ["CAGR", "tốc độ tăng trưởng kép hằng năm", "compound annual growth rate"],
];
