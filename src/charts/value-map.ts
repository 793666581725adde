/** Chart kind: a tile map of one indicator for one period, in five steps of blue. */
import { isShare } from "../lib/units.ts";
import { textIn } from "../lib/model.ts";
import { scaleQuantize } from "d3";
import { summarise } from "../i18n/charts.ts";
import { href, t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { basisOfUnitFigure, sourcesOf } from "../lib/site/figure-data.ts";
import { formatNumber, formatValue, type Lang } from "../lib/site/format.ts";
import { figuresFor } from "../lib/merge.ts";
import type { Boundary, Tile } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import { svgFigure, type Figure } from "./figure.ts";
import { COLORS, MAP_BLUES, MAP_INK } from "./theme.ts";
import { tileMapSvg, type TileFill } from "./tilemap.ts";
import { basisNotesFor } from "../i18n/status.ts";

/** A tile with no figure: shown as missing, never guessed. */
export function missingTile(lang: Lang, period?: string) {
  return (tile: Tile): TileFill => ({
    color: COLORS.missing,
    ink: COLORS.muted,
    text: "–",
    label: `${tile.label}: ${t(lang, "noFigure").toLowerCase()}${period ? ` (${period})` : ""}`,
  });
}

/**
 * A tile map of one indicator for one period, coloured in five equal steps
 * of a rounded range. On the 2025 map, old periods are aggregated exactly or
 * left missing (see merge.ts).
 */
export function valueMapFigure(ix: Index, indicatorId: string, periodId: string, lang: Lang, boundary: Boundary = "published"): Figure | null {
  const indicator = ix.indicator.get(indicatorId);
  const period = ix.period.get(periodId);
  if (!indicator || !period) return null;
  const figures = figuresFor(ix, indicatorId, periodId, boundary).filter((f) => f.value !== null);
  if (figures.length < 2) return null;
  const set = boundary === "2025" || figures.some((f) => !ix.area.get(f.areaId)?.sets.includes("p63")) ? "p34" : "p63";
  const values = figures.map((f) => f.value ?? 0);
  const lo = Math.floor(Math.min(...values) / 10) * 10;
  const hi = Math.max(lo + 10, Math.ceil(Math.max(...values) / 10) * 10);
  const scale = scaleQuantize<number>().domain([lo, hi]).range([0, 1, 2, 3, 4]);
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const name = (id: string) => areaName(ix, id, lang);
  const fills = new Map<string, TileFill>();
  for (const f of figures) {
    const step = scale(f.value ?? 0);
    fills.set(f.areaId, {
      color: MAP_BLUES[step] ?? COLORS.missing,
      ink: MAP_INK[step] ?? COLORS.ink,
      text: formatNumber(f.value ?? 0, lang, isShare(indicator) ? 0 : indicator.decimals),
      label: `${name(f.areaId)}: ${fmt(f.value ?? 0)} (${textIn(period.label, lang)})${f.basis === "sum-over-sum" ? ` = ${f.numerator}/${f.denominator}` : ""}`,
    });
  }
  const title = t(lang, "mapTitle", { indicator: textIn(indicator.name, lang), period: textIn(period.label, lang) });
  const description = `${t(lang, "mapDescription")} ${figures.map((f) => `${name(f.areaId)} ${fmt(f.value ?? 0)}`).join("; ")}.`;
  const drawing = tileMapSvg(ix.dataset.tilemaps[set], fills, {
    title,
    description,
    href: (id) => href(lang, `/provinces/${id}/`),
    missing: missingTile(lang, textIn(period.label, lang)),
  });
  const bounds = [lo, ...scale.thresholds(), hi];
  return svgFigure(
    {
      id: `map-${indicatorId}-${periodId}-${set}`.toLowerCase(),
      kind: "value-map",
      title,
      description,
      sourceIds: sourcesOf(figures.flatMap((f) => f.parts)),
      table: {
        head: [t(lang, "area"), `${t(lang, "value")} (${textIn(indicator.unitLabel, lang)})`],
        rows: [...figures].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).map((f) => [name(f.areaId), fmt(f.value ?? 0)]),
      },
      values: figures.map((f) => ({ label: name(f.areaId), period: textIn(period.label, lang), value: f.value ?? 0, basis: basisOfUnitFigure(f) })),
      targets: [],
      targetNotes: basisNotesFor(figures.map(basisOfUnitFigure), lang),
      alt: summarise(title, description),
      legend: [
        ...MAP_BLUES.map((color, i) => ({ color, label: `${formatNumber(bounds[i] ?? 0, lang, 0)}–${formatNumber(bounds[i + 1] ?? 0, lang, 0)}` })),
        { color: COLORS.missing, label: t(lang, "noFigure") },
      ],
    },
    drawing,
  );
}
