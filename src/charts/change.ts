/** Chart kind: areas ranked by their change between two periods. */
import { isShare } from "../lib/units.ts";
import { textIn } from "../lib/model.ts";
import { periodLabel } from "../i18n/names.ts";
import * as Plot from "@observablehq/plot";
import { summarise } from "../i18n/charts.ts";
import { t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { lastPeriodPair } from "./period-pair.ts";
import { formatNumber, type Lang } from "../lib/site/format.ts";
import type { Index } from "../lib/queries.ts";
import { plotFigure, type Figure } from "./figure.ts";
import { COLORS, frame, labelMargin } from "./theme.ts";
import { basisNotesFor } from "../i18n/status.ts";

export interface ChangeDatum {
  label: string;
  change: number;
  title: string;
  /** The change in words ("+3,4"), written at the end of its bar. */
  printed: string;
}

/** Areas ranked by their change between two periods; a bar from zero, rises dark, falls orange. */
export function changeChart(data: readonly ChangeDatum[], options: { tickFormat: (v: number) => string; xLabel: string; width?: number }): Plot.PlotOptions {
  return {
    ...frame(options.width ?? 640, 60 + data.length * 16, [36, 12, undefined, labelMargin(data.map((d) => d.label))]),
    // Room at both ends for the value written past each bar.
    x: { grid: true, label: options.xLabel, tickFormat: options.tickFormat, axis: "top", labelAnchor: "right", insetLeft: 34, insetRight: 34 },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0 },
    marks: [
      Plot.barX(data, {
        x: "change",
        y: "label",
        fill: (d: ChangeDatum) => (d.change >= 0 ? COLORS.dot : COLORS.highlight),
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
      Plot.ruleX([0], { stroke: COLORS.ink }),
      // Rises labelled past their right end, falls past their left (Plot's dx and anchor are constants: one mark each).
      Plot.text(
        data.filter((d) => d.change >= 0),
        { x: "change", y: "label", text: "printed", dx: 4, textAnchor: "start", fill: COLORS.ink, className: "change-value" },
      ),
      Plot.text(
        data.filter((d) => d.change < 0),
        { x: "change", y: "label", text: "printed", dx: -4, textAnchor: "end", fill: COLORS.ink, className: "change-value" },
      ),
    ],
  };
}

/** Areas ranked by their change since the previous period (computed from unrounded figures, rounded for display). */
export function changeFigure(ix: Index, indicatorId: string, lang: Lang): Figure | null {
  const pair = lastPeriodPair(ix, indicatorId, "change", lang);
  if (!pair) return null;
  const { indicator, last, base } = pair;
  const rows = pair.rows.map((r) => ({ ...r, change: r.to - r.from })).sort((a, b) => b.change - a.change || a.areaId.localeCompare(b.areaId));
  const labels = last.periods.map((id) => periodLabel(ix, id, lang));
  const unitWord = isShare(indicator) ? t(lang, "points") : textIn(indicator.unitLabel, lang);
  const signed = (v: number) => `${v > 0 ? "+" : ""}${formatNumber(v, lang, indicator.decimals)}`;
  const title = t(lang, "changeRankingTitle", { indicator: textIn(indicator.name, lang), from: labels[0] ?? "", to: labels[1] ?? "" });
  const name = (id: string) => areaName(ix, id, lang);
  const description = rows.map((r) => `${name(r.areaId)} ${signed(r.change)} ${unitWord}`).join("; ");
  const data = rows.map((r) => ({
    label: name(r.areaId),
    change: r.change,
    title: `${name(r.areaId)}: ${signed(r.change)} ${unitWord}`,
    printed: signed(r.change),
  }));
  const values = rows.map((r) => ({
    label: name(r.areaId),
    period: `${labels[0]} → ${labels[1]}`,
    value: r.change,
    basis: r.bases.find((b) => b !== "printed") ?? ("printed" as const),
  }));
  return plotFigure(
    {
      ...base,
      title,
      description,
      table: { head: [t(lang, "area"), `${t(lang, "difference")} (${unitWord})`], rows: rows.map((r) => [name(r.areaId), signed(r.change)]) },
      // A difference of two figures: a bar counts as made by the project when either figure it subtracts was.
      values,
      targetNotes: [
        ...base.targetNotes,
        ...basisNotesFor(
          values.map((v) => v.basis),
          lang,
        ),
      ],
      alt: summarise(title, description),
    },
    (width) => changeChart(data, { tickFormat: (v) => formatNumber(v, lang, 0), xLabel: unitWord, width }),
  );
}
