/** The UI key of each status word (vi.ts, en.ts); apart from status.ts so a browser script can name a status without the data schema. */
import type { Status } from "../lib/model.ts";
import type { UiKey } from "./vi.ts";

export const STATUS_KEYS: Record<Status, UiKey> = {
  achieved: "statusAchieved",
  "not-achieved": "statusNotAchieved",
  "on-track": "statusOnTrack",
  "off-track": "statusOffTrack",
  "no-progress": "statusNoProgress",
  "moving-away": "statusMovingAway",
  short: "statusShort",
  delivered: "statusDelivered",
  "not-reported": "statusNotReported",
  "partly-measured": "statusPartlyMeasured",
  unconfirmed: "statusUnconfirmed",
  "no-figure": "statusNoFigure",
  "awaiting-report": "statusAwaitingReport",
  contribution: "statusContribution",
};
