/**
 * The one palette and the one value-axis rule. Colours are written here and
 * nowhere else: the Plot specs and the hand-written SVG (compare view, tile
 * maps, image cards) import them, and the layouts emit them as CSS custom
 * properties (`themeCss`) that the style sheets use. Small and free of
 * dependencies, because the compare view ships it to the browser.
 */
import { isDecided, type Status } from "../lib/verdicts.ts";

export const COLORS = {
  ink: "#1f2933",
  muted: "#52606d",
  grid: "#d9dee4",
  paper: "#ffffff",
  tint: "#f4f6f8",
  /** Dots and links: the site's accent. */
  dot: "#1d5b79",
  /** The area a page or a reader chose. */
  highlight: "#c2410c",
  national: "#52606d",
  target: "#9d174d",
  ok: "#166534",
  warn: "#92400e",
  /** Fill of a tile with no figure, and of statuses that carry no judgement. */
  missing: "#f4f6f8",
  undecided: "#e4e7eb",
} as const;

/** Further series after the highlighted one, in order. */
export const SERIES_COLORS = [COLORS.dot, "#7c3aed", "#0f766e", "#a16207"] as const;

/** Colours of an embed in a dark host page. */
export const DARK = { ink: "#e4e7eb", paper: "#111827", muted: "#9aa5b1", link: "#7cc4fa", target: "#f48fb1" } as const;

/** Status colours; every status also has a word and a shape, so colour only repeats them. */
export const STATUS_COLORS: Record<Status, string> = {
  achieved: COLORS.ok,
  delivered: COLORS.ok,
  "on-track": "#0f766e",
  "off-track": COLORS.warn,
  short: "#1e40af",
  "no-progress": "#9a3412",
  "moving-away": "#991b1b",
  "not-achieved": "#b91c1c",
  "not-reported": COLORS.muted,
  "partly-measured": COLORS.muted,
  unconfirmed: COLORS.muted,
  "no-figure": COLORS.muted,
  "awaiting-report": COLORS.muted,
  contribution: COLORS.dot,
};

/** Statuses that make no judgement (they say what is missing) are drawn light, so the judged ones stand out. */

export function statusFill(status: Status): { fill: string; ink: string } {
  return !isDecided({ status }) ? { fill: COLORS.undecided, ink: COLORS.ink } : { fill: STATUS_COLORS[status], ink: COLORS.paper };
}

/** Five steps of blue for value maps, light to dark, and the text colour that reads on each. */
export const REACHES = { fill: "#6baed6", ink: "#1f2933" } as const;
export const BELOW = { fill: "#deebf7", ink: "#1f2933" } as const;

export const MAP_BLUES = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
export const MAP_INK = [COLORS.ink, COLORS.ink, COLORS.ink, COLORS.paper, COLORS.paper] as const;

/** The custom properties every page and embed declares, from the palette above. */
export function themeCss(): string {
  const vars: [string, string][] = [
    ...(["ink", "muted", "paper", "tint", "highlight", "target", "ok", "warn"] as const).map((k): [string, string] => [k, COLORS[k]]),
    ["line", COLORS.grid],
    ["accent", COLORS.dot],
    // A figure at the level a national target sets (status map, status matrix), and one below it.
    ["reaches", REACHES.fill],
    ["reaches-ink", REACHES.ink],
    ["below", BELOW.fill],
    ...Object.entries(STATUS_COLORS).map(([status, color]): [string, string] => [`status-${status}`, color]),
  ];
  const dark = `--ink:${DARK.ink};--paper:${DARK.paper};--muted:${DARK.muted};--accent:${DARK.link};--target:${DARK.target}`;
  return (
    `:root{${vars.map(([name, value]) => `--${name}:${value}`).join(";")}}` +
    // One class per status, so a badge's colour comes from the same table as the charts'.
    Object.keys(STATUS_COLORS)
      .map((status) => `.status-${status}{color:var(--status-${status})${!isDecided({ status: status as Status }) ? ";border-width:1px" : ""}}`)
      .join("") +
    `[data-theme="dark"]{${dark}}` +
    `@media (prefers-color-scheme: dark){[data-theme="auto"]{${dark}}}`
  );
}

export const FONT = { fontFamily: "inherit", fontSize: "12px", overflow: "visible" } as const;

/** What every chart spec begins with: its size, its margins (top, right, bottom, left, as in CSS; undefined leaves Plot's own) and the site's font. */
export function frame(width: number, height: number, [top, right, bottom, left]: readonly [number, number, number | undefined, number]) {
  return { width, height, marginTop: top, marginRight: right, ...(bottom === undefined ? {} : { marginBottom: bottom }), marginLeft: left, style: FONT };
}

/**
 * The top of every value axis: the largest value with 5 % headroom, rounded
 * up to a whole step, the step chosen as d3's ticks choose theirs (1, 2 or 5
 * times a power of ten, for about five intervals); 100 at most for
 * percentages. Compare view, Plot charts and images all use it.
 */
export function niceAxis(values: readonly number[], percent: boolean): { top: number; step: number } {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  if (max === 0) return percent ? { top: 10, step: 2 } : { top: 1, step: 0.2 };
  const padded = max * 1.05;
  const raw = padded / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1) * power;
  const top = Math.ceil(padded / step - 1e-9) * step;
  return { top: percent ? Math.min(100, top) : top, step };
}

/** The top of a value axis (see niceAxis). */
export function niceTop(values: readonly number[], percent: boolean): number {
  return niceAxis(values, percent).top;
}

/** The ticks of an axis from 0 to its top, one per step. */
export function axisTicks(axis: { top: number; step: number }): number[] {
  const ticks: number[] = [];
  for (let v = 0; v <= axis.top + 1e-9; v += axis.step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}

/**
 * The left margin that fits the longest of the labels drawn beside a chart's
 * rows, at about 6.8 px a character of the 12 px font, between 70 and 160 px
 * (longer names wrap in the table, not in the chart).
 */
export function labelMargin(labels: readonly string[]): number {
  const longest = labels.reduce((n, label) => Math.max(n, label.length), 0);
  return Math.min(160, Math.max(70, longest * 6.8));
}
