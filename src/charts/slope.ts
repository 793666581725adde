import * as Plot from "@observablehq/plot";
import { COLORS, FONT, labelMargin } from "./theme.ts";

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
  const max = Math.max(0, ...points.map((p) => p.value));
  return {
    width: options.width ?? 640,
    height: 320,
    marginLeft: 44,
    marginRight: 24,
    marginTop: 28,
    style: FONT,
    x: { type: "point", domain: [...options.periods], label: null, padding: 0.15, axis: "top" },
    y: {
      domain: [0, options.percent ? Math.min(100, Math.ceil((max * 1.08) / 10) * 10) : max * 1.08],
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

export interface ChangeDatum {
  label: string;
  change: number;
  title: string;
}

/** Areas ranked by their change between two periods; a bar from zero, rises dark, falls orange. */
export function changeChart(data: readonly ChangeDatum[], options: { tickFormat: (v: number) => string; xLabel: string; width?: number }): Plot.PlotOptions {
  return {
    width: options.width ?? 640,
    height: 60 + data.length * 16,
    marginLeft: labelMargin(data.map((d) => d.label)),
    marginRight: 24,
    marginTop: 36,
    style: FONT,
    x: { grid: true, label: options.xLabel, tickFormat: options.tickFormat, axis: "top", labelAnchor: "right" },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0 },
    marks: [
      Plot.barX(data, {
        x: "change",
        y: "label",
        fill: (d: ChangeDatum) => (d.change >= 0 ? COLORS.dot : COLORS.highlight),
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
      Plot.ruleX([0], { stroke: COLORS.ink }),
    ],
  };
}
