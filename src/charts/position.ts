import * as Plot from "@observablehq/plot";
import type { Status } from "../lib/status.ts";
import { COLORS, FONT } from "./theme.ts";

export interface PositionRow {
  /** The target in words, drawn above its row. */
  label: string;
  /** The figure judged for the area. */
  value: number;
  target: number;
  status: Status;
  /** Hover text. */
  title: string;
}

/** Status colours, as in site.css; the chart also writes the status shape beside each dot. */
export const STATUS_COLORS: Record<Status, string> = {
  achieved: "#166534",
  "on-track": "#0f766e",
  "off-track": "#92400e",
  stagnating: "#b91c1c",
  "insufficient-data": "#52606d",
  "not-measured": "#52606d",
};

export interface PositionOptions {
  tickFormat: (value: number) => string;
  shapes: Record<Status, string>;
  width?: number;
}

/**
 * An area against each of its targets (percentages): one row per target, the
 * target as a tick, the figure as a dot coloured and marked by its status.
 */
export function targetPositionChart(rows: readonly PositionRow[], options: PositionOptions): Plot.PlotOptions {
  const keys = rows.map((_, i) => String(i));
  const data = rows.map((r, i) => ({ ...r, key: String(i) }));
  return {
    width: options.width ?? 640,
    height: 40 + rows.length * 46,
    marginLeft: 12,
    marginRight: 28,
    marginTop: 28,
    marginBottom: 8,
    style: FONT,
    x: { domain: [0, 100], grid: true, axis: "top", tickFormat: options.tickFormat, label: null },
    y: { domain: keys, axis: null, padding: 0.2 },
    marks: [
      Plot.text(data, { x: 0, y: "key", text: "label", dy: -15, textAnchor: "start", fill: COLORS.ink, className: "position-label" }),
      Plot.ruleY(data, { y: "key", stroke: COLORS.grid }),
      Plot.link(data, {
        x1: "value",
        x2: "target",
        y1: "key",
        y2: "key",
        stroke: (d: PositionRow) => STATUS_COLORS[d.status],
        strokeOpacity: 0.5,
        strokeWidth: 2,
      }),
      Plot.tickX(data, { x: "target", y: "key", stroke: COLORS.target, strokeWidth: 3, insetTop: 12, className: "target-tick", ariaHidden: "true" }),
      Plot.dot(data, {
        x: "value",
        y: "key",
        r: 6,
        fill: (d: PositionRow) => STATUS_COLORS[d.status],
        stroke: "white",
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
      Plot.text(data, { x: "value", y: "key", text: (d: PositionRow) => options.shapes[d.status], fill: "white", fontSize: 8, ariaHidden: "true" }),
    ],
  };
}
