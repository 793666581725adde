/**
 * Summaries of verdicts, shared by the plan, province and home pages and the
 * downloads: each commitment counted once per area (two documents quoting
 * the same commitment share a `commitmentId`), and verdicts by proxy or on
 * reported figures kept apart from those on the target's own statistic.
 */
import type { Assessment, Evidence, Status } from "./model.ts";
import { isJudged } from "./status.ts";

/** The first assessment of each commitment in each area, in input order. */
export function uniqueCommitments(assessments: readonly Assessment[]): Assessment[] {
  const seen = new Set<string>();
  return assessments.filter((a) => {
    const key = `${a.commitmentId}|${a.areaId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a verdict rests on, for counting: the target's statistic, a proxy, or a reported figure. */
export type CountedEvidence = "measured" | "proxy" | "reported";

export function countedEvidence(e: Evidence): CountedEvidence {
  return e === "proxy" ? "proxy" : e === "reported" ? "reported" : "measured";
}

export interface VerdictCounts {
  /** Commitments (each once). */
  total: number;
  /** How many carry a judgement (see JUDGED in status.ts). */
  judged: number;
  /** Counts by status, within each kind of evidence. */
  by: Record<CountedEvidence, Partial<Record<Status, number>>>;
  /** Commitments per kind of evidence. */
  evidence: Record<CountedEvidence, number>;
}

export function verdictCounts(assessments: readonly Assessment[]): VerdictCounts {
  const out: VerdictCounts = {
    total: 0,
    judged: 0,
    by: { measured: {}, proxy: {}, reported: {} },
    evidence: { measured: 0, proxy: 0, reported: 0 },
  };
  for (const a of uniqueCommitments(assessments)) {
    const kind = countedEvidence(a.evidence);
    out.total += 1;
    if (isJudged(a)) out.judged += 1;
    out.evidence[kind] += 1;
    out.by[kind][a.status] = (out.by[kind][a.status] ?? 0) + 1;
  }
  return out;
}

/** Count of one status across every kind of evidence. */
export function countOf(counts: VerdictCounts, status: Status): number {
  return (counts.by.measured[status] ?? 0) + (counts.by.proxy[status] ?? 0) + (counts.by.reported[status] ?? 0);
}
