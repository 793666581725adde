/**
 * Progress against a target: the UN Statistics Division's SDG Progress Chart
 * method (2023 technical note), adapted to plan targets.
 *
 * For a target, an area and one series of figures:
 *  1. The judged figure is the latest one; when the deadline has passed (or
 *     the target is about an elected term), the figure for the deadline's
 *     period: for elected bodies, the body elected for the term that covers
 *     the deadline.
 *  2. Achieved when the judged figure meets the target as its comparator says.
 *  3. Otherwise the value at the deadline is projected from the pace since the
 *     baseline (the last figure at or before the plan's start, else the first
 *     figure): shares of a whole (percent) move linearly in percentage points,
 *     other units at their compound annual growth rate. A passed deadline is
 *     not projected: the judged figure is what was reached.
 *  4. ratio = (projected − baseline) / (target − baseline); on track at 0.95
 *     or more, off track (acceleration needed) from 0.10, stagnating or moving
 *     away below.
 * Fewer than two figures, or no baseline before the judged figure: not enough
 * data. A target no published statistic measures: not measured.
 *
 * Also the Statistics Canada / Open SDG score, for comparability: observed
 * over required compound annual growth rate, thresholds 0.95 / 0.60 / 0.
 */
import type { Assessment, Comparator, Observation, Period, PointUsed, Status, Target } from "./model.ts";
export type { Assessment, OpenSdgCategory, PointUsed, Status } from "./model.ts";

export const THRESHOLDS = { onTrack: 0.95, offTrack: 0.1 } as const;
export const OPEN_SDG_THRESHOLDS = { onTrack: 0.95, acceleration: 0.6, limited: 0 } as const;
/** "About" (~) targets are met within this fraction of the target value. */
export const ABOUT_TOLERANCE = 0.01;

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

/** The status a ratio earns. */
export function statusOfRatio(ratio: number): Status {
  if (ratio >= THRESHOLDS.onTrack) return "on-track";
  if (ratio >= THRESHOLDS.offTrack) return "off-track";
  return "stagnating";
}

/** Statistics Canada / Open SDG: observed over required compound annual growth. */
export function openSdgScore(baseline: PointUsed, current: PointUsed, target: number, targetYear: number): Assessment["openSdg"] {
  const none = { observedCagr: null, requiredCagr: null, ratio: null, category: null };
  if (baseline.value <= 0 || current.value <= 0 || target <= 0 || current.year <= baseline.year || targetYear <= baseline.year) return none;
  const observedCagr = (current.value / baseline.value) ** (1 / (current.year - baseline.year)) - 1;
  const requiredCagr = (target / baseline.value) ** (1 / (targetYear - baseline.year)) - 1;
  if (requiredCagr === 0) return { observedCagr, requiredCagr, ratio: null, category: null };
  const ratio = observedCagr / requiredCagr;
  const category: Assessment["openSdg"]["category"] =
    ratio >= OPEN_SDG_THRESHOLDS.onTrack
      ? "on-track"
      : ratio >= OPEN_SDG_THRESHOLDS.acceleration
        ? "acceleration-needed"
        : ratio >= OPEN_SDG_THRESHOLDS.limited
          ? "limited-progress"
          : "deterioration";
  return { observedCagr, requiredCagr, ratio, category };
}

export interface AssessInput {
  target: Target;
  areaId: string;
  /** The plan's first year, for the baseline; null when unknown. */
  planStart: number | null;
  /** The series used, oldest first, with the periods it refers to. */
  series: readonly Pick<Observation, "periodId" | "value">[];
  periods: ReadonlyMap<string, Period>;
  indicatorId: string | null;
  byProxy: boolean;
  /** The series is the issuer's own reported figures. */
  byReport?: boolean;
  /** Share of a whole: linear pace in percentage points. */
  percent: boolean;
  /** The year of the data release: deadlines up to it have passed. */
  asOfYear: number;
}

const point = (o: Pick<Observation, "periodId" | "value">, periods: ReadonlyMap<string, Period>): PointUsed | null => {
  const start = periods.get(o.periodId)?.start;
  return start === null || start === undefined ? null : { value: o.value, periodId: o.periodId, year: start };
};

