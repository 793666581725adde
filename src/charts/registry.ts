/**
 * Every chart the site shows, with the page it is on. Pages, embed pages,
 * and the SVG and PNG downloads all take their charts from here, so a chart
 * is the same wherever it appears.
 */
import type { Lang } from "../lib/site/format.ts";
import type { Area } from "../lib/model.ts";
import { areaAssessments } from "../lib/site/counts.ts";
import { assessmentsOfTarget, headlineObservations, latestProvincialPeriod, seriesOf, type Index } from "../lib/queries.ts";
import { changeFigure } from "./change.ts";
import type { Figure } from "./figure.ts";
import { positionFigure } from "./position.ts";
import { rankingFigure } from "./ranking.ts";
import { slopeFigure } from "./slope.ts";
import { statusMapFigure } from "./status-map.ts";
import { trendFigure } from "./trend.ts";
import { valueMapFigure } from "./value-map.ts";

export interface PlacedFigure {
  figure: Figure;
  /** The page it is on, without the language prefix. */
  page: string;
  /** The data behind it, under /data/. */
  csv: string;
}

/** The areas an indicator's trend shows: the country where it has figures, else the three longest series. */
export function indicatorTrendAreas(ix: Index, indicatorId: string): string[] {
  const headline = headlineObservations(ix, indicatorId);
  if (headline.some((o) => o.areaId === "viet-nam")) return ["viet-nam"];
  const byArea = new Map<string, number>();
  for (const o of headline) byArea.set(o.areaId, (byArea.get(o.areaId) ?? 0) + 1);
  return [...byArea.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([id]) => id);
}

export function indicatorFigures(ix: Index, indicatorId: string, lang: Lang) {
  const indicator = ix.indicator.get(indicatorId);
  const latest = latestProvincialPeriod(ix, indicatorId);
  return {
    ranking: rankingFigure(ix, indicatorId, lang),
    map: latest && indicator && indicator.unit !== "group" && indicator.unit !== "flag" ? valueMapFigure(ix, indicatorId, latest.periodId, lang) : null,
    trend: trendFigure(ix, indicatorId, indicatorTrendAreas(ix, indicatorId), lang),
    slope: slopeFigure(ix, indicatorId, lang),
    change: changeFigure(ix, indicatorId, lang),
  };
}

export function provinceFigures(ix: Index, area: Area, lang: Lang) {
  const own = [area.id, ...area.formedFromIds];
  const chartAreas = [...own, "viet-nam"];
  const assessed = areaAssessments(ix, area);
  return {
    ruleAssessments: assessed.rules,
    ownAssessments: assessed.own,
    nationalAssessments: assessed.national,
    otherAssessments: assessed.otherNational,
    naTrend: trendFigure(ix, "na_women_share", chartAreas, lang, { clipTo: own }),
    pcTrend: own.some((id) => seriesOf(ix, "pc_women_share", id).length > 0) ? trendFigure(ix, "pc_women_share", chartAreas, lang, { clipTo: own }) : null,
    position: positionFigure(ix, area.id, [...assessed.rules, ...assessed.own, ...assessed.national, ...assessed.otherNational], lang),
  };
}

/** The status map of a national target, or null when fewer than two provinces are assessed. */
export function targetStatusMap(ix: Index, targetId: string, lang: Lang): Figure | null {
  const target = ix.target.get(targetId);
  if (!target || ix.plan.get(target.planId)?.issuerLevel !== "national") return null;
  return statusMapFigure(ix, target, assessmentsOfTarget(ix, targetId), lang);
}

/** Every chart of the site, once each (a chart on two pages is listed at its first page). */
export function siteFigures(ix: Index, lang: Lang): PlacedFigure[] {
  const placed = new Map<string, PlacedFigure>();
  const add = (figure: Figure | null, page: string, csv: string) => {
    if (figure && !placed.has(figure.id)) placed.set(figure.id, { figure, page, csv });
  };
  for (const indicator of ix.dataset.indicators) {
    const f = indicatorFigures(ix, indicator.id, lang);
    for (const figure of [f.ranking, f.map, f.trend, f.slope, f.change]) add(figure, `/indicators/${indicator.id}/`, `/data/indicators/${indicator.id}.csv`);
  }
  for (const area of ix.dataset.areas.filter((a) => a.level === "province")) {
    const f = provinceFigures(ix, area, lang);
    for (const figure of [f.naTrend, f.pcTrend, f.position]) add(figure, `/provinces/${area.id}/`, `/data/areas/${area.id}.csv`);
  }
  for (const target of ix.dataset.targets) add(targetStatusMap(ix, target.id, lang), `/plans/${target.planId}/`, `/data/plans/${target.planId}-status.csv`);
  return [...placed.values()];
}
