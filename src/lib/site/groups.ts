/**
 * A plan page's commitments, grouped by what is known of them (decided
 * ones by their verdict, apart by proxy and as reported; then what is
 * missing) and by the plan's own sections, so that a reader folds open only
 * the group she wants. Pure: a test checks every commitment lands in
 * exactly one group of each kind.
 */
import type { Assessment, Target } from "../model.ts";
import { DECIDED_STATUSES, MISSING_STATUSES, statusKind, type Status } from "../verdicts.ts";

/** A group of the "by what is known" list: a status, or every decided status by proxy, or as reported. */
export type KnownGroupId = Status | "by-proxy" | "as-reported";

/** The order the groups are listed in: verdicts on the target's own figures, then by proxy and reported, then what is missing. */
export const KNOWN_GROUP_ORDER: readonly KnownGroupId[] = [...DECIDED_STATUSES, "by-proxy", "as-reported", ...MISSING_STATUSES, "contribution"];

export function knownGroupOf(a: Pick<Assessment, "status" | "evidence">): KnownGroupId {
  if (statusKind(a.status) === "decided" && a.evidence === "proxy") return "by-proxy";
  if (statusKind(a.status) === "decided" && a.evidence === "reported") return "as-reported";
  return a.status;
}

export interface CommitmentEntry {
  target: Target;
  /** Its verdict in the plan's area; undefined where the build did not assess it there. */
  assessment: Assessment | undefined;
  /** 1-based place of the passage in the plan's order of sections. */
  number: number;
}

export interface Group<K extends string> {
  id: K;
  entries: CommitmentEntry[];
}

/** The non-empty groups by what is known, in KNOWN_GROUP_ORDER; an entry with no assessment is not placed. */
export function groupByKnown(entries: readonly CommitmentEntry[]): Group<KnownGroupId>[] {
  // Each commitment once, as the plan's counts have it: a passage that repeats another section's commitment is listed by section only.
  const once = entries.filter((e) => e.target.commitmentId === e.target.id);
  return KNOWN_GROUP_ORDER.map((id) => ({ id, entries: once.filter((e) => e.assessment !== undefined && knownGroupOf(e.assessment) === id) })).filter(
    (g) => g.entries.length > 0,
  );
}

/** The top step of a section number: "II" of "II.2.a"; "" for an unnumbered one. */
export function topSection(section: string): string {
  return section.split(".")[0] ?? "";
}

/** The non-empty groups by the plan's top-level sections, in the plan's order (entries arrive in section order). */
export function groupBySection(entries: readonly CommitmentEntry[]): Group<string>[] {
  const groups: Group<string>[] = [];
  for (const e of entries) {
    const id = topSection(e.target.section);
    const last = groups.at(-1);
    if (last && last.id === id) last.entries.push(e);
    else groups.push({ id, entries: [e] });
  }
  return groups;
}
