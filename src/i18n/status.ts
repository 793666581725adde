/** Words for verdicts, in the page's language: the status word, its shape, the sentences that explain it. */
import { isShare } from "../lib/units.ts";
import { periodLabel } from "./names.ts";
import { formatNumber, formatTarget, formatValue, type Lang } from "../lib/site/format.ts";
import type { Assessment, Indicator, OpenSdgCategory, Part, PartReason, Plan, PointUsed, Reported, Status, Target } from "../lib/model.ts";
import { sourceWords, StatusSchema, textIn } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import type { VerdictCounts } from "../lib/verdicts.ts";
import { shownPoint, type ShownBasis } from "../lib/site/figure-data.ts";
import { t } from "./index.ts";
import { meetsWithQualifier, THRESHOLDS } from "../lib/progress.ts";
import { areaName, planReference } from "./names.ts";
import type { UiKey } from "./vi.ts";
import { STATUS_KEYS } from "./status-keys.ts";

export { STATUS_KEYS };

const HINT_KEYS: Record<Status, UiKey> = {
  achieved: "hintAchieved",
  "not-achieved": "hintNotAchieved",
  "on-track": "hintOnTrack",
  "off-track": "hintOffTrack",
  "no-progress": "hintNoProgress",
  "moving-away": "hintMovingAway",
  short: "hintShort",
  delivered: "hintDelivered",
  "not-reported": "hintNotReported",
  "partly-measured": "hintPartlyMeasured",
  unconfirmed: "hintUnconfirmed",
  "no-figure": "hintNoFigure",
  "awaiting-report": "hintAwaitingReport",
  contribution: "hintContribution",
};

/** A shape per status, so a status never rests on colour alone. */
export const STATUS_SHAPES: Record<Status, string> = {
  achieved: "✔",
  "not-achieved": "✖",
  "on-track": "▲",
  "off-track": "◆",
  "no-progress": "■",
  "moving-away": "▼",
  short: "○",
  delivered: "✔",
  "not-reported": "…",
  "partly-measured": "◐",
  unconfirmed: "≈",
  "no-figure": "?",
  "awaiting-report": "–",
  contribution: "◇",
};

/** Statuses in the order summaries and legends list them (the order of the model's enum). */
export const STATUS_ORDER: readonly Status[] = StatusSchema.options;

/** The status word, with what it rests on where that is not the target's own statistic: "Không đạt đúng hạn · đo gián tiếp". */
export function statusLabel(a: Pick<Assessment, "status" | "evidence">, lang: Lang): string {
  const word = t(lang, STATUS_KEYS[a.status]);
  const judged = a.status !== "no-figure" && a.status !== "awaiting-report" && a.status !== "partly-measured";
  if (judged && a.evidence === "proxy") return `${word} · ${t(lang, "evidenceProxy")}`;
  if (judged && a.evidence === "reported") return `${word} · ${t(lang, "evidenceReported")}`;
  return word;
}

export function statusHint(status: Status, lang: Lang): string {
  return t(lang, HINT_KEYS[status]);
}

const REASON_KEYS: Record<Exclude<PartReason, "">, UiKey> = {
  "no-data": "reasonNoData",
  "no-deadline-figure": "reasonNoDeadlineFigure",
  "only-after-deadline": "reasonOnlyAfterDeadline",
  "before-plan": "reasonBeforePlan",
  "bound-only": "reasonBoundOnly",
  "single-point": "reasonSinglePoint",
  "no-deadline": "reasonNoDeadline",
  "met-then-missed": "reasonMetThenMissed",
  "met-before-deadline": "reasonMetBeforeDeadline",
  "no-report": "reasonNoReport",
  "reported-outside-period": "reasonReportedOutsidePeriod",
};

const QUALIFIER_WORDS: Record<Lang, Record<Exclude<PointUsed["qualifier"], "">, string>> = {
  vi: { over: "trên", under: "dưới", nearly: "gần", about: "khoảng" },
  en: { over: "over", under: "under", nearly: "nearly", about: "about" },
};

