/** Chart colours, shared by the specs and the page CSS (keep in step with src/styles/site.css). */
export const COLORS = {
  ink: "#1f2933",
  muted: "#616e7c",
  grid: "#d9dee4",
  dot: "#1d5b79",
  highlight: "#c2410c",
  national: "#616e7c",
  target: "#9d174d",
} as const;

export const FONT = { fontFamily: "inherit", fontSize: "12px", overflow: "visible" } as const;

/**
 * The left margin that fits the longest of the labels drawn beside a chart's
 * rows, at about 6.8 px a character of the 12 px font, between 70 and 160 px
 * (longer names wrap in the table, not in the chart).
 */
export function labelMargin(labels: readonly string[]): number {
  const longest = labels.reduce((n, label) => Math.max(n, label.length), 0);
  return Math.min(160, Math.max(70, longest * 6.8));
}
