/**
 * GSO PX-Web "Save as CSV": a quoted title, a blank line, then a wide table
 * whose first column names areas (English or Vietnamese) and whose other
 * columns are "<year> <category>"; categories are mapped to sex by SOURCE.md.
 * "..", "-" and empty cells are not figures.
 */
import { parseCsv } from "../../csv.ts";
import { parseNumberCell } from "../numbers.ts";
import { ownValue } from "../collections.ts";
import { normaliseText } from "../../text.ts";
import { publishedRow, tableAfterPreamble, wholeText, type ObservationReader } from "./published.ts";

export const readPxWeb: ObservationReader = (pieces, path, source, sink) => {
  const read = tableAfterPreamble(
    sink.problems,
    wholeText(pieces),
    path,
    (line) => /(^|[,;\t])"?\d{4} [^",;\t]+"?([,;\t]|$)/u.test(line.trim()),
    'a PX-Web table: a title line, then a header of "<year> <category>" columns',
    (body) => parseCsv(body, path, [], source.dialect.delimiter),
  );
  if (!read) return;
  const { table, shift } = read;
  const [areaColumn, ...valueColumns] = table.header;
  const columns = valueColumns.map((name) => {
    const m = /^(\d{4})\s+(.+)$/u.exec(normaliseText(name));
    const sex = m?.[2] !== undefined ? ownValue(source.layout.categories, m[2]) : undefined;
    if (!m || !sex)
      sink.problems.push({
        file: path,
        line: shift(1),
        column: name,
        found: name,
        expected: `a "<year> <category>" column with a category named in SOURCE.md (${Object.keys(source.layout.categories).join(", ")})`,
      });
    return { name, year: m?.[1] ?? "", sex };
  });
  for (const { line, cells } of table.rows) {
    const area = normaliseText(cells[areaColumn ?? ""] ?? "");
    for (const column of columns) {
      if (!column.sex) continue;
      const cell = parseNumberCell(cells[column.name] ?? "", { decimalComma: source.dialect.decimalComma });
      if (cell.kind === "missing") continue;
      if (cell.kind === "invalid") {
        sink.problems.push({ file: path, line: shift(line), column: column.name, found: cells[column.name] ?? "", expected: cell.expected });
        continue;
      }
      sink.emit(
        publishedRow(source, {
          indicator: source.layout.indicator,
          area,
          period: column.year,
          sex: column.sex,
          value: cell.value,
          unit: source.layout.unit,
        }),
        shift(line),
        column.name,
      );
    }
  }
};