/** A figure as printed, its qualifier kept: "gần 43,00%" / "nearly 43.00%". */
export function printedValue(p: Pick<PointUsed, "value" | "qualifier">, lang: Lang, indicator: Pick<Indicator, "unit" | "decimals"> | undefined): string {
  const value = indicator ? formatValue(p.value, lang, indicator.unit, indicator.decimals) : formatNumber(p.value, lang, 2);
  return p.qualifier === "" ? value : `${QUALIFIER_WORDS[lang][p.qualifier]} ${value}`;
}

/** What a part measured: its indicator's name, or the target itself where the figure was reported on it. */
export function partMeasure(ix: Index, part: Pick<Part, "indicatorId"> & Partial<Pick<Part, "about" | "context">>, lang: Lang): string {
  // A part measured by nothing of its own is named by its body ("Quốc hội"), never by a context figure's name: that figure decides nothing.
  if (part.indicatorId === null && part.context?.some((c) => c.indicatorId === part.about))
    return partBody(ix, { indicatorId: null, about: part.about ?? null }, lang);
  const id = part.indicatorId ?? part.about ?? null;
  const indicator = id ? ix.indicator.get(id) : undefined;
  return indicator ? textIn(indicator.name, lang) : t(lang, "theTargetItself");
}

/**
 * What a part's verdict rests on where it is not the target's own statistic,
 * said in full wherever the verdict appears: "đo gián tiếp qua: <chỉ số>",
 * "theo báo cáo của <cơ quan>". Empty for a statistic.
 */
export function evidenceNote(ix: Index, part: Part, lang: Lang): string {
  if (part.evidence === "proxy") return t(lang, "byProxyOf", { measure: partMeasure(ix, part, lang) });
  if (part.evidence !== "reported") return "";
  const point = part.judged ?? part.latest;
  const source = point ? ix.source.get(point.sourceId) : undefined;
  const indicator = part.indicatorId ? ix.indicator.get(part.indicatorId) : undefined;
  const body = (source ? sourceWords(source, lang).publisher : "") || (indicator ? textIn(indicator.holder, lang) : "");
  return body ? t(lang, "reportedBy", { body }) : t(lang, "evidenceReported");
}

/**
 * How a figure came to be, where it was not printed as it stands: computed
 * or counted by the project, summed from the old provinces. Said wherever the
 * figure shows; empty for a printed or reported figure.
 */
export function basisNote(point: Pick<PointUsed, "basis" | "numerator" | "denominator">, lang: Lang): string {
  switch (point.basis) {
    case "computed":
      return point.numerator !== null && point.denominator !== null
        ? t(lang, "basisComputedCounts", { n: formatNumber(point.numerator, lang, 0), d: formatNumber(point.denominator, lang, 0) })
        : t(lang, "basisComputed");
    case "counted":
      return t(lang, "basisCounted");
    case "sum-over-sum":
    case "sum":
      return t(lang, "mergedBasisShort");
    default:
      return "";
  }
}

/** One line for each way the project made figures drawn in a chart or map: "3 of the figures drawn were counted by the project from the official list." */
export function basisNotesFor(bases: readonly ShownBasis[], lang: Lang): string[] {
  const words = { counted: "basisCounted", computed: "basisComputed", summed: "basisSummed" } as const;
  return (["counted", "computed", "summed"] as const).flatMap((basis) => {
    const n = bases.filter((b) => b === basis).length;
    return n > 0 ? [t(lang, "basisNoteDrawn", { n: formatNumber(n, lang, 0), basis: t(lang, words[basis]) })] : [];
  });
}

/** A figure as printed, its period, and how it came to be: "30,00% (Khóa XVI (2026–2031); nhóm dự án đếm …)". */
export function pointWords(ix: Index, point: PointUsed, indicatorId: string | null, lang: Lang): string {
  const indicator = indicatorId ? ix.indicator.get(indicatorId) : undefined;
  const period = periodLabel(ix, point.periodId, lang);
  const basis = basisNote(point, lang);
  return `${printedValue(point, lang, indicator)} (${period}${basis ? `; ${basis}` : ""})`;
}

