/**
 * Values that changed between two releases. Observations are matched by
 * indicator, area, period, sex, source and the row's line in its source file.
 */
import type { Observation } from "../model.ts";

export interface Change {
  kind: "changed" | "added" | "removed";
  indicator: string;
  area: string;
  period: string;
  sex: string;
  source: string;
  before: number | null;
  after: number | null;
}

/** A previous release's observation, as read back from its observations.csv. */
export interface ReleasedValue {
  indicator: string;
  area: string;
  period: string;
  sex: string;
  source: string;
  value: number;
}

const key = (v: { indicator: string; area: string; period: string; sex: string; source: string }) =>
  `${v.indicator}|${v.area}|${v.period}|${v.sex}|${v.source}`;

export function diffReleases(previous: readonly ReleasedValue[], current: readonly Observation[]): Change[] {
  const now = new Map<string, ReleasedValue>();
  for (const o of current) {
    const v = { indicator: o.indicatorId, area: o.areaId, period: o.periodId, sex: o.sex ?? "", source: o.sourceId, value: o.value };
    now.set(key(v), v);
  }
  const before = new Map(previous.map((v) => [key(v), v]));
  const changes: Change[] = [];
  for (const [k, v] of now) {
    const old = before.get(k);
    if (!old) changes.push({ kind: "added", ...v, before: null, after: v.value });
    else if (old.value !== v.value) changes.push({ kind: "changed", ...v, before: old.value, after: v.value });
  }
  for (const [k, v] of before) if (!now.has(k)) changes.push({ kind: "removed", ...v, before: v.value, after: null });
  return changes
    .map(({ kind, indicator, area, period, sex, source, before: b, after }) => ({ kind, indicator, area, period, sex, source, before: b, after }))
    .sort((a, b) => key(a).localeCompare(key(b)) || a.kind.localeCompare(b.kind));
}
