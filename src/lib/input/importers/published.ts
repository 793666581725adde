/**
 * What every observation importer produces: published figures in the tidy
 * layout's shape, each with the line of the published file it came from and
 * the column its value was in, so that every later problem names them.
 * Rows are handed on one at a time (`emit`), so a large file is never held
 * as rows as well as text.
 */
import { appendAll } from "../collections.ts";
import { parseCsv, type CsvTable } from "../../csv.ts";
import type { SetAside, Source } from "../../model.ts";
import type { Problem } from "../../problems.ts";
import type { TidyRow } from "../schema.ts";

/** Where a reader puts what it read: rows go to `emit` one at a time; problems and set-aside rows are collected. */
export interface ReadSink {
  emit: (row: TidyRow, line: number, valueColumn: string) => void;
  problems: Problem[];
  setAside: SetAside[];
}

/** Reads one published file's text, given in pieces that end at line breaks (join them for a layout that needs it whole). */
export type ObservationReader = (text: Iterable<string>, path: string, source: Source, sink: ReadSink) => void;

/** The whole text, for layouts read as a whole (a preamble, then a wide table): such files are small. */
export function wholeText(pieces: Iterable<string>): string {
  return [...pieces].join("");
}

/** A published figure of a wide layout, cited to its source file as a whole. */
export function publishedRow(
  source: Source,
  fields: { indicator: string; area: string; period: string; sex: TidyRow["sex"]; value: number; unit: string },
): TidyRow {
  return {
    indicator: fields.indicator,
    area_name: fields.area,
    period: fields.period,
    sex: fields.sex,
    value: fields.value,
    unit: fields.unit,
    source_url: source.url,
    source_title: source.title,
    note: "",
    // A published table's cells are printed figures.
    derivation: "printed",
  };
}

/**
 * The table that follows a publisher's preamble: from the first line matching
 * `isHeader`, parsed by `parse`. Its problems go to `problems` with the line
 * numbers of the published file; `shift` turns a table line into one. Null,
 * with a problem saying what was `expected`, when no line is a header.
 */
export function tableAfterPreamble(
  problems: Problem[],
  text: string,
  path: string,
  isHeader: (line: string) => boolean,
  expected: string,
  parse: (body: string) => { table: CsvTable; problems: Problem[] } = (body) => parseCsv(body, path),
): { table: CsvTable; shift: (line: number) => number } | null {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const skipped = lines.findIndex(isHeader);
  if (skipped < 0) {
    problems.push({ file: path, line: 1, column: "", found: lines[0] ?? "", expected });
    return null;
  }
  const parsed = parse(lines.slice(skipped).join("\n"));
  const shift = (line: number) => line + skipped;
  appendAll(
    problems,
    parsed.problems.map((p) => ({ ...p, line: p.line > 0 ? shift(p.line) : p.line })),
  );
  return { table: parsed.table, shift };
}