/** A figure as printed and how it came to be, without its period, where the sentence names the period already: "30,00% (nhóm dự án tính …)". */
export function valueWords(point: PointUsed, indicatorId: string | null, ix: Index, lang: Lang): string {
  const indicator = indicatorId ? ix.indicator.get(indicatorId) : undefined;
  const basis = basisNote(point, lang);
  return `${printedValue(point, lang, indicator)}${basis ? ` (${basis})` : ""}`;
}

/** The figure a part is judged on, as printed, with its period and basis; "no figure for the period judged" when none (another term's never stands in). */
export function partValue(ix: Index, part: Part, lang: Lang): string {
  const point = shownPoint(part);
  return point ? pointWords(ix, point, part.indicatorId, lang) : t(lang, "noFigureForPeriod");
}

/** A province's figure against a target that binds the nation, said as a contribution. */
export function contributionWords(ix: Index, a: Assessment, part: Part, lang: Lang): string {
  const area = areaName(ix, a.areaId, lang, true);
  const body = partBody(ix, part, lang);
  const point = shownPoint(part);
  if (!point) return t(lang, "contributionNoFigure", { area, body });
  // The side of the level in words, never by colour alone; a qualified figure the level cuts through says so.
  const meets = a.target === null ? null : meetsWithQualifier(point, a.comparator, a.target, a.targetMax);
  return t(lang, meets === true ? "contributionSentenceReaches" : meets === false ? "contributionSentenceBelow" : "contributionSentenceOpen", {
    area,
    body,
    value: pointWords(ix, point, part.indicatorId, lang),
    target: targetLevel(a, ix.target.get(a.targetId), lang),
  });
}

/** Why a context figure does not decide: a narrower body, or another group. */
export function contextReason(group: "narrower" | "other", lang: Lang): string {
  return t(lang, group === "narrower" ? "contextNarrower" : "contextOther");
}

/** Why a part has its status, where the status word alone does not say it. */
export function reasonSentence(ix: Index, part: Part, lang: Lang): string {
  if (part.reason === "") return "";
  const indicator = part.indicatorId ? ix.indicator.get(part.indicatorId) : undefined;
  const period = part.judged ? periodLabel(ix, part.judged.periodId, lang) : "";
  return t(lang, REASON_KEYS[part.reason], {
    year: part.judgedYear ?? "",
    period,
    printed: part.judged ? printedValue(part.judged, lang, indicator) : "",
  });
}

/** "+1,2 điểm phần trăm" / "up 1.2 percentage points"; other units in their own label. */
function perYear(value: number, indicator: Indicator | undefined, lang: Lang): string {
  const n = formatNumber(Math.abs(value), lang, Math.abs(value) < 0.1 && value !== 0 ? 2 : 1);
  const unit = !indicator || isShare(indicator) ? t(lang, "pointsUnit") : textIn(indicator.unitLabel, lang);
  if (value === 0) return t(lang, "noChangePerYear");
  return t(lang, value > 0 ? "risePerYear" : "fallPerYear", { value: `${n} ${unit}` });
}

/** The target's level with its unit: "từ 35% trở lên" is written by formatTarget as "≥ 35%". */
export function targetLevel(a: Pick<Assessment, "comparator" | "target" | "targetMax">, target: Target | undefined, lang: Lang): string {
  if (a.target === null) return "";
  const unit = target ? textIn(target.unit, lang) : "";
  return formatTarget(a.comparator, a.target, a.targetMax, unit, lang);
}

