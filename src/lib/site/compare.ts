/**
 * The compare view's model, shared by the build (default view) and the
 * browser (every other view). Pure and dependency-free: it ships to the
 * browser, so it imports nothing but types and number formats.
 *
 * State lives in the URL: ?i=<indicator>&a=<area,area>&p=<period,period>&b=<published|2025>
 */
import { isShare } from "../units.ts";
import { fillSlots, formatNumber, formatValue } from "./format.ts";
import type { AreaSet, Boundary, Lang, Unit } from "../model.ts";

export interface CompareArea {
  id: string;
  name: string;
  regionId: string | null;
  regionName: string;
  sets: AreaSet[];
  /** The 2025 unit it belongs to (itself for 2025 units and unchanged provinces). */
  unit2025: string;
}

export interface MergedCell {
  /** Null where the old provinces cannot be summed exactly. */
  v: number | null;
  n: number | null;
  d: number | null;
  basis: "published" | "sum-over-sum" | "sum" | "side-by-side";
  /** The areas the value rests on. */
  parts: string[];
}

export interface CompareIndicator {
  id: string;
  name: string;
  unit: Unit;
  unitLabel: string;
  decimals: number;
  periods: { id: string; label: string; short: string }[];
  /** The two periods shown when none are asked for (see lastTwoPeriods). */
  defaultPeriods: [string, string];
  /** periodId -> the targets judged in that period (none for most periods). */
  targets: Record<string, { value: number; label: string }[]>;
  /** periodId -> areaId -> value, as published. */
  values: Record<string, Record<string, number>>;
  /** periodId -> the sources of the provinces' figures of that period (ids of /sources/). */
  sources: Record<string, string[]>;
  /** periodId -> areaId -> how the project made the figure, where it did (computed from printed figures, counted from a list). */
  made: Record<string, Record<string, "computed" | "counted">>;
  /** periodId -> 2025 unit id -> cell. */
  merged: Record<string, Record<string, MergedCell>>;
}

export interface CompareData {
  lang: Lang;
  /** Each source's publisher in the page's language, and where the sources page lists it. */
  sources: Record<string, { publisher: string; href: string }>;
  areas: CompareArea[];
  indicators: CompareIndicator[];
  text: Record<
    | "national"
    | "sideBySide"
    | "missing"
    | "severalRegions"
    | "from"
    | "to"
    | "change"
    | "targetsElsewhere"
    | "choicesTitle"
    | "foldedInto"
    | "noFigureEither"
    | "noFigureTo"
    | "notSummed"
    | "instead"
    | "asPublished"
    | "on2025"
    | "computed"
    | "counted"
    | "summed"
    | "sourceLine",
    string
  >;
}

export interface CompareState {
  indicator: string;
  areas: string[];
  periods: [string, string];
  boundary: Boundary;
}

/** Reads a state from URL search parameters, dropping what the data do not know; falls back to `fallback`. */
export function parseCompareState(query: string, data: CompareData, fallback: CompareState): CompareState {
  const params = new URLSearchParams(query);
  const indicator = data.indicators.find((i) => i.id === params.get("i")) ?? data.indicators.find((i) => i.id === fallback.indicator) ?? data.indicators[0];
  if (!indicator) return fallback;
  const known = new Set(data.areas.map((a) => a.id));
  const areas = params.has("a") ? (params.get("a") ?? "").split(",").filter((id) => known.has(id)) : fallback.areas.filter((id) => known.has(id));
  const periodIds = indicator.periods.map((p) => p.id);
  const asked = (params.get("p") ?? "").split(",").filter((id) => periodIds.includes(id));
  const defaults = fallback.indicator === indicator.id ? fallback.periods : indicator.defaultPeriods;
  const chosen = asked.length > 0 ? asked : defaults;
  const from = chosen[0] ?? periodIds[0] ?? "";
  const to = chosen[1] ?? chosen[0] ?? from;
  const boundary: Boundary = params.get("b") === "2025" ? "2025" : params.has("b") ? "published" : fallback.boundary;
  return { indicator: indicator.id, areas: [...new Set(areas)], periods: [from, to], boundary };
}

/** The query string of a state; the same selection always gives the same string, whatever the order of clicks. */
export function compareQuery(state: CompareState): string {
  const params = new URLSearchParams();
  params.set("i", state.indicator);
  params.set("a", [...state.areas].sort().join(","));
  params.set("p", state.periods.join(","));
  params.set("b", state.boundary);
  return `?${params.toString().replace(/%2C/gu, ",")}`;
}

export interface CompareRow {
  areaId: string;
  name: string;
  regionName: string;
  /** Value per chosen period (from, to); null when missing. */
  values: [number | null, number | null];
  /** How a 2025 unit's old-period value was obtained, per period. */
  notes: [string, string];
  selected: boolean;
}

