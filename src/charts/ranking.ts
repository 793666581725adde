/** Chart kind: provinces ranked by their figure for one period, with the target and the national figure as rules. */
import { isShare } from "../lib/units.ts";
import { sourceWords, textIn } from "../lib/model.ts";
import { periodLabel } from "../i18n/names.ts";
import * as Plot from "@observablehq/plot";
import { targetNote, targetRuleLabel } from "../i18n/charts.ts";
import { t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { basisOfObservation, targetsForFigure, sourcesOf } from "../lib/site/figure-data.ts";
import { formatNumber, formatValue, type Lang } from "../lib/site/format.ts";
import { headlineObservations, latestRankedPeriod, provincialRanking, type Index } from "../lib/queries.ts";
import { plotFigure, type Figure, type ReferenceLine } from "./figure.ts";
import { COLORS, frame, labelMargin, niceTop } from "./theme.ts";
import { basisNotesFor } from "../i18n/status.ts";

export interface RankingDatum {
  /** Area name shown on the axis. */
  label: string;
  value: number;
  /** Text shown on hover: the value in the page's language, with its period. */
  title: string;
  /** Draws this area in the highlight colour (the province of the page). */
  highlight: boolean;
}

export interface RankingOptions {
  /** Target values, drawn as solid vertical rules with their label. */
  targets: readonly ReferenceLine[];
  /** The national figure of the same period, drawn dashed. */
  national: ReferenceLine | null;
  /** Formats axis ticks in the page's language. */
  tickFormat: (value: number) => string;
  xLabel: string;
  /** Percentages: the axis starts at 0 and stops at 100 at most. */
  percent: boolean;
  width?: number;
}

/**
 * Provinces ranked by value: one dot each, highest first, with each target as
 * a solid vertical rule and the national figure as a dashed one. Returns Plot
 * options; `render.ts` draws them.
 */
export function rankingChart(data: readonly RankingDatum[], options: RankingOptions): Plot.PlotOptions {
  const rules = [...options.targets, ...(options.national ? [options.national] : [])];
  const top = niceTop([...data.map((d) => d.value), ...rules.map((r) => r.value)], options.percent);
  return {
    ...frame(options.width ?? 640, 70 + data.length * 18, [44, 28, 26, labelMargin(data.map((d) => d.label))]),
    x: { domain: [0, top], grid: true, label: options.xLabel, labelAnchor: "right", tickFormat: options.tickFormat, axis: "top" },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(data, { y: "label", stroke: COLORS.grid, strokeWidth: 0.75 }),
      ...options.targets.flatMap((t) => [
        Plot.ruleX([t.value], { stroke: COLORS.target, strokeWidth: 2, className: "target-rule", ariaDescription: "target" }),
        Plot.text([t.value], {
          x: (d: number) => d,
          frameAnchor: "bottom",
          dy: 16,
          text: () => t.label,
          fill: COLORS.target,
          fontWeight: 600,
          className: "target-label",
          ariaHidden: "true",
        }),
      ]),
      ...(options.national
        ? [
            Plot.ruleX([options.national.value], {
              stroke: COLORS.national,
              strokeDasharray: "4,3",
              className: "national-rule",
              ariaDescription: "national figure",
            }),
            Plot.text([options.national.value], {
              x: (d: number) => d,
              frameAnchor: "top",
              dy: -30,
              text: () => options.national?.label ?? "",
              fill: COLORS.national,
              className: "national-label",
              ariaHidden: "true",
            }),
          ]
        : []),
      Plot.dot(data, {
        x: "value",
        y: "label",
        r: 4.5,
        fill: (d: RankingDatum) => (d.highlight ? COLORS.highlight : COLORS.dot),
        stroke: COLORS.paper,
        strokeWidth: 0.75,
        title: "title",
        ariaLabel: "title",
        className: "value-dot",
      }),
    ],
  };
}

