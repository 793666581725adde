/**
 * Importers for the layouts agencies publish, read as published (see
 * shared FORMATS.md in the project's history, and data/README.md). Each turns a file's text into
 * published rows in the tidy layout's shape; the pipeline then maps, resolves
 * and checks them like any other figure.
 *
 * To add a layout: write a reader here returning LayoutResult, add its name to
 * IMPORTERS in source-md.ts, and call it from the pipeline's importer switch.
 */
import { parseCsv, type CsvTable } from "./csv.ts";
import type { SetAside, Source } from "./model.ts";
import { parseNumberCell } from "./numbers.ts";
import type { Problem } from "./problems.ts";
import type { TidyRow } from "./schema.ts";
import { normaliseText } from "./text.ts";
import { ownValue } from "./own.ts";
import { appendAll } from "./arrays.ts";

/** A published figure as every layout's importer reads it: the tidy layout's columns, its line, and the column its value came from. */
export type PublishedRow = TidyRow & { line: number; valueColumn: string };

export interface LayoutResult {
  rows: PublishedRow[];
  problems: Problem[];
  setAside: SetAside[];
}

function row(
  source: Source,
  fields: { line: number; valueColumn: string; indicator: string; area: string; period: string; sex: TidyRow["sex"]; value: number; unit: string },
): PublishedRow {
  return {
    line: fields.line,
    valueColumn: fields.valueColumn,
    indicator: fields.indicator,
    area_name: fields.area,
    period: fields.period,
    sex: fields.sex,
    value: fields.value,
    unit: fields.unit,
    source_url: source.url,
    source_title: source.title,
    note: "",
  };
}

/**
 * The table that follows a publisher's preamble: from the first line matching
 * `isHeader`, parsed by `parse`. Its problems go to `out` with the line
 * numbers of the published file; `shift` turns a table line into one. Null,
 * with a problem saying what was `expected`, when no line is a header.
 */
function tableAfterPreamble(
  out: LayoutResult,
  text: string,
  path: string,
  isHeader: (line: string) => boolean,
  expected: string,
  parse: (body: string) => { table: CsvTable; problems: Problem[] },
): { table: CsvTable; shift: (line: number) => number } | null {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const skipped = lines.findIndex(isHeader);
  if (skipped < 0) {
    out.problems.push({ file: path, line: 1, column: "", found: lines[0] ?? "", expected });
    return null;
  }
  const { table, problems } = parse(lines.slice(skipped).join("\n"));
  const shift = (line: number) => line + skipped;
  appendAll(
    out.problems,
    problems.map((p) => ({ ...p, line: p.line > 0 ? shift(p.line) : p.line })),
  );
  return { table, shift };
}

/**
 * GSO PX-Web "Save as CSV": a quoted title, a blank line, then a wide table
 * whose first column names areas (English or Vietnamese) and whose other
 * columns are "<year> <category>"; categories are mapped to sex by SOURCE.md.
 * "..", "-" and empty cells are not figures.
 */
export function readPxWeb(text: string, path: string, source: Source): LayoutResult {
  const out: LayoutResult = { rows: [], problems: [], setAside: [] };
  const read = tableAfterPreamble(
    out,
    text,
    path,
    (line) => /(^|[,;\t])"?\d{4} [^",;\t]+"?([,;\t]|$)/u.test(line.trim()),
    'a PX-Web table: a title line, then a header of "<year> <category>" columns',
    (body) => parseCsv(body, path, [], source.dialect.delimiter),
  );
  if (!read) return out;
  const { table, shift } = read;
  const [areaColumn, ...valueColumns] = table.header;
  const columns = valueColumns.map((name) => {
    const m = /^(\d{4})\s+(.+)$/u.exec(normaliseText(name));
    const sex = m?.[2] !== undefined ? ownValue(source.layout.categories, m[2]) : undefined;
    if (!m || !sex)
      out.problems.push({
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
        out.problems.push({ file: path, line: shift(line), column: column.name, found: cells[column.name] ?? "", expected: cell.expected });
        continue;
      }
      out.rows.push(
        row(source, {
          line: shift(line),
          valueColumn: column.name,
          indicator: source.layout.indicator,
          area,
          period: column.year,
          sex: column.sex,
          value: cell.value,
          unit: source.layout.unit,
        }),
      );
    }
  }
  return out;
}

/**
 * World Bank WDI bulk CSV: a preamble, a header row starting "Country Name",
 * one row per country and indicator, one column per year, a trailing comma on
 * every line. Only the SOURCE.md's country is read; the other rows are set
 * aside, counted.
 */
export function readWorldBank(text: string, path: string, source: Source): LayoutResult {
  const out: LayoutResult = { rows: [], problems: [], setAside: [] };
  const read = tableAfterPreamble(
    out,
    text,
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
  if (!read) return out;
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
        out.problems.push({ file: path, line: shift(line), column: year, found: cells[year] ?? "", expected: cell.expected });
        continue;
      }
      out.rows.push(
        row(source, {
          line: shift(line),
          valueColumn: year,
          indicator: cells["Indicator Code"] ?? "",
          area: normaliseText(cells["Country Name"] ?? ""),
          period: year,
          sex: "",
          value: cell.value,
          unit: source.layout.unit,
        }),
      );
    }
  }
  if (others > 0) out.setAside.push({ sourceId: source.id, line: 0, reason: `${others} rows of other countries than ${source.layout.country}` });
  return out;
}

const SDG_SEX: Record<string, TidyRow["sex"]> = { FEMALE: "female", MALE: "male", BOTHSEX: "total", "": "" };

/**
 * UN SDG Global Database CSV: long, one observation a row (SeriesCode,
 * GeoAreaCode, GeoAreaName, TimePeriod, Value, Units, optional Sex). Only the
 * SOURCE.md's country (M49 code) is read.
 */
export function readUnSdg(text: string, path: string, source: Source): LayoutResult {
  const out: LayoutResult = { rows: [], problems: [], setAside: [] };
  const { table, problems } = parseCsv(text, path, ["SeriesCode", "GeoAreaCode", "GeoAreaName", "TimePeriod", "Value", "Units"], source.dialect.delimiter);
  appendAll(out.problems, problems);
  let others = 0;
  for (const { line, cells } of table.rows) {
    if (cells["GeoAreaCode"] !== source.layout.country) {
      others += 1;
      continue;
    }
    const sexCode = (cells["Sex"] ?? "").trim();
    const sex = ownValue(SDG_SEX, sexCode);
    if (sex === undefined) {
      out.problems.push({ file: path, line, column: "Sex", found: sexCode, expected: "FEMALE, MALE, BOTHSEX or empty" });
      continue;
    }
    const cell = parseNumberCell(cells["Value"] ?? "");
    if (cell.kind === "missing") continue;
    if (cell.kind === "invalid") {
      out.problems.push({ file: path, line, column: "Value", found: cells["Value"] ?? "", expected: cell.expected });
      continue;
    }
    out.rows.push(
      row(source, {
        line,
        valueColumn: "Value",
        indicator: cells["SeriesCode"] ?? "",
        area: normaliseText(cells["GeoAreaName"] ?? ""),
        period: cells["TimePeriod"] ?? "",
        sex,
        value: cell.value,
        unit: cells["Units"] ?? "",
      }),
    );
  }
  if (others > 0) out.setAside.push({ sourceId: source.id, line: 0, reason: `${others} rows of other areas than M49 ${source.layout.country}` });
  return out;
}
