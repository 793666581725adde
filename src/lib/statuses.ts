/**
 * The verdict words as data, free of dependencies: the model's enum is built
 * from this list, and the theme (shipped to the browser by the compare view)
 * reads it without pulling the schema library in.
 */

/** Every verdict, in the order summaries and legends list them: verdicts first, then what waits for a figure. */
export const STATUSES = [
  "achieved",
  "not-achieved",
  "on-track",
  "off-track",
  "no-progress",
  "moving-away",
  "short",
  "delivered",
  "not-reported",
  "partly-measured",
  "unconfirmed",
  "no-figure",
  "awaiting-report",
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that make no judgement: they say what is missing. */
export const UNJUDGED_STATUSES: ReadonlySet<Status> = new Set<Status>(["partly-measured", "unconfirmed", "no-figure", "awaiting-report"]);
