/** The tidy layout: one published figure a row, with its area, period and citation named (see data/README.md). */
import { parseCsvRows } from "../../csv.ts";
import { tidyRowSchema } from "../schema.ts";
import type { ObservationReader } from "./published.ts";

export const TIDY_COLUMNS = ["indicator", "area_name", "period", "value", "unit", "source_url", "source_title", "note", "derivation"] as const;

export const readTidy: ObservationReader = (text, path, source, sink) => {
  const schema = tidyRowSchema(source.dialect);
  parseCsvRows(text, path, TIDY_COLUMNS, source.dialect.delimiter, sink.problems, ({ line, cells }) => {
    const parsed = schema.safeParse(cells);
    if (parsed.success) {
      sink.emit(parsed.data, line, "value");
      return;
    }
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      sink.problems.push({ file: path, line, column, found: cells[column] ?? "", expected: issue.message });
    }
  });
};
