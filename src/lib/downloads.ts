/**
 * Downloadable tables built from the dataset: whole-dataset CSV and JSON and
 * one CSV per indicator. Pure: returns file paths (under /downloads/) and text.
 */
import { toCsv } from "./csv.ts";
import type { Dataset, Observation } from "./model.ts";

/**
 * A text cell that a spreadsheet would run as a formula ("=", "+", "-", "@",
 * tab or carriage return first) gets a leading apostrophe. Numbers are written
 * as numbers, so a negative value is left alone.
 */
export function neutraliseSpreadsheetCell(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}

export const OBSERVATION_COLUMNS = [
  "indicator",
  "area_id",
  "area_code",
  "area_name",
  "period",
  "sex",
  "value",
  "numerator",
  "denominator",
  "headline",
  "preliminary",
  "source_id",
  "source_line",
  "citation_title",
  "citation_url",
  "note",
] as const;

function observationRows(dataset: Dataset, observations: readonly Observation[]): (string | number | null)[][] {
  const areas = new Map(dataset.areas.map((a) => [a.id, a]));
  return observations.map((o) => {
    const area = areas.get(o.areaId);
    return [
      o.indicatorId,
      o.areaId,
      area?.code ?? "",
      neutraliseSpreadsheetCell(area?.nameVi ?? ""),
      o.periodId,
      o.sex ?? "",
      o.value,
      o.numerator,
      o.denominator,
      o.headline ? "yes" : "no",
      o.preliminary ? "yes" : "no",
      o.sourceId,
      o.line,
      neutraliseSpreadsheetCell(o.citation.title),
      neutraliseSpreadsheetCell(o.citation.url),
      neutraliseSpreadsheetCell(o.note),
    ];
  });
}

/** UTF-8 byte-order mark, so spreadsheet programs read Vietnamese correctly. */
const BOM = "\uFEFF";

export function buildDownloads(dataset: Dataset): Map<string, string> {
  const out = new Map<string, string>();
  out.set("observations.csv", BOM + toCsv(OBSERVATION_COLUMNS, observationRows(dataset, dataset.observations)));
  out.set("dataset.json", JSON.stringify(dataset, null, 1) + "\n");
  for (const indicator of dataset.indicators) {
    const rows = dataset.observations.filter((o) => o.indicatorId === indicator.id);
    out.set(`indicators/${indicator.id}.csv`, BOM + toCsv(OBSERVATION_COLUMNS, observationRows(dataset, rows)));
  }
  out.set(
    "targets.csv",
    BOM +
      toCsv(
        [
          "id",
          "plan",
          "section",
          "comparator",
          "value",
          "value_max",
          "unit",
          "deadline",
          "recurrence",
          "measure",
          "indicators",
          "proxies",
          "text_vi",
          "text_en",
        ],
        dataset.targets.map((t) => [
          t.id,
          t.planId,
          neutraliseSpreadsheetCell(t.section),
          t.comparator,
          t.value,
          t.valueMax,
          neutraliseSpreadsheetCell(t.unit.vi),
          t.deadline,
          t.recurrence,
          t.measure,
          t.indicatorIds.join(";"),
          t.proxyIndicatorIds.join(";"),
          neutraliseSpreadsheetCell(t.textVi),
          neutraliseSpreadsheetCell(t.textEn),
        ]),
      ),
  );
  out.set(
    "areas.csv",
    BOM +
      toCsv(
        ["id", "code", "level", "name_vi", "name_en", "valid_from", "valid_to", "sets", "region", "became", "formed_from"],
        dataset.areas.map((a) => [
          a.id,
          a.code,
          a.level,
          a.nameVi,
          a.nameEn,
          a.validFrom,
          a.validTo,
          a.sets.join(";"),
          a.region,
          a.becameId,
          a.formedFromIds.join(";"),
        ]),
      ),
  );
  return out;
}
