/**
 * The verdict on one series of figures against one numeric target: the
 * calendar first, then the pace. Pure; every input and every step is in the
 * result, so a card (and a reader) can redo it.
 *
 * 1. The calendar. The judged period is the deadline year, or for a target
 *    about an elected term the body elected for that term (the period that
 *    holds the term's first year, read half-open: 2011-2016 is not the body
 *    of a 2016 term). When that period has a figure, the
 *    verdict is final: achieved or not achieved, from a single figure if need
 *    be. When the deadline year is over (before the release year) with no
 *    figure for it, the page says that figure is missing.
 * 2. Before the deadline. A figure that already meets the target: achieved.
 *    One figure in the plan's period that does not: its distance to the
 *    target, in words ("short"). Two or more: the UN Statistics Division's
 *    progress-chart ratio from the baseline (the last figure at or before the
 *    plan's first year, else the first), signed by the target's direction so
 *    that a fall from a target already met is negative (as Open SDG's
 *    published formula d·CAGR/|CAGR_req| does). Shares move linearly in
 *    percentage points; other units at their compound annual rate.
 *    ratio ≥ 0.95 on track; ≥ 0.10 off track; ≥ 0 no progress; < 0 moving
 *    away. A series that met the target since its baseline and no longer
 *    does is moving away whatever the ratio. Figures that all predate the
 *    plan give no trend.
 * 3. A figure printed with a qualifier ("trên 28%": over 28) is a bound, or
 *    an approximation within one unit: it settles a target only when every
 *    value it allows falls on the same side, and never sets a pace.
 *
 * Open SDG's score (observed over required compound growth, signed by the
 * direction) is kept beside it for comparison, on the same calendar.
 */
import { isDecided } from "./verdicts.ts";
import type { Comparator, OpenSdgCategory, Part, PartReason, PointUsed, Qualifier, Status } from "./model.ts";
export type { OpenSdgCategory, Part, PointUsed, Status } from "./model.ts";

/**
 * Trend bands of the ratio. 0.95 and 0.10 are those of the UN Statistics
 * Division's 2023 progress-chart technical note; the split at 0 keeps apart
 * a series that stood still from one that moved the wrong way.
 */
export const THRESHOLDS = { onTrack: 0.95, offTrack: 0.1, noProgress: 0 } as const;
export const OPEN_SDG_THRESHOLDS = { onTrack: 0.95, acceleration: 0.6, limited: 0 } as const;
/** "About" (~) targets are met within this fraction of the target value. */
export const ABOUT_TOLERANCE = 0.01;
/** How far from its printed number a figure printed "nearly" or "about" may be, in the indicator's unit. */
export const APPROXIMATE_WITHIN = 1;

/** True when `value` meets the target as the comparator says. */
export function meetsTarget(value: number, comparator: Comparator, target: number, targetMax: number | null): boolean {
  switch (comparator) {
    case ">=":
      return value >= target;
    case ">":
      return value > target;
    case "<=":
      return value <= target;
    case "<":
      return value < target;
    case "=":
      return value === target;
    case "~":
      return Math.abs(value - target) <= Math.abs(target) * ABOUT_TOLERANCE;
    case "between":
      return value >= target && value <= (targetMax ?? target);
    case "none":
      return false;
  }
}

/** An interval of values, each end open or closed. */
interface Interval {
  low: number;
  lowOpen: boolean;
  high: number;
  highOpen: boolean;
}

/** The values that meet a target. */
function meetingValues(comparator: Comparator, target: number, targetMax: number | null): Interval | null {
  const tol = Math.abs(target) * ABOUT_TOLERANCE;
  switch (comparator) {
    case ">=":
      return { low: target, lowOpen: false, high: Infinity, highOpen: true };
    case ">":
      return { low: target, lowOpen: true, high: Infinity, highOpen: true };
    case "<=":
      return { low: -Infinity, lowOpen: true, high: target, highOpen: false };
    case "<":
      return { low: -Infinity, lowOpen: true, high: target, highOpen: true };
    case "=":
      return { low: target, lowOpen: false, high: target, highOpen: false };
    case "~":
      return { low: target - tol, lowOpen: false, high: target + tol, highOpen: false };
    case "between":
      return { low: target, lowOpen: false, high: targetMax ?? target, highOpen: false };
    case "none":
      return null;
  }
}

/** The values a figure printed with a qualifier allows ("over 28": more than 28; "nearly 43": a little under 43). */
export function allowedValues(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case "over":
      return { low: value, lowOpen: true, high: Infinity, highOpen: true };
    case "under":
      return { low: -Infinity, lowOpen: true, high: value, highOpen: true };
    case "nearly":
      return { low: value - APPROXIMATE_WITHIN, lowOpen: false, high: value, highOpen: true };
    case "about":
      return { low: value - APPROXIMATE_WITHIN, lowOpen: false, high: value + APPROXIMATE_WITHIN, highOpen: false };
    case "":
      return { low: value, lowOpen: false, high: value, highOpen: false };
  }
}

