/** Chart kind: every area's value in two periods, joined by a line. */
import * as Plot from "@observablehq/plot";
import { summarise } from "../i18n/charts.ts";
import { t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { lastTwoPeriods, periodPairs, sourcesOf } from "../lib/figure-data.ts";
import { formatNumber, formatValue, type Lang } from "../lib/format.ts";
import { headlineObservations, type Index } from "../lib/queries.ts";
import { plotFigure, type Figure } from "./figure.ts";
import { COLORS, FONT, niceTop } from "./theme.ts";

export interface SlopeDatum {
  label: string;
  from: number;
  to: number;
  title: string;
}

export interface SlopeOptions {
  periods: [string, string];
  tickFormat: (value: number) => string;
  yLabel: string;
  percent: boolean;
  width?: number;
}

/** Every area's value in two periods, joined by a line: rises dark, falls orange. */
export function slopeChart(data: readonly SlopeDatum[], options: SlopeOptions): Plot.PlotOptions {
  const points = data.flatMap((d) => [
    { label: d.label, period: options.periods[0], value: d.from, title: d.title, rise: d.to >= d.from },
    { label: d.label, period: options.periods[1], value: d.to, title: d.title, rise: d.to >= d.from },
  ]);
  return {
    width: options.width ?? 640,
    height: 320,
    marginLeft: 44,
    marginRight: 24,
    marginTop: 28,
    style: FONT,
    x: { type: "point", domain: [...options.periods], label: null, padding: 0.15, axis: "top" },
    y: {
      domain: [
        0,
        niceTop(
          points.map((p) => p.value),
          options.percent,
        ),
      ],
      grid: true,
      label: options.yLabel,
      tickFormat: options.tickFormat,
    },
    marks: [
      Plot.line(points, {
        x: "period",
        y: "value",
        z: "label",
        stroke: (p: { rise: boolean }) => (p.rise ? COLORS.dot : COLORS.highlight),
        strokeOpacity: 0.6,
        className: "slope-line",
      }),
      Plot.dot(points, {
        x: "period",
        y: "value",
        r: 3,
        fill: (p: { rise: boolean }) => (p.rise ? COLORS.dot : COLORS.highlight),
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
    ],
  };
}

/** The period-to-period slope chart of an indicator's last two periods. */
export function slopeFigure(ix: Index, indicatorId: string, lang: Lang): Figure | null {
  const indicator = ix.indicator.get(indicatorId);
  const last = lastTwoPeriods(ix, indicatorId);
  if (!indicator || !last || (indicator.unit !== "percent" && indicator.unit !== "count")) return null;
  const rows = periodPairs(ix, indicatorId, last.periods, last.boundary);
  if (rows.length < 2) return null;
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const [p0, p1] = last.periods.map((id) => ix.period.get(id));
  const labels: [string, string] = [p0?.label[lang] ?? "", p1?.label[lang] ?? ""];
  const shorts: [string, string] = [p0?.short.replace("\n", " ") ?? "", p1?.short.replace("\n", " ") ?? ""];
  const name = (id: string) => areaName(ix, id, lang);
  const title = t(lang, "slopeTitle", { indicator: indicator.name[lang], from: labels[0], to: labels[1] });
  const note = last.boundary === "2025" ? ` ${t(lang, "compareMergerNote")}` : "";
  const description = `${rows.map((r) => `${name(r.areaId)}: ${fmt(r.from)} → ${fmt(r.to)}`).join("; ")}.${note}`;
  const data = rows.map((r) => ({ label: name(r.areaId), from: r.from, to: r.to, title: `${name(r.areaId)}: ${fmt(r.from)} → ${fmt(r.to)}` }));
  return plotFigure(
    {
      id: `slope-${indicatorId}`,
      kind: "slope",
      title,
      description,
      sourceIds: sourcesOf(headlineObservations(ix, indicatorId).filter((o) => last.periods.includes(o.periodId))),
      table: {
        head: [t(lang, "area"), labels[0], labels[1]],
        rows: [...rows].sort((a, b) => b.to - a.to).map((r) => [name(r.areaId), fmt(r.from), fmt(r.to)]),
      },
      values: rows.flatMap((r) => [
        { label: name(r.areaId), period: labels[0], value: r.from },
        { label: name(r.areaId), period: labels[1], value: r.to },
      ]),
      targets: [],
      targetNotes: last.boundary === "2025" ? [t(lang, "compareMergerNote")] : [],
      legend: [],
      alt: summarise(title, description),
    },
    (width) =>
      slopeChart(data, {
        periods: shorts,
        tickFormat: (v) => formatNumber(v, lang, 0),
        yLabel: indicator.unitLabel[lang],
        percent: indicator.unit === "percent",
        width,
      }),
  );
}
