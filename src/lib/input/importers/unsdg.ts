/**
 * UN SDG Global Database CSV: long, one observation a row (SeriesCode,
 * GeoAreaCode, GeoAreaName, TimePeriod, Value, Units, optional Sex). Only the
 * SOURCE.md's country (M49 code) is read.
 */
import { parseCsvRows } from "../../csv.ts";
import { parseNumberCell } from "../numbers.ts";
import { ownValue } from "../collections.ts";
import type { TidyRow } from "../schema.ts";
import { normaliseText } from "../../text.ts";
import { publishedRow, type ObservationReader } from "./published.ts";

const SDG_SEX: Record<string, TidyRow["sex"]> = { FEMALE: "female", MALE: "male", BOTHSEX: "total", "": "" };

export const readUnSdg: ObservationReader = (text, path, source, sink) => {
  let others = 0;
  const required = ["SeriesCode", "GeoAreaCode", "GeoAreaName", "TimePeriod", "Value", "Units"];
  parseCsvRows(text, path, required, source.dialect.delimiter, sink.problems, ({ line, cells }) => {
    if (cells["GeoAreaCode"] !== source.layout.country) {
      others += 1;
      return;
    }
    const sexCode = (cells["Sex"] ?? "").trim();
    const sex = ownValue(SDG_SEX, sexCode);
    if (sex === undefined) {
      sink.problems.push({ file: path, line, column: "Sex", found: sexCode, expected: "FEMALE, MALE, BOTHSEX or empty" });
      return;
    }
    const cell = parseNumberCell(cells["Value"] ?? "");
    if (cell.kind === "missing") return;
    if (cell.kind === "invalid") {
      sink.problems.push({ file: path, line, column: "Value", found: cells["Value"] ?? "", expected: cell.expected });
      return;
    }
    sink.emit(
      publishedRow(source, {
        indicator: cells["SeriesCode"] ?? "",
        area: normaliseText(cells["GeoAreaName"] ?? ""),
        period: cells["TimePeriod"] ?? "",
        sex,
        value: cell.value,
        unit: cells["Units"] ?? "",
      }),
      line,
      "Value",
    );
  });
  if (others > 0) sink.setAside.push({ sourceId: source.id, line: 0, reason: `${others} rows of other areas than M49 ${source.layout.country}` });
};
