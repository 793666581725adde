/**
 * What can be wrong with a report file as a whole, before its rows are read:
 * its encoding (UTF-16 saved without its mark, a NUL byte), its separator (a
 * ";" as Excel writes in a Vietnamese locale), and the CSV reader's problems,
 * each turned into a code the reply words in both languages.
 */
import type { Problem } from "../problems.ts";
import type { ReportProblem } from "./report-check.ts";

const problem = (line: number, column: string, found: string, code: ReportProblem["code"], params: Record<string, string> = {}): ReportProblem => ({
  line,
  column,
  found,
  code,
  params,
});

/**
 * A file without a byte-order mark whose NUL bytes fall on every other byte
 * is UTF-16 saved without its mark (Excel's "Unicode text"); any other NUL
 * byte is a NUL byte, named with its line.
 */
export function encodingProblem(bytes: Uint8Array): ReportProblem | null {
  const marked = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (marked) return null;
  const first = bytes.indexOf(0);
  if (first === -1) return null;
  const head = bytes.subarray(0, Math.min(bytes.length, 400));
  let even = 0;
  let odd = 0;
  head.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  });
  if (Math.max(even, odd) >= head.length / 4) return problem(0, "", "", "encoding", { detected: "UTF-16" });
  let line = 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 10) line += 1;
  return problem(line, "", "\u0000", "nul-byte");
}

/** A header with no comma but with semicolons: the file was saved with ";" between cells. */
export function separatorProblem(text: string): ReportProblem | null {
  const header = text.replace(/^\uFEFF/u, "").split(/\r?\n/u, 1)[0] ?? "";
  if (header.includes(",") || !header.includes(";")) return null;
  return problem(1, "", header, "separator");
}

/** One of the CSV reader's problems (src/lib/csv.ts), by what it expected. */
export function csvProblem(p: Problem): ReportProblem {
  if (p.expected.startsWith("a column named")) return problem(p.line, p.column, "", "missing-column", { column: p.column });
  if (p.expected === "a column name") return problem(p.line, p.column, "", "column-name");
  if (p.expected === "each column name once") return problem(p.line, p.column, p.found, "duplicate-column");
  if (p.expected === "a header row") return problem(0, "", "", "empty-file");
  const fields = /^(\d+) fields$/u.exec(p.found);
  const header = /^(\d+) fields/u.exec(p.expected);
  if (fields && header) return problem(p.line, "", fields[1] ?? "", "ragged-row", { n: header[1] ?? "" });
  if (p.expected === "UTF-8 text") return problem(p.line, "", "", "encoding", { detected: "" });
  return problem(p.line, "", "", "quote");
}
