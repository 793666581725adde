/**
 * The contribution matrices of /status/ and /status/63-provinces/: each
 * province's figures against the national targets (set for the whole
 * country, so contributions, not verdicts). Targets due before the merger
 * (12 June 2025) are set beside the 63 provinces before it, on their own page;
 * later ones beside the 34 units, on /status/. A commitment quoted by two
 * documents is one column; a column needs figures for at least one province.
 * Each cell holds the judged period's figure only (shownPoint): another term's
 * figure never fills a cell.
 */
import type { Area, Assessment, Part, Target } from "../model.ts";
import { meetsWithQualifier } from "../progress.ts";
import { isValidOn } from "../areas.ts";
import { assessmentOf, assessmentsOfTarget, bindsEachProvince, type Index } from "../queries.ts";
import { textIn } from "../text.ts";
import { shownPoint } from "./figure-data.ts";
import { formatTarget, type Lang } from "./format.ts";

export type MatrixSet = "p34" | "p63";

export interface ContributionMatrix {
  set: MatrixSet;
  /** The set's name ("34 tỉnh, thành phố…"). */
  name: string;
  cols: Target[];
  /** One per column: the target and its deadline ("≥ 35 % (2026)"). */
  labels: string[];
  rows: { area: Area; cells: (Assessment | undefined)[] }[];
}

/** The day a column is held against a set's provinces: its term's first year, else its deadline. */
const columnDate = (tg: Target) => `${tg.term?.start ?? tg.deadline ?? 0}-01-01`;

export function contributionMatrix(ix: Index, set: MatrixSet, lang: Lang): ContributionMatrix {
  const setInfo = ix.dataset.areaSets.find((s) => s.id === set);
  const cols = ix.dataset.targets.filter((tg) => {
    if (ix.plan.get(tg.planId)?.issuerLevel !== "national" || bindsEachProvince(tg) || tg.commitmentId !== tg.id) return false;
    if (assessmentsOfTarget(ix, tg.id).length <= 1) return false;
    return set === "p34" ? columnDate(tg) >= (setInfo?.validFrom ?? "") : columnDate(tg) <= (setInfo?.validTo ?? "");
  });
  const areas = ix.dataset.areas
    .filter((a) => a.level === "province" && a.sets.includes(set))
    .filter((a) => cols.some((tg) => isValidOn(a, columnDate(tg))))
    .sort((a, b) => a.name.vi.localeCompare(b.name.vi, "vi"));
  return {
    set,
    name: setInfo ? textIn(setInfo.name, lang) : set,
    cols,
    labels: cols.map((tg) => `${formatTarget(tg.comparator, tg.value, tg.valueMax, textIn(tg.unit, lang), lang)} (${tg.deadline ?? ""})`),
    rows: areas.map((area) => ({ area, cells: cols.map((tg) => assessmentOf(ix, tg.id, area.id)) })),
  };
}

/** Whether a part's judged figure reaches the national level (the cell is shaded). */
export function partReaches(a: Assessment, p: Part): boolean {
  const point = shownPoint(p);
  return point !== null && a.target !== null && meetsWithQualifier(point, a.comparator, a.target, a.targetMax) === true;
}
