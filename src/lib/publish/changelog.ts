/**
 * Values that changed between two releases. Observations are matched by
 * indicator, area, period, sex, source and the row's line in its source file.
 */
import { parseCsv } from "../csv.ts";
import type { Observation } from "../model.ts";
import type { Problem } from "../problems.ts";

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

const RELEASED_COLUMNS = ["indicator", "area_id", "period", "sex", "value", "source_id", "source_line"];

/**
 * A previous release's observations.csv, read and checked like any input:
 * every value a number, every row once (the same source line twice is
 * refused), each problem with its file, line and column.
 */
export function readReleasedValues(text: string, file: string): { values: ReleasedValue[]; problems: Problem[] } {
  const { table, problems } = parseCsv(text, file, RELEASED_COLUMNS);
  const values: ReleasedValue[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const raw = cells["value"] ?? "";
    const value = raw.trim() === "" ? NaN : Number(raw);
    if (!Number.isFinite(value)) {
      problems.push({ file, line, column: "value", found: raw, expected: "a number, as the release wrote it" });
      continue;
    }
    const v = {
      indicator: cells["indicator"] ?? "",
      area: cells["area_id"] ?? "",
      period: cells["period"] ?? "",
      sex: cells["sex"] ?? "",
      source: cells["source_id"] ?? "",
      value,
    };
    const row = `${key(v)}|${cells["source_line"] ?? ""}`;
    const first = seen.get(row);
    if (first !== undefined) {
      problems.push({
        file,
        line,
        column: "source_line",
        found: cells["source_line"] ?? "",
        expected: `each observation once (the same row is at line ${first})`,
      });
      continue;
    }
    seen.set(row, line);
    values.push(v);
  }
  return { values, problems };
}

/** Values under one key, numbered in order, so that two figures one source gives for one period are matched one to one, not merged. */
function numbered<V extends { indicator: string; area: string; period: string; sex: string; source: string }>(values: Iterable<V>): Map<string, V> {
  const out = new Map<string, V>();
  const count = new Map<string, number>();
  for (const v of values) {
    const k = key(v);
    const n = count.get(k) ?? 0;
    count.set(k, n + 1);
    out.set(`${k}#${n}`, v);
  }
  return out;
}

export function diffReleases(previous: readonly ReleasedValue[], current: readonly Observation[]): Change[] {
  const now = numbered(
    current.map((o) => ({ indicator: o.indicatorId, area: o.areaId, period: o.periodId, sex: o.sex ?? "", source: o.sourceId, value: o.value })),
  );
  const before = numbered(previous);
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