/** The pace in plain words: at the deadline what was reached; before it, what is needed and what happened; one figure, its distance. */
export function paceSentence(ix: Index, a: Assessment, part: Part, lang: Lang): string {
  const indicator = part.indicatorId ? ix.indicator.get(part.indicatorId) : undefined;
  const target = ix.target.get(a.targetId);
  const periodOf = (p: PointUsed | null) => (p ? periodLabel(ix, p.periodId, lang) : "");
  if (part.final && part.judged) {
    // The figure with how it came to be ("26,54% (nhóm dự án tính …)"): a computed figure says so wherever it shows.
    return t(lang, "paceFinal", {
      period: periodOf(part.judged),
      value: valueWords(part.judged, part.indicatorId, ix, lang),
      target: targetLevel(a, target, lang),
    });
  }
  if (part.status === "short" && part.distance !== null) {
    const unit = !indicator || isShare(indicator) ? t(lang, "pointsUnit") : textIn(indicator.unitLabel, lang);
    const distance = `${formatNumber(part.distance, lang, 1)} ${unit}`;
    return part.yearsLeft !== null ? t(lang, "distanceSentence", { distance, years: part.yearsLeft }) : t(lang, "distanceNoDeadline", { distance });
  }
  if (part.requiredPace !== null && part.actualPace !== null && part.judgedYear !== null && part.baseline) {
    return t(lang, "paceBefore", {
      required: perYear(part.requiredPace, indicator, lang),
      year: part.judgedYear,
      from: periodOf(part.baseline),
      actual: perYear(part.actualPace, indicator, lang),
    });
  }
  return "";
}

/**
 * What is missing and who holds it: the statistic and its publisher, or the
 * report, who writes it and who receives it (from the plan's own reporting
 * clause). Empty when nothing is missing.
 */
export function missingSentence(ix: Index, a: Assessment, part: Part, lang: Lang): string {
  const target = ix.target.get(a.targetId);
  const plan: Plan | undefined = target ? ix.plan.get(target.planId) : undefined;
  // A term target is about the body of the term, not the year it began.
  const period = target?.term
    ? t(lang, "termWords", { start: target.term.start, end: target.term.end })
    : part.judgedYear !== null
      ? String(part.judgedYear)
      : plan?.periodStart && plan.periodEnd
        ? `${plan.periodStart}–${plan.periodEnd}`
        : t(lang, "noDeadline");
  if (part.status === "no-figure" && part.indicatorId) {
    const indicator = ix.indicator.get(part.indicatorId);
    if (!indicator) return "";
    return t(lang, "missingStatistic", {
      indicator: textIn(indicator.name, lang),
      area: areaName(ix, a.areaId, lang, true),
      period,
      holder: textIn(indicator.holder, lang),
    });
  }
  if ((part.status === "awaiting-report" || part.status === "not-reported") && plan) {
    const due = textIn(plan.reportDue, lang);
    return t(lang, target?.value === null ? "missingActionReport" : "missingReport", {
      period,
      reporter: (target ? textIn(target.responsible, lang) : "") || textIn(plan.reporter, lang) || textIn(plan.issuer, lang),
      receiver: textIn(plan.receiver, lang) || textIn(plan.issuer, lang),
      due: due ? t(lang, "missingReportDue", { due }) : "",
    });
  }
  return "";
}

const OPEN_SDG_KEYS: Record<OpenSdgCategory, UiKey> = {
  achieved: "openSdgAchieved",
  "on-track": "openSdgOnTrack",
  "acceleration-needed": "openSdgAcceleration",
  "limited-progress": "openSdgLimited",
  deterioration: "openSdgDeterioration",
};

const OPEN_SDG_NOTES: Record<Exclude<Part["openSdg"]["note"], "">, UiKey> = {
  "zero-target": "openSdgZeroTarget",
  "non-positive-value": "openSdgNonPositive",
  "no-trend": "openSdgNoTrend",
  "deadline-passed": "openSdgDeadlinePassed",
};

/** The Open SDG reading in words: its category, "achieved", or why it is blank. */
export function openSdgLabel(part: Part, lang: Lang): string {
  if (part.status === "achieved") return t(lang, "openSdgAchieved");
  if (part.openSdg.category) return t(lang, OPEN_SDG_KEYS[part.openSdg.category]);
  if (part.openSdg.note) return t(lang, OPEN_SDG_NOTES[part.openSdg.note]);
  return "—";
}

/** Units the reports print, in the page's language (the report's own word on Vietnamese pages). */
const REPORTED_UNITS: Record<string, string> = {
  người: "people",
  tỉnh: "provinces",
  "cơ quan": "agencies",
  "chỉ tiêu": "targets",
  "bé trai/100 bé gái": "boys per 100 girls",
  "hạng/146": "rank of 146",
};