/** Assesses one target for one area on one series. Pure; every input is in the result. */
export function assessTarget(input: AssessInput): Assessment {
  const { target, areaId, series, periods, asOfYear } = input;
  const base: Assessment = {
    targetId: target.id,
    areaId,
    status: "not-measured",
    reason: "",
    indicatorId: input.indicatorId,
    byProxy: input.byProxy,
    byReport: input.byReport ?? false,
    method: "",
    deadlinePassed: false,
    comparator: target.comparator,
    target: target.value,
    targetMax: target.valueMax,
    deadline: target.deadline,
    judgedYear: null,
    baseline: null,
    latest: null,
    judged: null,
    projected: null,
    ratio: null,
    actualPace: null,
    requiredPace: null,
    openSdg: { observedCagr: null, requiredCagr: null, ratio: null, category: null },
  };
  if (target.comparator === "none" || target.value === null) return { ...base, reason: "no-number" };
  if (input.indicatorId === null && !input.byReport) return { ...base, reason: "administrative" };

  const points = series.map((o) => point(o, periods)).filter((p): p is PointUsed => p !== null);
  // Two figures for one year (a term and a year, or a republication) keep the later one in the series.
  const byYear = new Map<number, PointUsed>();
  for (const p of points) byYear.set(p.year, p);
  const dated = [...byYear.values()].sort((a, b) => a.year - b.year);
  const latest = dated.at(-1) ?? null;
  if (!latest) return { ...base, status: "insufficient-data", reason: "no-data" };

  const judgedYear = target.term?.start ?? target.deadline;
  const deadlinePassed = target.deadline !== null && target.deadline <= asOfYear;
  // Judge at the deadline when it has passed, or when the target names an elected term.
  const judged = (deadlinePassed || target.term !== null) && judgedYear !== null ? (dated.filter((p) => p.year <= judgedYear).at(-1) ?? null) : latest;
  const common = { ...base, latest, judgedYear, deadlinePassed };
  if (!judged) return { ...common, status: "insufficient-data", reason: "no-data" };
  if (meetsTarget(judged.value, target.comparator, target.value, target.valueMax)) return { ...common, judged, status: "achieved" };
  if (judgedYear === null) return { ...common, judged, status: "insufficient-data", reason: "no-deadline" };

  const before = dated.filter((p) => p.year < judged.year);
  if (before.length === 0) return { ...common, judged, status: "insufficient-data", reason: dated.length < 2 ? "single-point" : "no-baseline" };
  const planStart = input.planStart;
  const baseline = (planStart !== null ? before.filter((p) => p.year <= planStart).at(-1) : undefined) ?? before[0] ?? judged;

  const years = judged.year - baseline.year;
  const linear = input.percent || baseline.value <= 0 || judged.value <= 0;
  const actualPace = (judged.value - baseline.value) / years;
  const growth = linear ? 0 : (judged.value / baseline.value) ** (1 / years) - 1;
  const ahead = Math.max(0, judgedYear - judged.year);
  // A passed deadline, or the figure of the judged term itself, is what was reached: never projected.
  const final = deadlinePassed || ahead === 0;
  const projected = final ? judged.value : linear ? judged.value + actualPace * ahead : judged.value * (1 + growth) ** ahead;
  const goal = target.comparator === "between" ? (target.value + (target.valueMax ?? target.value)) / 2 : target.value;
  const ratio = goal === baseline.value ? 0 : (projected - baseline.value) / (goal - baseline.value);
  const requiredPace = !final ? (goal - judged.value) / ahead : null;
  return {
    ...common,
    judged,
    baseline,
    method: linear ? "linear" : "compound",
    projected,
    ratio,
    actualPace,
    requiredPace,
    // A missed deadline is never "on track".
    status: final && statusOfRatio(ratio) === "on-track" ? "off-track" : statusOfRatio(ratio),
    openSdg: openSdgScore(baseline, judged, goal, Math.max(judgedYear, judged.year)),
  };
}
