import * as Plot from "@observablehq/plot";
import { COLORS, FONT, labelMargin } from "./theme.ts";

export interface RankingDatum {
  /** Area name shown on the axis. */
  label: string;
  value: number;
  /** Text shown on hover: the value in the page's language, with its period. */
  title: string;
  /** Draws this area in the highlight colour (the province of the page). */
  highlight: boolean;
}

export interface ReferenceLine {
  value: number;
  label: string;
}

export interface RankingOptions {
  /** Target values, drawn as solid vertical rules with their label. */
  targets: readonly ReferenceLine[];
  /** The national figure of the same period, drawn dashed. */
  national: ReferenceLine | null;
  /** Formats axis ticks in the page's language. */
  tickFormat: (value: number) => string;
  xLabel: string;
  /** Percentages: the axis starts at 0 and stops at 100 at most. */
  percent: boolean;
  width?: number;
}

/**
 * Provinces ranked by value: one dot each, highest first, with each target as
 * a solid vertical rule and the national figure as a dashed one. Returns Plot
 * options; `render.ts` draws them.
 */
export function rankingChart(data: readonly RankingDatum[], options: RankingOptions): Plot.PlotOptions {
  const rules = [...options.targets, ...(options.national ? [options.national] : [])];
  const maxValue = Math.max(0, ...data.map((d) => d.value), ...rules.map((r) => r.value));
  const top = options.percent ? Math.min(100, Math.max(10, Math.ceil((maxValue * 1.08) / 10) * 10)) : maxValue * 1.08;
  return {
    width: options.width ?? 640,
    height: 70 + data.length * 18,
    marginLeft: labelMargin(data.map((d) => d.label)),
    marginRight: 28,
    marginTop: 44,
    marginBottom: 26,
    style: FONT,
    x: { domain: [0, top], grid: true, label: options.xLabel, labelAnchor: "right", tickFormat: options.tickFormat, axis: "top" },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(data, { y: "label", stroke: COLORS.grid, strokeWidth: 0.75 }),
      ...options.targets.flatMap((t) => [
        Plot.ruleX([t.value], { stroke: COLORS.target, strokeWidth: 2, className: "target-rule", ariaDescription: "target" }),
        Plot.text([t.value], {
          x: (d: number) => d,
          frameAnchor: "bottom",
          dy: 16,
          text: () => t.label,
          fill: COLORS.target,
          fontWeight: 600,
          className: "target-label",
          ariaHidden: "true",
        }),
      ]),
      ...(options.national
        ? [
            Plot.ruleX([options.national.value], {
              stroke: COLORS.national,
              strokeDasharray: "4,3",
              className: "national-rule",
              ariaDescription: "national figure",
            }),
            Plot.text([options.national.value], {
              x: (d: number) => d,
              frameAnchor: "top",
              dy: -30,
              text: () => options.national?.label ?? "",
              fill: COLORS.national,
              className: "national-label",
              ariaHidden: "true",
            }),
          ]
        : []),
      Plot.dot(data, {
        x: "value",
        y: "label",
        r: 4.5,
        fill: (d: RankingDatum) => (d.highlight ? COLORS.highlight : COLORS.dot),
        stroke: "white",
        strokeWidth: 0.75,
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
    ],
  };
}
