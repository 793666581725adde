import Papa from "papaparse";
import type { Problem } from "./problems.ts";

/** One data row: its 1-based line in the file and its cells by column name. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** Line number (1-based) of a character offset, given sorted newline offsets. */
function lineAt(newlines: readonly number[], offset: number): number {
  let low = 0;
  let high = newlines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((newlines[mid] ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low + 1;
}

/**
 * Parses CSV text (RFC 4180, as papaparse reads it) into rows keyed by the
 * header. A byte-order mark is dropped; CRLF and LF both work; fully blank
 * lines are skipped. Problems: a replacement character (the file was not
 * UTF-8), a duplicate or empty column name, missing required columns, a row
 * whose field count differs from the header's, and papaparse's own errors
 * (unterminated quotes).
 */
export function parseCsv(text: string, file: string, requiredColumns: readonly string[] = [], delimiter = ","): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const newlines: number[] = [];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) newlines.push(i);

  const badChar = source.indexOf("\uFFFD");
  if (badChar !== -1) {
    problems.push({
      file,
      line: lineAt(newlines, badChar),
      column: "",
      found: "the replacement character �",
      expected: "UTF-8 text",
      suggestion: "save the file as UTF-8 (it looks like another encoding, such as Windows-1258)",
    });
  }

  const records: { fields: string[]; line: number }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(newlines, rowStart);
      const fields = result.data;
      for (const error of result.errors) {
        problems.push({ file, line, column: "", found: error.message, expected: "well-formed CSV", suggestion: error.code });
      }
      if (!(fields.length === 1 && (fields[0] ?? "").trim() === "")) records.push({ fields, line });
      rowStart = result.meta.cursor + 1;
    },
  });

  const headerRecord = records.shift();
  const header = (headerRecord?.fields ?? []).map((name) => name.normalize("NFC").trim());
  if (!headerRecord) {
    problems.push({ file, line: 1, column: "", found: "an empty file", expected: "a header row" });
  }
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === "") {
      problems.push({ file, line: 1, column: `#${index + 1}`, found: "", expected: "a column name" });
    } else if (seen.has(name)) {
      problems.push({ file, line: 1, column: name, found: name, expected: "each column name once" });
    }
    seen.add(name);
  });
  for (const column of requiredColumns) {
    if (headerRecord && !seen.has(column)) {
      problems.push({ file, line: 1, column, found: header.join(","), expected: `a column named "${column}"` });
    }
  }

  const rows: CsvRow[] = [];
  for (const record of records) {
    if (record.fields.length !== header.length) {
      problems.push({
        file,
        line: record.line,
        column: "",
        found: `${record.fields.length} fields`,
        expected: `${header.length} fields, as in the header`,
      });
      continue;
    }
    // fromEntries defines own properties, so a column named "__proto__" is kept as a column.
    const cells: Record<string, string> = Object.fromEntries(header.map((name, index) => [name, record.fields[index] ?? ""]));
    rows.push({ line: record.line, cells });
  }
  return { table: { file, header, rows }, problems };
}

/** Writes rows as CSV (RFC 4180, LF line ends, quoting only where needed). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? "")) }, { newline: "\n" }) + "\n";
}