/** Provinces ranked for the latest period with provincial figures (or a given one). */
export function rankingFigure(ix: Index, indicatorId: string, lang: Lang, options: { periodId?: string; highlightAreaId?: string } = {}): Figure | null {
  const indicator = ix.indicator.get(indicatorId);
  const periodId = options.periodId ?? latestRankedPeriod(ix, indicatorId) ?? undefined;
  if (!indicator || !periodId) return null;
  const ranked = provincialRanking(ix, indicatorId, periodId);
  if (ranked.length < 2) return null;
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const period = periodLabel(ix, periodId, lang);
  const national = headlineObservations(ix, indicatorId).find((o) => o.areaId === "viet-nam" && o.periodId === periodId);
  const targets = targetsForFigure(ix, indicatorId, periodId);
  const rules = targets.map((tg) => ({ value: tg.value ?? 0, label: targetRuleLabel(tg, lang) }));
  const notes = targets.map((tg) => targetNote(ix, tg, lang));
  const name = (id: string) => areaName(ix, id, lang);
  // The table names who published each figure, as the source line does, not the source's file id.
  const publisher = (id: string) => {
    const source = ix.source.get(id);
    return source ? sourceWords(source, lang).publisher : id;
  };
  const data = ranked.map((o) => ({
    label: name(o.areaId),
    value: o.value,
    title: `${name(o.areaId)}: ${fmt(o.value)} (${period})`,
    highlight: o.areaId === options.highlightAreaId,
  }));
  const indicatorName = textIn(indicator.name, lang);
  const title = t(lang, "chartRankingTitle", { indicator: indicatorName, period });
  const top = ranked[0];
  const bottom = ranked.at(-1);
  const topText = top ? `${name(top.areaId)} ${fmt(top.value)}` : "";
  const bottomText = bottom ? `${name(bottom.areaId)} ${fmt(bottom.value)}` : "";
  const description =
    t(lang, "chartRankingDesc", { count: ranked.length, indicator: indicatorName.toLowerCase(), period, top: topText, bottom: bottomText }) +
    (rules[0] ? ` ${t(lang, "chartTargetNote", { target: notes.join("; ") })}` : "");
  const nationalLine = national ? { value: national.value, label: `${t(lang, "chartNational")} ${fmt(national.value)}` } : null;
  const altParts = [
    t(lang, "altRanking", { indicator: indicatorName, period, top: topText, bottom: bottomText }),
    national ? t(lang, "altNational", { value: fmt(national.value) }) : "",
    rules[0] ? rules[0].label.toLowerCase() : "",
  ];
  const values = ranked.map((o) => ({ label: name(o.areaId), period, value: o.value, basis: basisOfObservation(o) }));
  return plotFigure(
    {
      id: `ranking-${indicatorId}-${periodId}`.toLowerCase(),
      kind: "ranking",
      title,
      description,
      sourceIds: sourcesOf(national ? [...ranked, national] : ranked),
      table: {
        head: ["#", t(lang, "area"), `${t(lang, "value")} (${textIn(indicator.unitLabel, lang)})`, t(lang, "source")],
        rows: [
          ...ranked.map((o, i) => [String(i + 1), name(o.areaId), fmt(o.value), publisher(o.sourceId)]),
          ...(national ? [["", t(lang, "nationalValue"), fmt(national.value), publisher(national.sourceId)]] : []),
        ],
      },
      values,
      targets: rules,
      targetNotes: [
        ...notes,
        ...basisNotesFor(
          values.map((v) => v.basis),
          lang,
        ),
      ],
      legend: [],
      alt: `${altParts.filter(Boolean).join("; ")}.`,
    },
    (width) =>
      rankingChart(data, {
        targets: rules,
        national: nationalLine,
        tickFormat: (v) => formatNumber(v, lang, 0),
        xLabel: textIn(indicator.unitLabel, lang),
        percent: isShare(indicator),
        width,
      }),
  );
}