/**
 * A reported figure in the page's language: the number in the page's format
 * with its unit ("23,42%" / "23.42%"), the qualifier as a word ("trên 26%"),
 * and whatever else the report printed beside it ("trên 63", "chỉ tiêu 35%")
 * kept in Vietnamese for the page to mark with lang="vi".
 */
export function reportedFigureWords(r: Pick<Reported, "printed" | "qualifier">, lang: Lang): { text: string; asPrinted: string } {
  const match = /^(\S+)\s*([^(]*?)\s*(?:\((.*)\))?$/u.exec(r.printed.trim());
  const cell = match?.[1] ?? r.printed;
  const unit = (match?.[2] ?? "").trim();
  const aside = (match?.[3] ?? "").trim();
  // "(gần)", "(trên)": the qualifier the mapping already carries; said once, as a word before the number.
  const asPrinted = r.qualifier !== "" && aside === QUALIFIER_WORDS.vi[r.qualifier] ? "" : aside;
  const numeric = /^\d+(?:\.(\d+))?$/u.exec(cell);
  let figure: string;
  if (numeric) {
    const number = formatNumber(Number(cell), lang, numeric[1]?.length ?? 0);
    figure = unit === "%" ? `${number}%` : unit === "" ? number : `${number} ${lang === "vi" ? unit : (REPORTED_UNITS[unit] ?? unit)}`;
  } else if (/^yes$/iu.test(cell)) {
    // "yes held (yes/no)" is the transcriber's way of writing that the event was held: said in words, without the column's key.
    const held = /^held/u.test(unit);
    figure = lang === "vi" ? (held ? "đã tổ chức" : "có") : held ? "held" : "yes";
    if (aside === "yes/no") return { text: figure, asPrinted: "" };
  } else {
    figure = `${cell.replace(/-/gu, "–")}${unit === "" || /^held/u.test(unit) ? "" : ` ${lang === "vi" ? unit : (REPORTED_UNITS[unit] ?? unit)}`}`;
  }
  return { text: r.qualifier === "" ? figure : `${QUALIFIER_WORDS[lang][r.qualifier]} ${figure}`, asPrinted };
}

/** The body a part counts, naming it among a commitment's parts ("Quốc hội"); the measure's name where it has none. */
export function partBody(ix: Index, part: Pick<Part, "indicatorId" | "about">, lang: Lang): string {
  const indicator = ix.indicator.get(part.indicatorId ?? part.about ?? "");
  if (!indicator) return t(lang, "theTargetItself");
  const body = textIn(indicator.body, lang);
  return body || textIn(indicator.name, lang);
}

/** The trend bands of the progress rules (progress.ts, the one place they are set), written in the page's language. */
export function thresholdWords(lang: Lang): { onTrack: string; offTrack: string; noProgress: string } {
  return {
    onTrack: formatNumber(THRESHOLDS.onTrack, lang, 2),
    offTrack: formatNumber(THRESHOLDS.offTrack, lang, 2),
    noProgress: formatNumber(THRESHOLDS.noProgress, lang, 0),
  };
}

/** A rule in one line, as the home and status pages list it: "Ủy ban Thường vụ Quốc hội 1187/NQ-UBTVQH14 · ≥ 35% (2021–2026)" and its provinces' counts. */
export function ruleSummaryWords(ix: Index, target: Target, counts: VerdictCounts, lang: Lang): { name: string; counts: string } {
  const plan = ix.plan.get(target.planId);
  const level = target.value !== null ? formatTarget(target.comparator, target.value, target.valueMax, textIn(target.unit, lang), lang) : "";
  const term = target.term ? `${target.term.start}–${target.term.end}` : String(target.deadline ?? "");
  return {
    name: `${plan ? planReference(plan, lang) : target.planId} · ${level} (${term})`,
    counts: t(lang, "homeRuleCounts", {
      achieved: counts.byStatus.achieved,
      notAchieved: counts.byStatus["not-achieved"],
      missing: counts.missingTotal,
      total: counts.commitments,
    }),
  };
}