const startsBefore = (a: Interval, b: Interval) => a.low < b.low || (a.low === b.low && !a.lowOpen && b.lowOpen);
const endsAfter = (a: Interval, b: Interval) => a.high > b.high || (a.high === b.high && !a.highOpen && b.highOpen);
const disjoint = (a: Interval, b: Interval) =>
  a.high < b.low || b.high < a.low || (a.high === b.low && (a.highOpen || b.lowOpen)) || (b.high === a.low && (b.highOpen || a.lowOpen));

/**
 * Whether a figure meets the target: true or false when every value it
 * allows agrees, null when its qualifier leaves it open ("over 28" against
 * "at least 35").
 */
export function meetsWithQualifier(
  point: Pick<PointUsed, "value" | "qualifier">,
  comparator: Comparator,
  target: number,
  targetMax: number | null,
): boolean | null {
  const region = meetingValues(comparator, target, targetMax);
  if (!region) return false;
  if (point.qualifier === "") return meetsTarget(point.value, comparator, target, targetMax);
  const figure = allowedValues(point.value, point.qualifier);
  if (disjoint(figure, region)) return false;
  if (!startsBefore(figure, region) && !endsAfter(figure, region)) return true;
  return null;
}

/** +1 when the target lies above the baseline (more is needed), −1 below; 0 when the baseline is the goal. */
export function direction(comparator: Comparator, goal: number, baseline: number): 1 | -1 | 0 {
  if (comparator === ">=" || comparator === ">") return 1;
  if (comparator === "<=" || comparator === "<") return -1;
  return goal > baseline ? 1 : goal < baseline ? -1 : 0;
}

/** The status a ratio earns before the deadline. */
export function statusOfRatio(ratio: number): Status {
  if (ratio >= THRESHOLDS.onTrack) return "on-track";
  if (ratio >= THRESHOLDS.offTrack) return "off-track";
  if (ratio >= THRESHOLDS.noProgress) return "no-progress";
  return "moving-away";
}

/**
 * Statistics Canada / Open SDG: observed over required compound annual
 * growth, signed by the target's direction (d·CAGR_obs / |CAGR_req|), so a
 * fall from a target already met is negative. Blank, with the reason, where
 * the growth rates do not exist (a value or target of zero or less).
 */
export function openSdgScore(baseline: PointUsed, current: PointUsed, target: number, targetYear: number, d: 1 | -1 | 0): Part["openSdg"] {
  const blank = (note: Part["openSdg"]["note"]): Part["openSdg"] => ({ observedCagr: null, requiredCagr: null, ratio: null, category: null, note });
  if (target <= 0) return blank("zero-target");
  if (baseline.value <= 0 || current.value <= 0) return blank("non-positive-value");
  if (current.year <= baseline.year || targetYear <= baseline.year) return blank("no-trend");
  const observedCagr = (current.value / baseline.value) ** (1 / (current.year - baseline.year)) - 1;
  const requiredCagr = (target / baseline.value) ** (1 / (targetYear - baseline.year)) - 1;
  if (requiredCagr === 0 || d === 0) return { observedCagr, requiredCagr, ratio: null, category: null, note: "no-trend" };
  const ratio = (d * observedCagr) / Math.abs(requiredCagr);
  const category: OpenSdgCategory =
    ratio >= OPEN_SDG_THRESHOLDS.onTrack
      ? "on-track"
      : ratio >= OPEN_SDG_THRESHOLDS.acceleration
        ? "acceleration-needed"
        : ratio >= OPEN_SDG_THRESHOLDS.limited
          ? "limited-progress"
          : "deterioration";
  return { observedCagr, requiredCagr, ratio, category, note: "" };
}

/** A figure of the series, dated: `year` is its calendar year or its term's first year; `end` its last year. */
export interface SeriesPoint extends PointUsed {
  end: number;
}

export interface SeriesInput {
  comparator: Comparator;
  target: number;
  targetMax: number | null;
  deadline: number | null;
  /** For a target about an elected term: judged on the period that covers the term's first year. */
  term: { start: number; end: number } | null;
  /** The plan's first year, for the baseline; null when unknown. */
  planStart: number | null;
  /** Every figure, any order; two for one year keep the later in the input. */
  points: readonly SeriesPoint[];
  /** Share of a whole: linear pace in percentage points. */
  percent: boolean;
  /** The year of the data release: deadlines before it have passed. */
  asOfYear: number;
}

export type SeriesResult = Omit<Part, "indicatorId" | "about" | "evidence" | "binds" | "context">;

