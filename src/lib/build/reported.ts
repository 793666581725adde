/**
 * Step 7, reported figures: one figure a row from an issuer's own report, for
 * a target that only administrative reports can measure. Checked against its
 * target: it must exist, be administrative and use the same unit.
 */
import type { Reported, Source, Target } from "../model.ts";
import { periodReferenceDate } from "../periods.ts";
import { ReportedRowSchema } from "../schema.ts";
import type { BuildContext } from "./context.ts";
import { didYouMean } from "./indicators.ts";
import type { ObservationResolvers } from "./observations.ts";
import { filesOfKind } from "./sources.ts";

export function readReported(ctx: BuildContext, sources: readonly Source[], targets: readonly Target[], resolve: ObservationResolvers): Reported[] {
  const out: Reported[] = [];
  const byId = new Map(targets.map((t) => [t.id, t]));
  for (const { source, path } of filesOfKind(sources, "reported")) {
    const table = ctx.table(path, ["target", "area_name", "period", "value", "unit", "document", "publisher"], source.dialect);
    for (const { line, row } of ctx.rows(table, ReportedRowSchema)) {
      const at = (column: string, found: string, expected: string, suggestion?: string) =>
        ctx.add({ file: path, line, column, found, expected, ...(suggestion ? { suggestion } : {}) });
      const target = byId.get(row.target);
      if (!target) {
        at("target", row.target, "a target id", didYouMean(row.target, [...byId.keys()]).suggestion);
        continue;
      }
      if (target.measure !== "administrative") {
        at("target", row.target, "a target only administrative reports can measure (this one has a published statistic)");
        continue;
      }
      if (row.unit !== target.unit.vi) {
        at("unit", row.unit, `the target's unit "${target.unit.vi}"`);
        continue;
      }
      const parsed = resolve.period(row.period);
      if (!parsed.ok) {
        at("period", row.period, parsed.expected);
        continue;
      }
      const area = resolve.area(row.area_name, periodReferenceDate(parsed.period));
      if (!area.ok) {
        at("area_name", row.area_name, area.expected);
        continue;
      }
      if (target.unit.vi === "%" && (row.value < 0 || row.value > 100)) {
        at("value", String(row.value), "a percentage between 0 and 100");
        continue;
      }
      resolve.periods.set(parsed.period.id, parsed.period);
      out.push({
        targetId: target.id,
        areaId: area.area.id,
        periodId: parsed.period.id,
        value: row.value,
        qualifier: "",
        sourceId: source.id,
        line,
        citation: { url: row.url, title: row.document },
        publisher: row.publisher,
        note: row.note,
      });
    }
  }
  return out;
}
