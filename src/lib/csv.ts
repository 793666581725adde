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

/** The end of the last complete record in `text`: after its last line break outside quotes (0 when there is none). */
function lastRecordEnd(text: string): number {
  let inQuotes = false;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) inQuotes = !inQuotes;
    else if (ch === 10 && !inQuotes) end = i + 1;
  }
  return end;
}

/**
 * Parses CSV text (RFC 4180, as papaparse reads it) row by row, calling
 * `onRow` with each data row keyed by the header. The text may come whole or
 * as pieces (see decodeChunks), so a large file is never held as one string
 * beside what is built from it; pieces are cut only between records. A
 * byte-order mark is dropped; CRLF and LF both work; fully blank lines are
 * skipped. Problems: a replacement character (the file was not UTF-8), a
 * duplicate or empty column name, missing required columns, a row whose
 * field count differs from the header's, and papaparse's own errors
 * (unterminated quotes). Returns the header.
 */
export function parseCsvRows(
  text: string | Iterable<string>,
  file: string,
  requiredColumns: readonly string[],
  delimiter: string,
  problems: Problem[],
  onRow: (row: CsvRow) => void,
): string[] {
  let header: string[] | null = null;
  let firstLine = 1;
  let sawBadChar = false;
  const parse = (source: string) => {
    const newlines: number[] = [];
    for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) newlines.push(i);
    const badChar = sawBadChar ? -1 : source.indexOf("\uFFFD");
    if (badChar !== -1) {
      sawBadChar = true;
      problems.push({
        file,
        line: firstLine - 1 + lineAt(newlines, badChar),
        column: "",
        found: "the replacement character �",
        expected: "UTF-8 text",
        suggestion: "save the file as UTF-8 (it looks like another encoding, such as Windows-1258)",
      });
    }
    let rowStart = 0;
    Papa.parse<string[]>(source, {
      header: false,
      delimiter,
      skipEmptyLines: false,
      step: (result) => {
        const line = firstLine - 1 + lineAt(newlines, rowStart);
        rowStart = result.meta.cursor + 1;
        const fields = result.data;
        for (const error of result.errors) {
          problems.push({ file, line, column: "", found: error.message, expected: "well-formed CSV", suggestion: error.code });
        }
        if (fields.length === 1 && (fields[0] ?? "").trim() === "") return;
        if (header === null) {
          header = fields.map((name) => name.normalize("NFC").trim());
          checkHeader(header, file, requiredColumns, problems);
          return;
        }
        if (fields.length !== header.length) {
          problems.push({ file, line, column: "", found: `${fields.length} fields`, expected: `${header.length} fields, as in the header` });
          return;
        }
        const cells: Record<string, string> = {};
        for (let i = 0; i < header.length; i++) {
          const name = header[i] ?? "";
          // A column named "__proto__" is kept as a column: assigning it would set the object's prototype.
          if (name === "__proto__") Object.defineProperty(cells, name, { value: fields[i] ?? "", enumerable: true, writable: true, configurable: true });
          else cells[name] = fields[i] ?? "";
        }
        onRow({ line, cells });
      },
    });
    firstLine += newlines.length;
  };
  let carry = "";
  let first = true;
  for (const piece of typeof text === "string" ? [text] : text) {
    let buffer = carry + piece;
    if (first) {
      if (buffer.startsWith("\uFEFF")) buffer = buffer.slice(1);
      first = false;
    }
    const end = typeof text === "string" ? buffer.length : lastRecordEnd(buffer);
    carry = buffer.slice(end);
    if (end > 0) parse(buffer.slice(0, end));
  }
  if (carry !== "") parse(carry);
  if (header === null) problems.push({ file, line: 1, column: "", found: "an empty file", expected: "a header row" });
  return header ?? [];
}

function checkHeader(header: readonly string[], file: string, requiredColumns: readonly string[], problems: Problem[]): void {
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
    if (!seen.has(column)) problems.push({ file, line: 1, column, found: header.join(","), expected: `a column named "${column}"` });
  }
}

/** The whole table at once (see parseCsvRows), for the project's small tables. */
export function parseCsv(text: string, file: string, requiredColumns: readonly string[] = [], delimiter = ","): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows: CsvRow[] = [];
  const header = parseCsvRows(text, file, requiredColumns, delimiter, problems, (row) => rows.push(row));
  return { table: { file, header, rows }, problems };
}

/** Writes rows as CSV (RFC 4180, LF line ends, quoting only where needed). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  // A table with no rows is its header alone: no blank record after it.
  if (rows.length === 0) return Papa.unparse({ fields: [...header], data: [] }, { newline: "\n" }).replace(/\n+$/u, "") + "\n";
  return Papa.unparse({ fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? "")) }, { newline: "\n" }) + "\n";
}