const EMPTY_OPEN_SDG: Part["openSdg"] = { observedCagr: null, requiredCagr: null, ratio: null, category: null, note: "" };

/** A result with nothing measured yet: "no figure", every input blank. */
export function emptyResult(judgedYear: number | null): SeriesResult {
  return {
    status: "no-figure",
    reason: "no-data",
    method: "",
    final: false,
    judgedYear,
    baseline: null,
    latest: null,
    judged: null,
    projected: null,
    ratio: null,
    actualPace: null,
    requiredPace: null,
    distance: null,
    yearsLeft: null,
    openSdg: EMPTY_OPEN_SDG,
  };
}

/** The verdict on one series. */
export function assessSeries(input: SeriesInput): SeriesResult {
  const { comparator, target, targetMax, deadline, term, asOfYear } = input;
  const goal = comparator === "between" ? (target + (targetMax ?? target)) / 2 : target;
  const judgedYear = term?.start ?? deadline;
  const base = emptyResult(judgedYear);
  // One figure a year: a later figure for the same year (a revision, a republication) replaces the earlier.
  const byYear = new Map<number, SeriesPoint>();
  for (const p of input.points) byYear.set(p.year, p);
  const dated = [...byYear.values()].sort((a, b) => a.year - b.year);
  const latest = dated.at(-1) ?? null;
  if (!latest) return base;
  const common = { ...base, latest };
  const settles = (p: PointUsed) => meetsWithQualifier(p, comparator, target, targetMax);
  const withReason = (status: Status, reason: PartReason, extra: Partial<SeriesResult> = {}): SeriesResult => ({ ...common, status, reason, ...extra });

  // 1. The calendar: the figure of the judged period settles it.
  const judgedPoint =
    judgedYear === null
      ? undefined
      : term
        ? // The body elected for the term: its span holds the term's first year, read half-open, so the council of 2011-2016 is not the one elected in 2016.
          dated.filter((p) => p.year <= term.start && (term.start < p.end || p.year === term.start)).at(-1)
        : // A year deadline is settled by that year's figure, not by a span that runs past it (2020-2023 for a 2020 deadline).
          dated.find((p) => p.year === judgedYear && p.end === judgedYear);
  if (judgedPoint && judgedYear !== null && judgedYear <= asOfYear) {
    const met = settles(judgedPoint);
    const final = { judged: judgedPoint, final: true };
    if (met === true) return withReason("achieved", "", final);
    if (met === false) return withReason("not-achieved", "", { ...final, ...paceTo(dated, judgedPoint, input, goal) });
    return withReason("no-figure", "bound-only", final);
  }
  if (judgedYear !== null && judgedYear < asOfYear) {
    // The judged period is over and has no figure. Met already by the last figure before it: achieved, on that figure.
    const lastBefore = term ? undefined : dated.filter((p) => p.year < judgedYear && p.end <= judgedYear).at(-1);
    if (lastBefore && settles(lastBefore) === true) return withReason("achieved", "met-before-deadline", { judged: lastBefore });
    // Otherwise say which figure is missing, and keep the pace up to the last figure for the card.
    // "Only after the deadline" only where nothing came before it; otherwise the deadline's own figure is what is missing.
    const reason: PartReason = !lastBefore && dated.some((p) => p.end > judgedYear) ? "only-after-deadline" : "no-deadline-figure";
    // The deadline is over: the Open SDG reading is blank too, never "on track" beside a missed deadline.
    const blank = { openSdg: { ...EMPTY_OPEN_SDG, note: "deadline-passed" as const } };
    return withReason("no-figure", reason, lastBefore ? { ...paceTo(dated, lastBefore, input, goal), judged: lastBefore, ...blank } : blank);
  }

  // 2. Before the deadline (or with none): the latest figure in the plan's period.
  const planStart = input.planStart;
  if (planStart !== null && latest.end < planStart) return withReason("no-figure", "before-plan");
  const met = settles(latest);
  if (met === true) return withReason("achieved", "", { judged: latest });
  if (met === null) return withReason("no-figure", "bound-only", { judged: latest });
  const yearsLeft = deadline !== null ? Math.max(0, deadline - asOfYear) : null;
  const distance = Math.abs(goal - latest.value);
  const exact = dated.filter((p) => p.qualifier === "" && p.year <= latest.year);
  const before = exact.filter((p) => p.year < latest.year);
  if (before.length === 0 || latest.qualifier !== "" || judgedYear === null) {
    return withReason("short", judgedYear === null ? "no-deadline" : "single-point", { judged: latest, distance, yearsLeft });
  }
  const pace = paceTo(exact, latest, input, goal);
  const baseline = pace.baseline;
  if (!baseline || pace.ratio === null) return withReason("short", "single-point", { judged: latest, distance, yearsLeft });
  // A target met at some point since the baseline and missed now: the series has moved away from it.
  const metSince = exact.some((p) => p.year >= baseline.year && p.year < latest.year && settles(p) === true);
  const status = metSince ? "moving-away" : statusOfRatio(pace.ratio);
  return { ...common, ...pace, judged: latest, status, reason: metSince ? "met-then-missed" : "", distance, yearsLeft };
}

