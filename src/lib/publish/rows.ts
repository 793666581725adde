/**
 * The rows of the downloads, cell by cell in their columns' order (see
 * tables.ts for the columns): observations, targets, verdicts and the
 * reporting template. Text cells a spreadsheet would run are defused.
 */
import type { Assessment, Dataset, Observation } from "../model.ts";
import { statusKind, uniqueCommitments } from "../verdicts.ts";

export type Cell = string | number | null;

/**
 * A text cell that a spreadsheet would run as a formula ("=", "+", "-", "@",
 * tab or carriage return first) gets a leading apostrophe. Numbers are written
 * as numbers, so a negative value is left alone.
 */
export function neutraliseSpreadsheetCell(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}
export const safe = (text: string | null): string => neutraliseSpreadsheetCell(text ?? "");

/** Comparators as words, so no cell of a download starts with "=": a spreadsheet would read a formula. */
export const COMPARATOR_WORDS = {
  ">=": "at_least",
  ">": "more_than",
  "<=": "at_most",
  "<": "less_than",
  "=": "equal",
  "~": "about",
  between: "between",
  none: "none",
} as const;

export function observationRows(dataset: Dataset, observations: readonly Observation[]): Cell[][] {
  const areas = new Map(dataset.areas.map((a) => [a.id, a]));
  return observations.map((o) => {
    const area = areas.get(o.areaId);
    return [
      o.indicatorId,
      o.areaId,
      area?.code ?? "",
      safe(area?.name.vi ?? ""),
      o.periodId,
      o.sex ?? "",
      o.value,
      o.qualifier,
      o.derivation,
      o.reported ? "yes" : "no",
      o.numerator,
      o.denominator,
      o.headline ? "yes" : "no",
      o.preliminary ? "yes" : "no",
      o.sourceId,
      o.line,
      safe(o.citation.title),
      safe(o.citation.url),
      safe(o.note),
    ];
  });
}

export function targetRows(dataset: Dataset, planId?: string): Cell[][] {
  return dataset.targets
    .filter((t) => planId === undefined || t.planId === planId)
    .map((t) => [
      t.id,
      t.planId,
      safe(t.section),
      COMPARATOR_WORDS[t.comparator],
      safe(t.comparator),
      t.value,
      t.valueMax,
      safe(t.unit.vi),
      t.deadline,
      t.term ? `${t.term.start}-${t.term.end}` : "",
      t.recurrence,
      t.measure,
      t.indicatorIds.join(";"),
      t.parts.flatMap((p) => p.proxies.map((x) => `${x.indicatorId}@${x.group}`)).join(";"),
      safe(t.textVi),
      safe(t.textEn),
      t.commitmentId,
      t.parts.map((p) => `${p.binds}:${[...p.direct, ...p.proxies.map((x) => `${x.indicatorId}@${x.group}`)].join(";")}`).join("|"),
      safe(t.responsible.vi),
      safe(t.setBy?.text.vi ?? ""),
    ]);
}

/** One row per part; `repeat_of` names the commitment a passage repeats, so that counting rows with it empty counts each commitment once. */
export function assessmentRows(assessments: readonly Assessment[]): Cell[][] {
  const counted = new Set(uniqueCommitments(assessments));
  return assessments.flatMap((a) =>
    a.parts.map((p, i) => [
      a.targetId,
      a.areaId,
      a.commitmentId,
      counted.has(a) ? "" : a.commitmentId,
      a.status,
      statusKind(a.status),
      statusKind(a.status) === "decided" ? "yes" : "no",
      a.evidence,
      a.comparatorUnconfirmed ? "yes" : "no",
      a.bodyUnconfirmed ? "yes" : "no",
      a.bodyReadings
        .map((r) => `${r.indicatorId ?? ""} ${r.judged?.periodId ?? "-"} ${r.judged?.value ?? "-"} ${r.judged?.basis ?? "-"} ${r.status}`)
        .join("; "),
      i + 1,
      p.binds,
      p.indicatorId ?? "",
      p.evidence,
      p.status,
      p.reason,
      p.baseline?.periodId ?? "",
      p.baseline?.value ?? null,
      p.judged?.periodId ?? "",
      p.judged?.value ?? null,
      p.judged?.qualifier ?? "",
      p.judged?.basis ?? "",
      p.context.map((c) => `${c.indicatorId}@${c.group} ${c.point.periodId} ${c.point.value} ${c.point.basis}`).join("; "),
      p.projected,
      p.ratio,
      p.openSdg.ratio,
    ]),
  );
}

/** One row per commitment that only the issuer's reports can measure, counted once; the value left empty to fill in. */
export function templateRows(dataset: Dataset, planId: string): Cell[][] {
  const plan = dataset.plans.find((p) => p.id === planId);
  const area = dataset.areas.find((a) => a.id === plan?.areaId);
  return dataset.targets
    .filter((t) => t.planId === planId && t.measure === "administrative" && t.commitmentId === t.id)
    .map((t) => [
      t.id,
      safe(t.section),
      safe(t.textVi),
      area?.name.vi ?? "",
      // The period is the sender's to fill (the year the figure is for, within the commitment's term), never pre-filled with the deadline.
      "",
      null,
      safe(t.unit.vi),
      "",
      "",
      "",
      "",
      "",
    ]);
}
