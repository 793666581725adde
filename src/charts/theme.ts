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
