/** Chart kind: values by period for a few areas, gaps left as gaps, the target as a rule. */
import { isShare } from "../lib/units.ts";
import { textIn } from "../lib/model.ts";
import { periodLabel } from "../i18n/names.ts";
import * as Plot from "@observablehq/plot";
import { listWords, targetNote, targetRuleLabel, trendAlt } from "../i18n/charts.ts";
import { t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { basisOfObservation, sourcesOf, targetsForFigure } from "../lib/site/figure-data.ts";
import { formatNumber, formatValue, type Lang } from "../lib/site/format.ts";
import { periodRange, seriesOf, type Index } from "../lib/queries.ts";
import { plotFigure, type Figure, type ReferenceLine } from "./figure.ts";
import { COLORS, frame, SERIES_COLORS, niceTop } from "./theme.ts";
import { basisNotesFor } from "../i18n/status.ts";

export interface TrendDatum {
  /** The series: an area name. */
  series: string;
  /** The period's label, one of `periods`. */
  period: string;
  value: number;
  title: string;
  /**
   * Points of a series are joined only within one run of consecutive periods,
   * so a missing period shows as a break, never as a line across the gap.
   */
  run: number;
}

export interface TrendOptions {
  /** Every period between the first and the last, in order, present or not. */
  periods: readonly string[];
  /** Series names in legend order. */
  series: readonly string[];
  /** One colour per series (see seriesColors). */
  colors: readonly string[];
  targets: readonly ReferenceLine[];
  tickFormat: (value: number) => string;
  yLabel: string;
  percent: boolean;
  width?: number;
}

/** Splits an ordered series into runs of consecutive periods (by index in the full period list). */
export function runsOf(periodIndexes: readonly number[]): number[] {
  let run = 0;
  return periodIndexes.map((index, i) => {
    if (i > 0 && index !== (periodIndexes[i - 1] ?? -2) + 1) run += 1;
    return run;
  });
}

/**
 * Series colours in legend order: the first series (the page's area) in the
 * highlight colour, the country always in grey, others in distinct hues.
 * The page draws the legend in HTML from the same list.
 */
export function seriesColors(names: readonly string[], nationalName: string): string[] {
  let next = 0;
  return names.map((name, i) =>
    name === nationalName ? COLORS.national : i === 0 ? COLORS.highlight : (SERIES_COLORS[next++ % SERIES_COLORS.length] ?? COLORS.dot),
  );
}

/**
 * Values by period: one coloured line per series, dots at each published
 * figure, breaks where a period has no figure, the target as a horizontal rule.
 */
export function trendChart(data: readonly TrendDatum[], options: TrendOptions): Plot.PlotOptions {
  const top = niceTop([...data.map((d) => d.value), ...options.targets.map((t) => t.value)], options.percent);
  const width = options.width ?? 640;
  const margin = { left: 48, right: 28 };
  const padding = 0.3;
  const step = (width - margin.left - margin.right) / Math.max(1, options.periods.length - 1 + 2 * padding);
  const edgeGap = padding * step;
  const longest = Math.max(1, ...options.periods.map((p) => Math.max(...p.split("\n").map((line) => line.length))));
  const labelEvery = Math.max(1, Math.ceil((longest * 6.5 + 10) / step));
  return {
    ...frame(width, width < 480 ? 260 : 300, [24, margin.right, options.periods.some((p) => p.includes("\n")) ? 44 : 32, margin.left]),
    x: {
      type: "point",
      domain: [...options.periods],
      label: null,
      padding,
      // Every n-th period labelled, n chosen so that labels (about 6.5 px a character at 12 px) never touch.
      tickFormat: (p: string, i: number) => (i % labelEvery === 0 ? p : ""),
    },
    y: { domain: [0, top], grid: true, label: options.yLabel, tickFormat: options.tickFormat },
    color: { domain: [...options.series], range: [...options.colors], legend: false },
    marks: [
      ...options.targets.flatMap((t) => [
        // The rule spans the target's own period only: from its plan's first period to the end of the axis.
        t.from && options.periods.includes(t.from)
          ? Plot.ruleY([t.value], {
              x1: () => t.from,
              x2: () => options.periods.at(-1),
              // On past the last point to the frame's edge, where the rule's label sits (a point scale ends a padding short of it).
              insetRight: -edgeGap,
              stroke: COLORS.target,
              strokeWidth: 2,
              className: "target-rule",
              ariaDescription: "target",
            })
          : Plot.ruleY([t.value], { stroke: COLORS.target, strokeWidth: 2, className: "target-rule", ariaDescription: "target" }),
        Plot.text([t.value], {
          y: (d: number) => d,
          frameAnchor: "right",
          dy: -9,
          text: () => t.label,
          fill: COLORS.target,
          fontWeight: 600,
          textAnchor: "end",
          stroke: COLORS.paper,
          strokeWidth: 4,
          paintOrder: "stroke",
          className: "target-label",
          ariaHidden: "true",
        }),
      ]),
      Plot.line(data, { x: "period", y: "value", z: (d: TrendDatum) => `${d.series}|${d.run}`, stroke: "series", strokeWidth: 2, className: "trend-line" }),
      Plot.dot(data, { x: "period", y: "value", fill: "series", r: 4, stroke: COLORS.paper, title: "title", ariaLabel: "title", className: "value-dot" }),
    ],
  };
}

/**
 * Values by period for some areas (a province beside Viet Nam, or Viet Nam
 * alone). With `clipTo`, the periods span only those areas' own figures, so a
 * province's two points are not squeezed against a national series from 1946.
 */
export function trendFigure(
  ix: Index,
  indicatorId: string,
  areaIds: readonly string[],
  lang: Lang,
  options: { clipTo?: readonly string[] } = {},
): Figure | null {
  const indicator = ix.indicator.get(indicatorId);
  if (!indicator) return null;
  const clipTo = options.clipTo ?? [];
  const own = clipTo.flatMap((id) => seriesOf(ix, indicatorId, id));
  const span =
    own.length > 0
      ? periodRange(
          ix,
          own.map((o) => o.periodId),
        ).map((p) => p.id)
      : null;
  const series = areaIds
    .map((id) => ({ id, points: seriesOf(ix, indicatorId, id).filter((o) => span === null || span.includes(o.periodId)) }))
    .filter((s) => s.points.length > 0);
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return null;
  const range = periodRange(
    ix,
    all.map((o) => o.periodId),
  );
  // Years between two figures are gaps a reader should see; terms of other bodies (2015-2020 among council terms) are not.
  const periods = range.filter((p) => p.kind !== "span" || all.some((o) => o.periodId === p.id));
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const name = (id: string) => areaName(ix, id, lang, true);
  const labelOf = (id: string) => periodLabel(ix, id, lang);
  const data: TrendDatum[] = series.flatMap((s) => {
    const runs = runsOf(s.points.map((o) => periods.findIndex((p) => p.id === o.periodId)));
    return s.points.map((o, i) => ({
      series: name(s.id),
      period: ix.period.get(o.periodId)?.short ?? o.periodId,
      value: o.value,
      title: `${name(s.id)}, ${labelOf(o.periodId)}: ${fmt(o.value)}`,
      run: runs[i] ?? 0,
    }));
  });
  const lastPeriod =
    all
      .map((o) => o.periodId)
      .sort((a, b) => (ix.period.get(a)?.order ?? 0) - (ix.period.get(b)?.order ?? 0))
      .at(-1) ?? null;
  const targets = targetsForFigure(ix, indicatorId, lastPeriod);
  // A rule starts at the first period of the target's plan: it did not exist before.
  const startOf = (tg: (typeof targets)[number]) => {
    const planStart = ix.plan.get(tg.planId)?.periodStart ?? null;
    if (planStart === null) return undefined;
    // The first period that began once the plan did (a term elected before the plan is not its period).
    return periods.find((p) => (p.start ?? p.end ?? 0) >= planStart)?.short;
  };
  const rules = targets.map((tg) => ({ value: tg.value ?? 0, label: targetRuleLabel(tg, lang), from: startOf(tg) }));
  const notes = targets.map((tg) => targetNote(ix, tg, lang));
  const names = series.map((s) => name(s.id));
  const colors = seriesColors(names, areaName(ix, "viet-nam", lang));
  // Each series described over its own first-to-last periods, gaps included.
  const points = series
    .map((s) => {
      const own = periodRange(
        ix,
        s.points.map((o) => o.periodId),
      );
      const cells = own.map((p) => {
        const o = s.points.find((x) => x.periodId === p.id);
        return `${textIn(p.label, lang)} ${o ? fmt(o.value) : t(lang, "missingPeriod")}`;
      });
      return `${name(s.id)}: ${cells.join("; ")}.`;
    })
    .join(" ");
  const first = series[0];
  const national = series.find((s) => s.id === "viet-nam" && s !== first);
  const alt = [first, national].filter((s) => s !== undefined).map((s, i) => trendAlt(ix, indicatorId, s.id, s.points, lang, i === 0 ? targets[0] : undefined));
  const values = series.flatMap((s) => s.points.map((o) => ({ label: name(s.id), period: labelOf(o.periodId), value: o.value, basis: basisOfObservation(o) })));
  return plotFigure(
    {
      id: `trend-${indicatorId}-${areaIds.join("-")}`.toLowerCase(),
      kind: "trend",
      title: t(lang, "chartTrendTitle", { indicator: textIn(indicator.name, lang), areas: listWords(names, lang) }),
      description: t(lang, "chartTrendDesc", { points }) + (rules[0] ? ` ${t(lang, "chartTargetNote", { target: notes.join("; ") })}` : ""),
      sourceIds: sourcesOf(all),
      table: {
        head: [t(lang, "period"), ...names],
        rows: periods.map((p) => [
          textIn(p.label, lang),
          ...series.map((s) => {
            const o = s.points.find((x) => x.periodId === p.id);
            return o ? fmt(o.value) : "—";
          }),
        ]),
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
      legend: names.length > 1 ? names.map((label, i) => ({ label, color: colors[i] ?? "" })) : [],
      alt: `${alt.join("; ")}.`,
    },
    (width) =>
      trendChart(data, {
        periods: periods.map((p) => p.short),
        series: names,
        colors,
        targets: rules,
        tickFormat: (v) => formatNumber(v, lang, 0),
        yLabel: textIn(indicator.unitLabel, lang),
        percent: isShare(indicator),
        width,
      }),
  );
}
