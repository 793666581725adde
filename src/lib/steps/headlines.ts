/**
 * Step 5, headlines: one headline value per indicator, area, period and sex
 * (lowest mapping priority, then source, then line), the others kept and
 * listed; a source that gives two different values for one key under one
 * citation is refused. Returns every observation in a stable order.
 *
 * One sort does both jobs: observations are ranked by small integer codes of
 * their key fields (a few hundred distinct strings, coded once), so figures
 * of one key sit side by side and a million rows sort in about a second.
 */
import type { Observation } from "../model.ts";
import type { BuildContext } from "./context.ts";
import type { ReadObservations } from "./observations.ts";

export const observationKey = (o: Observation): string => `${o.indicatorId}|${o.areaId}|${o.periodId}|${o.sex ?? ""}`;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each distinct string's rank in sorted order. */
function codes(values: Iterable<string>, compare: (a: string, b: string) => number = byText): Map<string, number> {
  return new Map([...new Set(values)].sort(compare).map((v, i) => [v, i]));
}

export function chooseHeadlines(ctx: BuildContext, read: ReadObservations): Observation[] {
  const all = read.observations;
  const n = all.length;
  const indicator = codes(all.map((o) => o.indicatorId));
  const area = codes(all.map((o) => o.areaId));
  const period = codes(all.map((o) => o.periodId));
  const sex = codes(all.map((o) => o.sex ?? ""));
  const source = codes(
    all.map((o) => o.sourceId),
    (a, b) => a.localeCompare(b),
  );
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = all[i] as Observation;
    key[i] =
      (((indicator.get(o.indicatorId) ?? 0) * area.size + (area.get(o.areaId) ?? 0)) * period.size + (period.get(o.periodId) ?? 0)) * sex.size +
      (sex.get(o.sex ?? "") ?? 0);
  }
  const sourceCode = new Uint32Array(n);
  for (let i = 0; i < n; i++) sourceCode[i] = source.get((all[i] as Observation).sourceId) ?? 0;
  const order = Array.from({ length: n }, (_, i) => i);
  // Within a key: the headline first (lowest priority, then source, then line).
  order.sort(
    (a, b) =>
      (key[a] ?? 0) - (key[b] ?? 0) ||
      (read.priority[a] ?? 0) - (read.priority[b] ?? 0) ||
      (sourceCode[a] ?? 0) - (sourceCode[b] ?? 0) ||
      (all[a]?.line ?? 0) - (all[b]?.line ?? 0),
  );
  const out: Observation[] = [];
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && key[order[end] ?? 0] === key[order[start] ?? 0]) end++;
    const group = order.slice(start, end);
    (all[group[0] ?? 0] as Observation).headline = true;
    if (group.length > 1) {
      refuseConflicts(ctx, group, read);
      // The others follow the headline in source (then line) order.
      const rest = group.slice(1).sort((a, b) => byText(all[a]?.sourceId ?? "", all[b]?.sourceId ?? "") || (all[a]?.line ?? 0) - (all[b]?.line ?? 0));
      group.splice(1, group.length - 1, ...rest);
    }
    for (const i of group) out.push(all[i] as Observation);
    start = end;
  }
  return out;
}

/** Two values for one key from one publication of one source: a typing error, not a disagreement between publishers. */
function refuseConflicts(ctx: BuildContext, group: readonly number[], read: ReadObservations): void {
  const seen = new Map<string, Observation>();
  for (const i of group) {
    const o = read.observations[i] as Observation;
    const k = `${o.sourceId}|${o.citation.url}`;
    const earlier = seen.get(k);
    if (earlier && earlier.value !== o.value) {
      ctx.add({
        file: read.file[i] ?? "",
        line: o.line,
        column: "value",
        found: String(o.value),
        expected: `one value for ${observationKey(o).replace(/\|/gu, " ")} from one publication (line ${earlier.line} gives ${earlier.value})`,
      });
    }
    seen.set(k, o);
  }
}