/** Pace from the baseline to a figure, projected to the judged year when that is still ahead. */
function paceTo(
  points: readonly SeriesPoint[],
  to: SeriesPoint,
  input: SeriesInput,
  goal: number,
): Pick<SeriesResult, "baseline" | "method" | "projected" | "ratio" | "actualPace" | "requiredPace" | "openSdg"> {
  const none = { baseline: null, method: "" as const, projected: null, ratio: null, actualPace: null, requiredPace: null, openSdg: EMPTY_OPEN_SDG };
  const before = points.filter((p) => p.qualifier === "" && p.year < to.year);
  if (before.length === 0 || to.qualifier !== "") return none;
  const planStart = input.planStart;
  const baseline = (planStart !== null ? before.filter((p) => p.year <= planStart).at(-1) : undefined) ?? before[0];
  if (!baseline) return none;
  const years = to.year - baseline.year;
  const linear = input.percent || baseline.value <= 0 || to.value <= 0;
  const actualPace = (to.value - baseline.value) / years;
  const growth = linear ? 0 : (to.value / baseline.value) ** (1 / years) - 1;
  const judgedYear = input.term?.start ?? input.deadline ?? to.year;
  const ahead = Math.max(0, judgedYear - to.year);
  const projected = ahead === 0 ? to.value : linear ? to.value + actualPace * ahead : to.value * (1 + growth) ** ahead;
  const d = direction(input.comparator, goal, baseline.value);
  const needed = Math.abs(goal - baseline.value);
  // Signed by the direction: change towards the goal is positive, away from it negative, whichever side the baseline is on.
  const ratio = needed === 0 ? (d * (projected - baseline.value) >= 0 ? 1 : -1) : (d * (projected - baseline.value)) / needed;
  const requiredPace = ahead > 0 ? (goal - to.value) / ahead : null;
  return {
    baseline,
    method: linear ? "linear" : "compound",
    projected,
    ratio,
    actualPace,
    requiredPace,
    openSdg: ahead > 0 ? openSdgScore(baseline, to, goal, judgedYear, d) : { ...EMPTY_OPEN_SDG, note: "deadline-passed" },
  };
}

/**
 * The verdict of a commitment with several parts (a target that names
 * several bodies). A part that binds the nation, seen from a province, is
 * that province's contribution and takes no part in the verdict; when every
 * part is one, the commitment is a contribution. Of the rest: achieved only
 * when every part is; not achieved when any part missed its deadline; partly
 * measured when a part has no figure; otherwise the least favourable part's
 * status.
 */
export function combineParts(parts: readonly Pick<Part, "status">[]): Status {
  const own: Status[] = parts.map((p) => p.status).filter((s) => s !== "contribution");
  if (parts.length > 0 && own.length === 0) return "contribution";
  if (own.length === 0) return "no-figure";
  if (own.length === 1) return own[0] ?? "no-figure";
  if (own.every((s) => s === "achieved")) return "achieved";
  if (own.every((s) => s === "awaiting-report")) return "awaiting-report";
  if (own.every((s) => s === "not-reported" || s === "awaiting-report")) return "not-reported";
  const decided = own.filter((s) => isDecided({ status: s }));
  if (decided.length === 0) return "no-figure";
  if (decided.includes("not-achieved")) return "not-achieved";
  if (decided.length < own.length) return "partly-measured";
  const order: Status[] = ["moving-away", "no-progress", "short", "off-track", "on-track", "achieved"];
  return order.find((s) => own.includes(s)) ?? "partly-measured";
}

/**
 * A commitment with no number (a database to build, a yearly dialogue):
 * delivered when a published report says it was done within the plan's
 * period; else not reported once a report was owed, awaiting one before.
 */
export function actionVerdict(
  reports: readonly { year: number; value: number }[],
  period: { start: number | null; end: number | null },
  owed: boolean,
): { status: Status; reason: PartReason } {
  const inPeriod = reports.filter((r) => (period.start ?? -Infinity) <= r.year && r.year <= (period.end ?? Infinity));
  if (inPeriod.some((r) => r.value > 0)) return { status: "delivered", reason: "" };
  if (reports.length > 0) return { status: "not-reported", reason: "reported-outside-period" };
  return { status: owed ? "not-reported" : "awaiting-report", reason: "no-report" };
}
