/** Chart kind: an area against each of its percentage targets, the figure judged as a dot coloured by its status. */
import * as Plot from "@observablehq/plot";
import { summarise, targetValue } from "../i18n/charts.ts";
import { t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { evidenceNote, partMeasure, printedValue, STATUS_SHAPES, statusLabel } from "../i18n/status.ts";
import { sourcesOf } from "../lib/figure-data.ts";
import { formatNumber, type Lang } from "../lib/format.ts";
import type { Assessment, Observation, PointUsed, Status } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import { plotFigure, type Figure } from "./figure.ts";
import { COLORS, FONT, STATUS_COLORS } from "./theme.ts";

export interface PositionRow {
  /** The target in words, drawn above its row. */
  label: string;
  /** The figure judged for the area. */
  value: number;
  target: number;
  status: Status;
  /** Hover text. */
  title: string;
}

export interface PositionOptions {
  tickFormat: (value: number) => string;
  shapes: Record<Status, string>;
  width?: number;
}

/**
 * An area against each of its targets (percentages): one row per target, the
 * target as a tick, the figure as a dot coloured and marked by its status.
 */
export function targetPositionChart(rows: readonly PositionRow[], options: PositionOptions): Plot.PlotOptions {
  const keys = rows.map((_, i) => String(i));
  const data = rows.map((r, i) => ({ ...r, key: String(i) }));
  return {
    width: options.width ?? 640,
    height: 40 + rows.length * 46,
    marginLeft: 12,
    marginRight: 28,
    marginTop: 28,
    marginBottom: 8,
    style: FONT,
    x: { domain: [0, 100], grid: true, axis: "top", tickFormat: options.tickFormat, label: null },
    y: { domain: keys, axis: null, padding: 0.2 },
    marks: [
      Plot.text(data, { x: 0, y: "key", text: "label", dy: -15, textAnchor: "start", fill: COLORS.ink, className: "position-label" }),
      Plot.ruleY(data, { y: "key", stroke: COLORS.grid }),
      Plot.link(data, {
        x1: "value",
        x2: "target",
        y1: "key",
        y2: "key",
        stroke: (d: PositionRow) => STATUS_COLORS[d.status],
        strokeOpacity: 0.5,
        strokeWidth: 2,
      }),
      Plot.tickX(data, { x: "target", y: "key", stroke: COLORS.target, strokeWidth: 3, insetTop: 12, className: "target-tick", ariaHidden: "true" }),
      Plot.dot(data, {
        x: "value",
        y: "key",
        r: 6,
        fill: (d: PositionRow) => STATUS_COLORS[d.status],
        stroke: COLORS.paper,
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
      Plot.text(data, { x: "value", y: "key", text: (d: PositionRow) => options.shapes[d.status], fill: COLORS.paper, fontSize: 8, ariaHidden: "true" }),
    ],
  };
}

/** An area against each target it is assessed on: one row per body a target names with a judged percentage, from the stored assessments. */
export function positionFigure(ix: Index, areaId: string, assessments: readonly Assessment[], lang: Lang): Figure | null {
  const usable = assessments.flatMap((a) =>
    a.target === null
      ? []
      : a.parts.flatMap((part) =>
          part.judged && part.indicatorId && ix.indicator.get(part.indicatorId)?.unit === "percent" ? [{ a, part, judged: part.judged }] : [],
        ),
  );
  if (usable.length === 0) return null;
  const period = (p: PointUsed) => ix.period.get(p.periodId)?.label[lang] ?? p.periodId;
  const rows = usable.map(({ a, part, judged }) => {
    const target = ix.target.get(a.targetId);
    const goal = targetValue({ comparator: a.comparator, value: a.target, valueMax: a.targetMax, unit: { vi: "%", en: "%" } }, lang);
    const evidence = evidenceNote(ix, part, lang);
    const indicator = ix.indicator.get(part.indicatorId ?? "");
    return {
      part,
      judged,
      label: `${goal} (${target?.deadline ?? ""}) · ${evidence || partMeasure(ix, part, lang)}`,
      value: judged.value,
      target: a.target ?? 0,
      status: part.status,
      title: `${printedValue(judged, lang, indicator)} (${period(judged)}) · ${statusLabel({ status: part.status, evidence: part.evidence }, lang)}`,
    };
  });
  const title = t(lang, "positionChartTitle", { area: areaName(ix, areaId, lang, true) });
  const description = t(lang, "positionChartDesc", { rows: rows.map((r) => `${r.label}: ${r.title}.`).join(" ") });
  const observations = rows
    .map((r) => ix.byIndicator.get(r.part.indicatorId ?? "")?.find((o) => o.areaId === areaId && o.periodId === r.judged.periodId && o.headline))
    .filter((o): o is Observation => o !== undefined);
  return plotFigure(
    {
      id: `position-${areaId}`,
      kind: "position",
      title,
      description,
      sourceIds: sourcesOf(observations),
      table: {
        head: [t(lang, "target"), t(lang, "value"), t(lang, "status")],
        rows: rows.map((r) => [
          r.label,
          `${printedValue(r.judged, lang, ix.indicator.get(r.part.indicatorId ?? ""))} (${period(r.judged)})`,
          statusLabel({ status: r.status, evidence: r.part.evidence }, lang),
        ]),
      },
      values: rows.map((r) => ({ label: r.label, period: r.judged.periodId, value: r.value })),
      targets: rows.map((r) => ({ value: r.target, label: r.label })),
      targetNotes: [],
      legend: [],
      alt: summarise(title, description),
    },
    (width) => targetPositionChart(rows, { tickFormat: (v) => formatNumber(v, lang, 0), shapes: STATUS_SHAPES, width }),
  );
}