/** The rows shown: every area with a figure in either period, the chosen ones marked. */
export function compareRows(data: CompareData, state: CompareState): CompareRow[] {
  const indicator = data.indicators.find((i) => i.id === state.indicator);
  if (!indicator) return [];
  const byId = new Map(data.areas.map((a) => [a.id, a]));
  const chosen = new Set(state.boundary === "2025" ? state.areas.map((id) => byId.get(id)?.unit2025 ?? id) : state.areas);
  // A figure the project made says so in its note, as everywhere it shows.
  const madeNote = (period: string, areaId: string) => {
    const how = indicator.made[period]?.[areaId];
    return how ? data.text[how] : "";
  };
  const cell = (period: string, areaId: string): { v: number | null; note: string } => {
    if (state.boundary === "published") return { v: indicator.values[period]?.[areaId] ?? null, note: madeNote(period, areaId) };
    const m = indicator.merged[period]?.[areaId];
    if (!m) return { v: null, note: "" };
    const names = m.parts.map((id) => byId.get(id)?.name ?? id).join(" + ");
    if (m.basis === "side-by-side")
      return {
        v: null,
        note: `${data.text.sideBySide}: ${m.parts.map((id) => `${byId.get(id)?.name ?? id} ${indicator.values[period]?.[id] !== undefined ? fmt(indicator, indicator.values[period]?.[id] ?? 0, data.lang) : "–"}`).join("; ")}`,
      };
    if (m.basis === "sum-over-sum") return { v: m.v, note: `${names}: ${m.n}/${m.d} (${data.text.summed})` };
    if (m.basis === "sum") return { v: m.v, note: `${names} (${data.text.summed})` };
    return { v: m.v, note: madeNote(period, m.parts[0] ?? areaId) };
  };
  const ids =
    state.boundary === "2025"
      ? data.areas.filter((a) => a.sets.includes("p34")).map((a) => a.id)
      : data.areas.map((a) => a.id).filter((id) => state.periods.some((p) => indicator.values[p]?.[id] !== undefined));
  return ids
    .map((id) => {
      const a = byId.get(id);
      const from = cell(state.periods[0], id);
      const to = cell(state.periods[1], id);
      return {
        areaId: id,
        name: a?.name ?? id,
        regionName: a?.regionName ?? data.text.severalRegions,
        values: [from.v, to.v] as [number | null, number | null],
        notes: [from.note, to.note] as [string, string],
        selected: chosen.has(id),
      };
    })
    .filter((r) => r.values.some((v) => v !== null) || r.notes.some((n) => n !== ""));
}

export function fmt(indicator: Pick<CompareIndicator, "unit" | "decimals">, value: number, lang: Lang): string {
  return isShare(indicator) ? formatValue(value, lang, "percent", indicator.decimals) : formatNumber(value, lang, indicator.decimals);
}

/** The targets judged in the later of the two chosen periods: a figure is compared with its own period's target only. */
export function targetsOfState(indicator: Pick<CompareIndicator, "targets">, state: Pick<CompareState, "periods">): { value: number; label: string }[] {
  return indicator.targets[state.periods[1]] ?? [];
}

export interface CompareChoice {
  areaId: string;
  name: string;
  /** Why the area is not drawn as itself: folded into its 2025 unit, no figure, or not summable; null when it is drawn. */
  reason: string | null;
  /** Where the area has no figure, a related unit that has one (the former province of a 2025 unit, or the reverse), with the view that shows it. */
  instead: { areaId: string; name: string; query: string } | null;
}

/**
 * Every chosen area, and for each one that is not drawn as itself, why: a
 * choice is never dropped in silence. Drawn means a dot in the later period.
 */
export function compareChoices(data: CompareData, state: CompareState, rows: readonly CompareRow[]): CompareChoice[] {
  const indicator = data.indicators.find((i) => i.id === state.indicator);
  const byId = new Map(data.areas.map((a) => [a.id, a]));
  const rowOf = new Map(rows.map((r) => [r.areaId, r]));
  const label = (id: string) => indicator?.periods.find((p) => p.id === id)?.label ?? id;
  return state.areas.map((id) => {
    const area = byId.get(id);
    const name = area?.name ?? id;
    const unitId = state.boundary === "2025" ? (area?.unit2025 ?? id) : id;
    const row = rowOf.get(unitId);
    const unitName = byId.get(unitId)?.name ?? unitId;
    const folded = unitId !== id ? fillSlots(data.text.foldedInto, { unit: unitName }) : null;
    let missing: string | null = null;
    if (!row || row.values.every((v) => v === null)) {
      missing =
        row && row.notes.some((n) => n !== "")
          ? data.text.notSummed
          : fillSlots(data.text.noFigureEither, { from: label(state.periods[0]), to: label(state.periods[1]) });
    } else if (row.values[1] === null) {
      missing = fillSlots(data.text.noFigureTo, { to: label(state.periods[1]) });
    }
    const reason = [folded, missing].filter((r): r is string => r !== null).join("; ");
    const instead = missing !== null && state.boundary === "published" && area ? relatedWithFigure(data, state, area) : null;
    return { areaId: id, name, reason: reason === "" ? null : reason, instead };
  });
}

/**
 * As published, a 2025 unit has no figure before the merger and a former
 * province none after it: the related unit with a figure in the later chosen
 * period (else the earlier one), and the view with it in place of `area`.
 */
function relatedWithFigure(data: CompareData, state: CompareState, area: CompareArea): CompareChoice["instead"] {
  const indicator = data.indicators.find((i) => i.id === state.indicator);
  if (!indicator) return null;
  const related = data.areas.filter((a) => a.id !== area.id && (a.unit2025 === area.id || a.id === area.unit2025));
  const has = (id: string, period: string) => indicator.values[period]?.[id] !== undefined;
  const pick = related.find((a) => has(a.id, state.periods[1])) ?? related.find((a) => has(a.id, state.periods[0]));
  if (!pick) return null;
  const areas = [...new Set(state.areas.map((id) => (id === area.id ? pick.id : id)))];
  return { areaId: pick.id, name: pick.name, query: compareQuery({ ...state, areas }) };
}
