/**
 * World Bank WDI bulk CSV: a preamble, a header row starting "Country Name",
 * one row per country and indicator, one column per year, a trailing comma on
 * every line. Only the SOURCE.md's country is read; the other rows are set
 * aside, counted.
 */
import { parseCsv } from "../../csv.ts";
import { parseNumberCell } from "../numbers.ts";
import { normaliseText } from "../../text.ts";
import { publishedRow, tableAfterPreamble, wholeText, type ObservationReader } from "./published.ts";

export const readWorldBank: ObservationReader = (pieces, path, source, sink) => {
  const read = tableAfterPreamble(
    sink.problems,
    wholeText(pieces),
    path,
    (line) => /^"?Country Name"?,/u.test(line.trim()),
    'a World Bank CSV with a header row starting "Country Name"',
    // The trailing comma on every line would make an empty last column.
    (body) =>
      parseCsv(
        body
          .split("\n")
          .map((line) => line.replace(/,\s*$/u, ""))
          .join("\n"),
        path,
        ["Country Name", "Country Code", "Indicator Code"],
      ),
  );
  if (!read) return;
  const { table, shift } = read;
  const years = table.header.filter((h) => /^\d{4}$/u.test(h));
  let others = 0;
  for (const { line, cells } of table.rows) {
    if (cells["Country Code"] !== source.layout.country) {
      others += 1;
      continue;
    }
    for (const year of years) {
      const cell = parseNumberCell(cells[year] ?? "");
      if (cell.kind === "missing") continue;
      if (cell.kind === "invalid") {
        sink.problems.push({ file: path, line: shift(line), column: year, found: cells[year] ?? "", expected: cell.expected });
        continue;
      }
      sink.emit(
        publishedRow(source, {
          indicator: cells["Indicator Code"] ?? "",
          area: normaliseText(cells["Country Name"] ?? ""),
          period: year,
          sex: "",
          value: cell.value,
          unit: source.layout.unit,
        }),
        shift(line),
        year,
      );
    }
  }
  if (others > 0) sink.setAside.push({ sourceId: source.id, line: 0, reason: `${others} rows of other countries than ${source.layout.country}` });
};
