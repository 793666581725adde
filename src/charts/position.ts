/**
 * Chart kind: an area against each of its percentage targets, the figure
 * judged as a dot coloured by its status, the status also in words on the
 * row; a figure against a national target is the area's contribution, drawn
 * in the neutral colour and said so.
 */
import { isShare } from "../lib/units.ts";
import { periodLabel } from "../i18n/names.ts";
import * as Plot from "@observablehq/plot";
import { summarise, targetValue } from "../i18n/charts.ts";
import { t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { basisNotesFor, evidenceNote, partMeasure, printedValue, statusLabel } from "../i18n/status.ts";
import { basisOfPoint, sourcesOf } from "../lib/site/figure-data.ts";
import { formatNumber, type Lang } from "../lib/site/format.ts";
import type { Assessment, Observation, PointUsed, Status } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import { plotFigure, type Figure } from "./figure.ts";
import { COLORS, frame, STATUS_COLORS } from "./theme.ts";

export interface PositionRow {
  /** The target in words, drawn above its row. */
  label: string;
  /** The figure judged for the area. */
  value: number;
  target: number;
  status: Status;
  /** Hover text. */
  title: string;
  /** The judged figure as printed (qualifier kept), written beside its dot. */
  printed: string;
}

export interface PositionOptions {
  tickFormat: (value: number) => string;
  width?: number;
}

/** A contribution is no verdict: drawn in the neutral colour of the whole country's figures. */
const colorOf = (status: Status) => (status === "contribution" ? COLORS.national : STATUS_COLORS[status]);

/**
 * An area against each of its targets (percentages): one row per target, the
 * target as a tick, the figure as a dot coloured and marked by its status.
 */
export function targetPositionChart(rows: readonly PositionRow[], options: PositionOptions): Plot.PlotOptions {
  const keys = rows.map((_, i) => String(i));
  const data = rows.map((r, i) => ({ ...r, key: String(i) }));
  const width = options.width ?? 640;
  // Row labels wrap rather than run off a phone: lines of about (width / 6.2) characters, every row as tall as the longest label needs.
  const lineWidth = Math.max(20, Math.floor((width - 24) / 6.6));
  const lines = Math.max(1, ...rows.map((r) => wrappedLines(r.label, lineWidth)));
  // The label's lines from the row's top, then the dot, its value and the target tick below them: nothing overlaps.
  const lineHeight = 13;
  const rowHeight = 2 * (lines * lineHeight + 16);
  return {
    ...frame(width, 36 + rows.length * rowHeight, [28, 28, 8, 12]),
    x: { domain: [0, 100], grid: true, axis: "top", tickFormat: options.tickFormat, label: null },
    y: { domain: keys, axis: null, padding: 0 },
    marks: [
      Plot.text(data, {
        x: 0,
        y: "key",
        text: (d: PositionRow) => wrapText(d.label, lineWidth),
        dy: -rowHeight / 2 + 3,
        lineAnchor: "top",
        lineHeight: lineHeight / 12,
        textAnchor: "start",
        fill: COLORS.ink,
        className: "position-label",
      }),
      Plot.ruleY(data, { y: "key", stroke: COLORS.grid }),
      Plot.link(data, {
        x1: "value",
        x2: "target",
        y1: "key",
        y2: "key",
        stroke: (d: PositionRow) => colorOf(d.status),
        strokeOpacity: 0.5,
        strokeWidth: 2,
      }),
      Plot.tickX(data, {
        x: "target",
        y: "key",
        stroke: COLORS.target,
        strokeWidth: 3,
        insetTop: rowHeight / 2 - 9,
        insetBottom: rowHeight / 2 - 9,
        className: "target-tick",
        ariaHidden: "true",
      }),
      Plot.dot(data, {
        x: "value",
        y: "key",
        r: 6,
        fill: (d: PositionRow) => colorOf(d.status),
        stroke: COLORS.paper,
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
      // The figure beside its dot, on the side away from the target so the two never collide.
      ...(["left", "right"] as const).map((side) =>
        Plot.text(
          data.filter((d) => valueSide(d) === side),
          {
            x: "value",
            y: "key",
            text: "printed",
            dx: side === "left" ? -10 : 10,
            textAnchor: side === "left" ? "end" : "start",
            fill: (d: PositionRow) => colorOf(d.status),
            fontWeight: 700,
            className: "position-value",
          },
        ),
      ),
    ],
  };
}

/** Which side of its dot a figure is written: away from the target, unless that would run off the axis. */
export function valueSide(row: Pick<PositionRow, "value" | "target">): "left" | "right" {
  const away = row.value <= row.target ? "left" : "right";
  if (away === "left" && row.value < 15) return "right";
  if (away === "right" && row.value > 85) return "left";
  return away;
}

/** Words broken into lines of at most `width` characters (a longer word keeps its own line). */
export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.join("\n");
}

function wrappedLines(text: string, width: number): number {
  return wrapText(text, width).split("\n").length;
}

/** An area against each target it is assessed on: one row per body a target names with a judged percentage, from the stored assessments. */
export function positionFigure(ix: Index, areaId: string, assessments: readonly Assessment[], lang: Lang): Figure | null {
  const usable = assessments.flatMap((a) =>
    a.target === null
      ? []
      : a.parts.flatMap((part) => (part.judged && part.indicatorId && isShare(ix.indicator.get(part.indicatorId)) ? [{ a, part, judged: part.judged }] : [])),
  );
  if (usable.length === 0) return null;
  const period = (p: PointUsed) => periodLabel(ix, p.periodId, lang);
  const rows = usable.map(({ a, part, judged }) => {
    const target = ix.target.get(a.targetId);
    const goal = targetValue({ comparator: a.comparator, value: a.target, valueMax: a.targetMax, unit: { vi: "%", en: "%" } }, lang);
    const evidence = evidenceNote(ix, part, lang);
    const indicator = ix.indicator.get(part.indicatorId ?? "");
    return {
      part,
      judged,
      // The status in words on the row, so that it never rests on the dot's colour.
      // The target's term (else its year) and the period of the figure drawn: an editor can caption the drawing without guessing the term.
      label: `${goal} (${target?.term ? `${target.term.start}–${target.term.end}` : (target?.deadline ?? "")}) · ${evidence || partMeasure(ix, part, lang)}, ${period(judged)} — ${statusLabel({ status: part.status, evidence: part.evidence }, lang)}`,
      value: judged.value,
      target: a.target ?? 0,
      status: part.status,
      printed: printedValue(judged, lang, indicator),
      title: `${printedValue(judged, lang, indicator)} (${period(judged)}) · ${statusLabel({ status: part.status, evidence: part.evidence }, lang)}`,
    };
  });
  const title = t(lang, "positionChartTitle", { area: areaName(ix, areaId, lang, true) });
  const description = t(lang, "positionChartDesc", { rows: rows.map((r) => `${r.label}: ${r.title}.`).join(" ") });
  const observations = rows
    .map((r) => ix.byIndicator.get(r.part.indicatorId ?? "")?.find((o) => o.areaId === areaId && o.periodId === r.judged.periodId && o.headline))
    .filter((o): o is Observation => o !== undefined);
  const values = rows.map((r) => ({ label: r.label, period: r.judged.periodId, value: r.value, basis: basisOfPoint(r.judged) }));
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
      values,
      targets: rows.map((r) => ({ value: r.target, label: r.label })),
      targetNotes: basisNotesFor(
        values.map((v) => v.basis),
        lang,
      ),
      legend: [],
      alt: summarise(title, description),
    },
    (width) => targetPositionChart(rows, { tickFormat: (v) => formatNumber(v, lang, 0), width }),
  );
}
