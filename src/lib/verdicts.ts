/**
 * The verdict words as data and the one way they are counted. Free of
 * dependencies (types only), because the theme ships the list to the browser
 * with the compare view.
 *
 * Three kinds of status, never added together:
 * - decided: a figure settles it (achieved, not achieved, on track, …), on the
 *   target's own statistic, a proxy of the same group, or a reported figure;
 * - missing: nothing settles it yet, and the status says what is missing (no
 *   report found, waiting for a report, no figure, partly measured, comparator
 *   unconfirmed);
 * - contribution: a province's figure against a target that binds the nation
 *   (the national target is on the whole Assembly, not on one delegation).
 */

/** Every status, in the order summaries and legends list them. */
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
  "awaiting-report",
  "no-figure",
  "partly-measured",
  "unconfirmed",
  "contribution",
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses a figure settles. */
export const DECIDED_STATUSES = ["achieved", "not-achieved", "on-track", "off-track", "no-progress", "moving-away", "short", "delivered"] as const;
export type DecidedStatus = (typeof DECIDED_STATUSES)[number];
/** Statuses that say what is missing. */
export const MISSING_STATUSES = ["not-reported", "awaiting-report", "no-figure", "partly-measured", "unconfirmed"] as const;
export type MissingStatus = (typeof MISSING_STATUSES)[number];

export type StatusKind = "decided" | "missing" | "contribution";

const DECIDED: ReadonlySet<Status> = new Set<Status>(DECIDED_STATUSES);
const MISSING: ReadonlySet<Status> = new Set<Status>(MISSING_STATUSES);

export function statusKind(status: Status): StatusKind {
  return DECIDED.has(status) ? "decided" : MISSING.has(status) ? "missing" : "contribution";
}

/** True when a figure settles the status; "no report found" and the other missing statuses never do. */
export function isDecided(a: { status: Status }): boolean {
  return DECIDED.has(a.status);
}

/** What a verdict rests on. */
export type Evidence = "statistic" | "proxy" | "reported" | "none";
/** Evidence a decided verdict can rest on (a verdict never rests on nothing). */
export type DecidingEvidence = Exclude<Evidence, "none">;

/** The fields of an assessment that counting reads. */
export interface Counted {
  commitmentId: string;
  areaId: string;
  status: Status;
  evidence: Evidence;
}

/** The first assessment of each commitment in each area, in input order: two passages quoting one commitment count once. */
export function uniqueCommitments<A extends Counted>(assessments: readonly A[]): A[] {
  const seen = new Set<string>();
  return assessments.filter((a) => {
    const key = `${a.commitmentId}|${a.areaId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every count a page or a download shows of some commitments. `decided` is
 * the sum of `decidedBy`; `decided + missingTotal + contribution` is
 * `commitments`. Pages, downloads and the og cards all take their numbers
 * from here, so two pages never count the same commitments two ways.
 */
export interface VerdictCounts {
  /** Commitments, each once. */
  commitments: number;
  /** Settled by a figure. */
  decided: number;
  /** Settled, by what the figure is: the target's statistic, a proxy of the same group, a reported figure. */
  decidedBy: Record<DecidingEvidence, number>;
  /** Not settled, by what is missing. */
  missing: Record<MissingStatus, number>;
  missingTotal: number;
  /** A province's figure against a target that binds the nation. */
  contribution: number;
  /** Every status, for legends and chips. */
  byStatus: Record<Status, number>;
  /** Decided statuses within each kind of evidence. */
  decidedByEvidence: Record<DecidingEvidence, Partial<Record<DecidedStatus, number>>>;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function verdictCounts(assessments: readonly Counted[]): VerdictCounts {
  const out: VerdictCounts = {
    commitments: 0,
    decided: 0,
    decidedBy: { statistic: 0, proxy: 0, reported: 0 },
    missing: zeroes(MISSING_STATUSES),
    missingTotal: 0,
    contribution: 0,
    byStatus: zeroes(STATUSES),
    decidedByEvidence: { statistic: {}, proxy: {}, reported: {} },
  };
  for (const a of uniqueCommitments(assessments)) {
    out.commitments += 1;
    out.byStatus[a.status] += 1;
    const kind = statusKind(a.status);
    if (kind === "decided") {
      const status = a.status as DecidedStatus;
      // A decided verdict always names its evidence; "none" cannot settle anything (see the build's checks).
      const evidence: DecidingEvidence = a.evidence === "none" ? "statistic" : a.evidence;
      out.decided += 1;
      out.decidedBy[evidence] += 1;
      out.decidedByEvidence[evidence][status] = (out.decidedByEvidence[evidence][status] ?? 0) + 1;
    } else if (kind === "missing") {
      out.missing[a.status as MissingStatus] += 1;
      out.missingTotal += 1;
    } else {
      out.contribution += 1;
    }
  }
  return out;
}
