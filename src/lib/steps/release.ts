/** The release: one row, whose date decides which deadlines have passed. */
import type { Release } from "../model.ts";
import { ReleaseRowSchema } from "../input/schema.ts";
import type { BuildContext } from "./context.ts";

export function readRelease(ctx: BuildContext): Release {
  const rows = ctx.tableRows("release.csv", ReleaseRowSchema);
  if (rows.length !== 1) ctx.add({ file: "release.csv", line: 0, column: "", found: `${rows.length} rows`, expected: "exactly one release row" });
  const row = rows[0]?.row;
  return { version: row?.version ?? "", date: row?.date ?? "1970-01-01", note: { vi: row?.note_vi ?? "", en: row?.note_en ?? "" }, previous: null };
}
