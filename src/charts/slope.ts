/** Chart kind: every area's value in two periods, joined by a line. */
import { isShare } from "../lib/units.ts";
import { textIn } from "../lib/model.ts";
import * as Plot from "@observablehq/plot";
import { summarise } from "../i18n/charts.ts";
import { t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { lastPeriodPair } from "./period-pair.ts";
import { formatNumber, formatValue, type Lang } from "../lib/site/format.ts";
import type { Index } from "../lib/queries.ts";
import { plotFigure, type Figure } from "./figure.ts";
import { COLORS, frame, niceTop } from "./theme.ts";
import { basisNotesFor } from "../i18n/status.ts";

export interface SlopeDatum {
  label: string;
  from: number;
  to: number;
  title: string;
}

export interface SlopeOptions {
  periods: [string, string];
  tickFormat: (value: number) => string;
  /** The value as a label beside its dot. */
  valueFormat: (value: number) => string;
  yLabel: string;
  percent: boolean;
  width?: number;
  /** How many of the largest rises and of the largest falls are named; the rest are drawn muted. */
  highlight?: number;
}

const HEIGHT = 320;
const MARGIN_TOP = 28;
const MARGIN_BOTTOM = 30;
/** Labels closer than this (px) are pushed apart. */
const LABEL_GAP = 13;

/**
 * Label positions that do not overlap: each label at its value, then pushed
 * apart (downwards, then back up where they leave the plot) so that any two
 * are at least `gap` pixels apart. Pure; values in, positions (values) out.
 */
export function spreadLabels(values: readonly number[], pxPerUnit: number, gap: number, bounds: [number, number]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const step = gap / pxPerUnit;
  const placed: number[] = [];
  for (const [k, o] of order.entries()) placed[k] = k === 0 ? Math.min(o.v, bounds[1]) : Math.min(o.v, (placed[k - 1] ?? o.v) - step);
  // Too low at the bottom: push the stack back up from the lowest.
  for (let k = placed.length - 1; k >= 0; k--) {
    const floor = k === placed.length - 1 ? bounds[0] : (placed[k + 1] ?? bounds[0]) + step;
    if ((placed[k] ?? 0) < floor) placed[k] = floor;
  }
  const out: number[] = new Array<number>(values.length);
  order.forEach((o, k) => (out[o.i] = placed[k] ?? o.v));
  return out;
}

/**
 * Every area's value in two periods, joined by a line. The largest rises and
 * falls are drawn strong and named at both ends with their values (labels
 * spread so none overlap); the rest are muted.
 */
export function slopeChart(data: readonly SlopeDatum[], options: SlopeOptions): Plot.PlotOptions {
  const width = options.width ?? 640;
  const narrow = width < 480;
  const n = options.highlight ?? 3;
  const byChange = [...data].sort((a, b) => b.to - b.from - (a.to - a.from));
  const named = new Set([...byChange.slice(0, n), ...byChange.slice(-n)].map((d) => d.label));
  const top = niceTop(
    data.flatMap((d) => [d.from, d.to]),
    options.percent,
  );
  const pxPerUnit = (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / top;
  const strong = data.filter((d) => named.has(d.label));
  const left = spreadLabels(
    strong.map((d) => d.from),
    pxPerUnit,
    LABEL_GAP,
    [0, top],
  );
  const right = spreadLabels(
    strong.map((d) => d.to),
    pxPerUnit,
    LABEL_GAP,
    [0, top],
  );
  const points = data.flatMap((d) => [
    { label: d.label, period: options.periods[0], value: d.from, title: d.title, rise: d.to >= d.from, strong: named.has(d.label) },
    { label: d.label, period: options.periods[1], value: d.to, title: d.title, rise: d.to >= d.from, strong: named.has(d.label) },
  ]);
  const colour = (p: { rise: boolean; strong: boolean }) => (!p.strong ? COLORS.grid : p.rise ? COLORS.dot : COLORS.highlight);
  const leftLabels = strong.map((d, i) => ({
    period: options.periods[0],
    y: left[i] ?? d.from,
    text: narrow ? options.valueFormat(d.from) : `${d.label} ${options.valueFormat(d.from)}`,
  }));
  const rightLabels = strong.map((d, i) => ({ period: options.periods[1], y: right[i] ?? d.to, text: `${options.valueFormat(d.to)} ${d.label}` }));
  return {
    ...frame(width, HEIGHT, [MARGIN_TOP, narrow ? 120 : 150, MARGIN_BOTTOM, narrow ? 56 : 150]),
    x: { type: "point", domain: [...options.periods], label: null, padding: 0.05, axis: "top" },
    // No value axis: the named lines carry their values at both ends.
    y: { domain: [0, top], label: options.yLabel, tickFormat: options.tickFormat, axis: null },
    marks: [
      // The muted lines first, so the named ones are drawn over them.
      Plot.line(
        points.filter((p) => !p.strong),
        { x: "period", y: "value", z: "label", stroke: COLORS.grid, strokeWidth: 1, className: "slope-line muted" },
      ),
      Plot.line(
        points.filter((p) => p.strong),
        { x: "period", y: "value", z: "label", stroke: colour, strokeWidth: 2, className: "slope-line" },
      ),
      Plot.dot(points, {
        x: "period",
        y: "value",
        r: (p: { strong: boolean }) => (p.strong ? 3.5 : 2),
        fill: colour,
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
      Plot.text(leftLabels, { x: "period", y: "y", text: "text", textAnchor: "end", dx: -8, fill: COLORS.ink, className: "slope-label", ariaHidden: "true" }),
      Plot.text(rightLabels, { x: "period", y: "y", text: "text", textAnchor: "start", dx: 8, fill: COLORS.ink, className: "slope-label", ariaHidden: "true" }),
    ],
  };
}

/** The period-to-period slope chart of an indicator's last two periods. */
export function slopeFigure(ix: Index, indicatorId: string, lang: Lang): Figure | null {
  const pair = lastPeriodPair(ix, indicatorId, "slope", lang);
  if (!pair) return null;
  const { indicator, last, rows, base } = pair;
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const [p0, p1] = last.periods.map((id) => ix.period.get(id));
  const labels: [string, string] = [p0 ? textIn(p0.label, lang) : "", p1 ? textIn(p1.label, lang) : ""];
  const shorts: [string, string] = [p0?.short.replace("\n", " ") ?? "", p1?.short.replace("\n", " ") ?? ""];
  const name = (id: string) => areaName(ix, id, lang);
  const title = t(lang, "slopeTitle", { indicator: textIn(indicator.name, lang), from: labels[0], to: labels[1] });
  const note = last.boundary === "2025" ? ` ${t(lang, "compareMergerNote")}` : "";
  const description = `${rows.map((r) => `${name(r.areaId)}: ${fmt(r.from)} → ${fmt(r.to)}`).join("; ")}.${note}`;
  const data = rows.map((r) => ({ label: name(r.areaId), from: r.from, to: r.to, title: `${name(r.areaId)}: ${fmt(r.from)} → ${fmt(r.to)}` }));
  const values = rows.flatMap((r) => [
    { label: name(r.areaId), period: labels[0], value: r.from, basis: r.bases[0] },
    { label: name(r.areaId), period: labels[1], value: r.to, basis: r.bases[1] },
  ]);
  return plotFigure(
    {
      ...base,
      title,
      description,
      table: {
        head: [t(lang, "area"), labels[0], labels[1]],
        rows: [...rows].sort((a, b) => b.to - a.to).map((r) => [name(r.areaId), fmt(r.from), fmt(r.to)]),
      },
      values,
      targetNotes: [
        ...base.targetNotes,
        ...basisNotesFor(
          values.map((v) => v.basis),
          lang,
        ),
      ],
      alt: summarise(title, description),
    },
    (width) =>
      slopeChart(data, {
        periods: shorts,
        tickFormat: (v) => formatNumber(v, lang, 0),
        // The labels round as the title, the table and every other page do: one string per figure.
        valueFormat: fmt,
        yLabel: textIn(indicator.unitLabel, lang),
        percent: isShare(indicator),
        width,
      }),
  );
}
