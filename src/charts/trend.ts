import * as Plot from "@observablehq/plot";
import { COLORS, FONT } from "./theme.ts";
import type { ReferenceLine } from "./ranking.ts";

export interface TrendDatum {
  /** The series: an area name. */
  series: string;
  /** The period's label, one of `periods`. */
  period: string;
  value: number;
  title: string;
  /**
   * Points of a series are joined only within one run of consecutive periods,
   * so a missing period shows as a break, never as a line across the gap.
   */
  run: number;
}

export interface TrendOptions {
  /** Every period between the first and the last, in order, present or not. */
  periods: readonly string[];
  /** Series names in legend order. */
  series: readonly string[];
  /** One colour per series (see seriesColors). */
  colors: readonly string[];
  targets: readonly ReferenceLine[];
  tickFormat: (value: number) => string;
  yLabel: string;
  percent: boolean;
  width?: number;
}

/** Splits an ordered series into runs of consecutive periods (by index in the full period list). */
export function runsOf(periodIndexes: readonly number[]): number[] {
  let run = 0;
  return periodIndexes.map((index, i) => {
    if (i > 0 && index !== (periodIndexes[i - 1] ?? -2) + 1) run += 1;
    return run;
  });
}

/**
 * Values by period: one coloured line per series, dots at each published
 * figure, breaks where a period has no figure, the target as a horizontal rule.
 */
/**
 * Series colours in legend order: the first series (the page's area) in the
 * highlight colour, the country always in grey, others in distinct hues.
 * The page draws the legend in HTML from the same list.
 */
export function seriesColors(names: readonly string[], nationalName: string): string[] {
  const others = [COLORS.dot, "#7c3aed", "#0f766e", "#a16207"];
  let next = 0;
  return names.map((name, i) => (name === nationalName ? COLORS.national : i === 0 ? COLORS.highlight : (others[next++ % others.length] ?? COLORS.dot)));
}

export function trendChart(data: readonly TrendDatum[], options: TrendOptions): Plot.PlotOptions {
  const maxValue = Math.max(0, ...data.map((d) => d.value), ...options.targets.map((t) => t.value));
  const top = options.percent ? Math.min(100, Math.max(10, Math.ceil((maxValue * 1.1) / 10) * 10)) : maxValue * 1.1;
  return {
    width: options.width ?? 640,
    height: (options.width ?? 640) < 480 ? 260 : 300,
    marginLeft: 48,
    marginRight: 28,
    marginTop: 24,
    marginBottom: options.periods.some((p) => p.includes("\n")) ? 44 : 32,
    style: FONT,
    x: {
      type: "point",
      domain: [...options.periods],
      label: null,
      padding: 0.3,
      tickFormat: (p: string, i: number) => (i % Math.max(1, Math.ceil((options.periods.length * 34) / (options.width ?? 640))) === 0 ? p : ""),
    },
    y: { domain: [0, top], grid: true, label: options.yLabel, tickFormat: options.tickFormat },
    color: { domain: [...options.series], range: [...options.colors], legend: false },
    marks: [
      ...options.targets.flatMap((t) => [
        Plot.ruleY([t.value], { stroke: COLORS.target, strokeWidth: 2, className: "target-rule", ariaDescription: "target" }),
        Plot.text([t.value], {
          y: (d: number) => d,
          frameAnchor: "right",
          dy: -9,
          text: () => t.label,
          fill: COLORS.target,
          fontWeight: 600,
          textAnchor: "end",
          stroke: "white",
          strokeWidth: 4,
          paintOrder: "stroke",
          className: "target-label",
          ariaHidden: "true",
        }),
      ]),
      Plot.line(data, { x: "period", y: "value", z: (d: TrendDatum) => `${d.series}|${d.run}`, stroke: "series", strokeWidth: 2, className: "trend-line" }),
      Plot.dot(data, { x: "period", y: "value", fill: "series", r: 4, stroke: "white", title: "title", ariaLabel: "title", className: "value-dot" }),
    ],
  };
}
