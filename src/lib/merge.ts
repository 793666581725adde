/**
 * Figures of an old period on the 2025 map. A 2025 unit formed from several
 * provinces gets a value for a period before the merger only when it can be
 * computed exactly: counts add up; a share needs every constituent's
 * numerator and denominator (sum over sum). Otherwise the old provinces are
 * shown side by side under the new unit. Percentages are never averaged.
 */
import { isShare } from "./units.ts";
import type { Area, Boundary, Observation, Unit } from "./model.ts";
import { headlineObservations, type Index } from "./queries.ts";

export interface UnitFigure {
  /** The area shown: a 2025 unit, or the area as published. */
  areaId: string;
  periodId: string;
  /** The value, or null where it cannot be computed exactly. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** How the value was obtained. */
  basis: "published" | "sum-over-sum" | "sum" | "side-by-side";
  /** The published observations it rests on (the constituents, for a merged unit). */
  parts: Observation[];
  /** Constituent provinces with no figure for the period. */
  missing: string[];
}

/** The 2025 unit an area belongs to: itself if unchanged or formed in 2025, else the unit it became. */
export function unit2025(area: Area): string {
  return area.becameId ?? area.id;
}

/**
 * Every 2025 unit's figure for one indicator and period. A unit whose own
 * figure is published (a 2026 election, an unchanged province) keeps it.
 */
/**
 * A share from its counts where the row has them (the printed value is
 * rounded), else the value as printed: changes and sums are computed from
 * this, and rounded only for display (+16,67 from 1/6 to 2/6, not +16,66).
 */
export function exactValue(o: Pick<Observation, "value" | "numerator" | "denominator">, unit: Unit): number {
  return isShare({ unit }) && o.numerator !== null && o.denominator !== null && o.denominator > 0 ? (100 * o.numerator) / o.denominator : o.value;
}

export function figuresOn2025Map(ix: Index, indicatorId: string, periodId: string): UnitFigure[] {
  const indicator = ix.indicator.get(indicatorId);
  const observations = headlineObservations(ix, indicatorId).filter((o) => o.periodId === periodId);
  const byArea = new Map(observations.map((o) => [o.areaId, o]));
  const units = ix.dataset.areas.filter((a) => a.level === "province" && a.sets.includes("p34"));
  const out: UnitFigure[] = [];
  for (const unit of units) {
    const own = byArea.get(unit.id);
    if (own) {
      out.push({
        areaId: unit.id,
        periodId,
        value: exactValue(own, indicator?.unit ?? "percent"),
        numerator: own.numerator,
        denominator: own.denominator,
        basis: "published",
        parts: [own],
        missing: [],
      });
      continue;
    }
    if (unit.formedFromIds.length === 0) continue;
    const parts = unit.formedFromIds.map((id) => byArea.get(id)).filter((o): o is Observation => o !== undefined);
    const missing = unit.formedFromIds.filter((id) => !byArea.has(id));
    if (parts.length === 0) continue;
    const complete = missing.length === 0;
    if (complete && indicator?.unit === "count") {
      const value = parts.reduce((s, o) => s + o.value, 0);
      out.push({ areaId: unit.id, periodId, value, numerator: null, denominator: null, basis: "sum", parts, missing });
      continue;
    }
    const exact = complete && isShare(indicator) && parts.every((o) => o.numerator !== null && o.denominator !== null && o.denominator > 0);
    if (exact) {
      const numerator = parts.reduce((s, o) => s + (o.numerator ?? 0), 0);
      const denominator = parts.reduce((s, o) => s + (o.denominator ?? 0), 0);
      out.push({ areaId: unit.id, periodId, value: (numerator / denominator) * 100, numerator, denominator, basis: "sum-over-sum", parts, missing });
      continue;
    }
    out.push({ areaId: unit.id, periodId, value: null, numerator: null, denominator: null, basis: "side-by-side", parts, missing });
  }
  return out;
}

/** Figures as published: each area of the period as it was then. */
export function figuresAsPublished(ix: Index, indicatorId: string, periodId: string): UnitFigure[] {
  const unit = ix.indicator.get(indicatorId)?.unit ?? "percent";
  return headlineObservations(ix, indicatorId)
    .filter((o) => o.periodId === periodId && ix.area.get(o.areaId)?.level === "province")
    .map((o) => ({
      areaId: o.areaId,
      periodId,
      value: exactValue(o, unit),
      numerator: o.numerator,
      denominator: o.denominator,
      basis: "published" as const,
      parts: [o],
      missing: [],
    }));
}

export function figuresFor(ix: Index, indicatorId: string, periodId: string, boundary: Boundary): UnitFigure[] {
  return boundary === "2025" ? figuresOn2025Map(ix, indicatorId, periodId) : figuresAsPublished(ix, indicatorId, periodId);
}
