/** Words for statuses and the pace sentence, in the page's language. */
import { formatNumber, formatTarget, formatValue, type Lang } from "../lib/format.ts";
import type { Indicator } from "../lib/model.ts";
import type { Assessment, OpenSdgCategory, Status } from "../lib/status.ts";
import { t } from "./index.ts";
import type { UiKey } from "./vi.ts";

export const STATUS_KEYS: Record<Status, UiKey> = {
  achieved: "statusAchieved",
  "on-track": "statusOnTrack",
  "off-track": "statusOffTrack",
  stagnating: "statusStagnating",
  "insufficient-data": "statusInsufficient",
  "not-measured": "statusNotMeasured",
};

/** A shape per status, so status never rests on colour alone. */
export const STATUS_SHAPES: Record<Status, string> = {
  achieved: "✔",
  "on-track": "▲",
  "off-track": "◆",
  stagnating: "✖",
  "insufficient-data": "?",
  "not-measured": "–",
};

/** Statuses in the order scorecards and legends list them. */
export const STATUS_ORDER: readonly Status[] = ["achieved", "on-track", "off-track", "stagnating", "insufficient-data", "not-measured"];

const REASON_KEYS: Record<Exclude<Assessment["reason"], "">, UiKey> = {
  "no-number": "reasonNoNumber",
  administrative: "reasonAdministrative",
  "no-data": "reasonNoData",
  "single-point": "reasonSinglePoint",
  "no-baseline": "reasonNoBaseline",
  "no-deadline": "reasonNoDeadline",
};

const OPEN_SDG_KEYS: Record<OpenSdgCategory, UiKey> = {
  achieved: "statusAchieved",
  "on-track": "openSdgOnTrack",
  "acceleration-needed": "openSdgAcceleration",
  "limited-progress": "openSdgLimited",
  deterioration: "openSdgDeterioration",
};

export function statusLabel(a: Assessment, lang: Lang): string {
  const extra = [
    a.byProxy && a.status !== "not-measured" ? t(lang, "statusByProxy") : "",
    a.byReport ? t(lang, "reported").toLowerCase() : "",
    a.deadlinePassed && (a.status === "off-track" || a.status === "stagnating") ? t(lang, "statusDeadlinePassed") : "",
  ].filter(Boolean);
  return `${t(lang, STATUS_KEYS[a.status])}${extra.length > 0 ? ` (${extra.join(", ")})` : ""}`;
}

export function reasonLabel(a: Assessment, lang: Lang): string {
  return a.reason === "" ? "" : t(lang, REASON_KEYS[a.reason]);
}

export function openSdgLabel(category: OpenSdgCategory | null, lang: Lang): string {
  return category ? t(lang, OPEN_SDG_KEYS[category]) : "—";
}

/** "+1,2 điểm %" / "+1.2 points" for percentages; "+0,3" otherwise. */
export function signedPace(value: number, indicator: Indicator, lang: Lang): string {
  const n = formatNumber(value, lang, Math.abs(value) < 0.1 && value !== 0 ? 2 : 1);
  const signed = value > 0 ? `+${n}` : n;
  return indicator.unit === "percent" ? `${signed} ${t(lang, "points")}` : signed;
}

/** The pace in plain words: what is needed and what happened, or what was reached at a passed deadline. */
export function paceSentence(a: Assessment, indicator: Indicator, lang: Lang): string {
  if (a.actualPace === null || a.judged === null || a.judgedYear === null || a.target === null) return "";
  if (a.requiredPace !== null) {
    return t(lang, "paceSentence", {
      required: signedPace(a.requiredPace, indicator, lang),
      year: a.judgedYear,
      actual: signedPace(a.actualPace, indicator, lang),
    });
  }
  return t(lang, "paceSentencePassed", {
    year: a.judgedYear,
    value: formatValue(a.judged.value, lang, indicator.unit, indicator.decimals),
    target: formatTarget(a.comparator, a.target, a.targetMax, indicator.unit === "percent" ? "%" : "", lang),
    actual: signedPace(a.actualPace, indicator, lang),
  });
}
