/**
 * Figures: a chart together with everything shown around it (title,
 * accessible description, source line, a table of the same numbers). Built
 * from the dataset in the page's language; the pages only lay them out.
 */
import { href, t } from "../i18n/index.ts";
import { formatNumber, formatTarget, formatValue, type Lang } from "../lib/format.ts";
import type { Observation, Target } from "../lib/model.ts";
import { headlineObservations, latestProvincialPeriod, periodRange, provincialRanking, seriesOf, type Index } from "../lib/queries.ts";
import { rankingChart, type ReferenceLine } from "./ranking.ts";
import { renderChart } from "./render.ts";
import { runsOf, seriesColors, trendChart, type TrendDatum } from "./trend.ts";
import { targetPositionChart, type PositionRow } from "./position.ts";
import { changeChart, slopeChart } from "./slope.ts";
import { STATUS_KEYS, STATUS_ORDER, STATUS_SHAPES, statusLabel } from "../i18n/status.ts";
import type { Assessment } from "../lib/status.ts";
import { scaleQuantize } from "d3";
import { tileMapSvg, type TileFill } from "./tilemap.ts";
import { STATUS_COLORS } from "./position.ts";
import { figuresFor, type Boundary } from "../lib/merge.ts";
import type { Tile } from "../lib/model.ts";
import type { Period } from "../lib/periods.ts";

export interface Figure {
  /** Stable id, also the HTML id of the figure. */
  id: string;
  title: string;
  description: string;
  /** The chart drawn for wide screens (720 px) … */
  svg: string;
  /** … and for phones (340 px), so its text stays legible without scaling. */
  svgNarrow: string;
  warnings: string[];
  sourceIds: string[];
  table: { head: string[]; rows: string[][] };
  /** The numbers drawn, for tests: area or series name -> value. */
  values: { label: string; period: string; value: number }[];
  targets: ReferenceLine[];
  /** One line per target rule: its value, plan and deadline in full. */
  targetNotes: string[];
  /** Series and their colours, drawn as an HTML legend when there is more than one. */
  legend: { label: string; color: string }[];
  /** One or two sentences saying what the chart shows, for images and embeds. */
  alt: string;
}

/**
 * An area's name in the page's language. With `disambiguate`, a province
 * merged away in 2025 whose name a new unit took gets "(trước 2025)" /
 * "(before 2025)", for charts that show both.
 */
export function areaName(ix: Index, areaId: string, lang: Lang, disambiguate = false): string {
  const area = ix.area.get(areaId);
  if (!area) return areaId;
  const name = lang === "vi" ? area.nameVi : area.nameEn;
  const unit = area.becameId ? ix.area.get(area.becameId) : undefined;
  return disambiguate && unit && unit.nameVi === area.nameVi ? `${name} (${lang === "vi" ? "trước 2025" : "before 2025"})` : name;
}

function periodLabel(ix: Index, periodId: string, lang: Lang): string {
  const p = ix.period.get(periodId);
  return p ? p.label[lang] : periodId;
}

/** The rule's own label, short enough for a phone: "Mục tiêu ≥ 35 % (2026)". */
function targetRuleLabel(target: Target, lang: Lang): string {
  const value = formatTarget(target.comparator, target.value, target.valueMax, target.unit.vi === "%" ? "%" : "", lang);
  return `${t(lang, "chartTarget")} ${value}${target.deadline ? ` (${target.deadline})` : ""}`;
}

/** The rule explained under the chart: value, plan and deadline. */
function targetNote(ix: Index, target: Target, lang: Lang): string {
  const plan = ix.plan.get(target.planId);
  const value = formatTarget(target.comparator, target.value, target.valueMax, target.unit.vi === "%" ? "%" : "", lang);
  const doc = [plan?.docNumber, plan?.title[lang]].filter(Boolean).join(", ");
  return `${t(lang, "chartTarget")} ${value}${target.deadline ? ` (${target.deadline})` : ""}: ${doc}`;
}

/**
 * Targets drawn on a chart of an indicator for a period: the national-plan
 * targets measured directly by it whose deadline falls in the period, else
 * those with the latest deadline; one rule per value, two at most.
 */
export function targetRules(
  ix: Index,
  indicatorId: string,
  periodId: string | null,
  lang: Lang,
): { rules: ReferenceLine[]; targets: Target[]; notes: string[] } {
  const candidates = ix.dataset.targets.filter(
    (tg) =>
      tg.indicatorIds.includes(indicatorId) &&
      tg.value !== null &&
      tg.comparator !== "none" &&
      tg.comparator !== "between" &&
      ix.plan.get(tg.planId)?.issuerLevel === "national",
  );
  const period = periodId ? ix.period.get(periodId) : undefined;
  const inPeriod = candidates.filter(
    (tg) => period && tg.deadline !== null && period.start !== null && tg.deadline >= period.start && tg.deadline <= (period.end ?? period.start),
  );
  const latest = Math.max(...candidates.map((tg) => tg.deadline ?? 0));
  const chosen = (inPeriod.length > 0 ? inPeriod : candidates.filter((tg) => (tg.deadline ?? 0) === latest)).sort(
    (a, b) => (b.deadline ?? 0) - (a.deadline ?? 0),
  );
  const seen = new Set<number>();
  const targets: Target[] = [];
  for (const tg of chosen) {
    if (tg.value === null || seen.has(tg.value) || targets.length >= 2) continue;
    seen.add(tg.value);
    targets.push(tg);
  }
  return {
    rules: targets.map((tg) => ({ value: tg.value ?? 0, label: targetRuleLabel(tg, lang) })),
    targets,
    notes: targets.map((tg) => targetNote(ix, tg, lang)),
  };
}

function sourcesOf(observations: readonly Observation[]): string[] {
  return [...new Set(observations.map((o) => o.sourceId))].sort();
}

/** "A, B và C" / "A, B and C". */
export function listWords(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${lang === "vi" ? "và" : "and"} ${items.at(-1) ?? ""}`;
}

/** A chart's alt text from its title and description, cut at a clause boundary near 280 characters. */
export function summarise(title: string, description: string): string {
  const text = `${title}. ${description}`;
  if (text.length <= 300) return text;
  const cut = text.lastIndexOf(";", 280);
  return `${text.slice(0, cut > 100 ? cut : 280)}…`;
}

/** "năm 2021" / "in 2021" for a year or an elected term with a known first year; else the period's label. */
function when(ix: Index, periodId: string, lang: Lang): string {
  const p = ix.period.get(periodId);
  if (!p) return periodId;
  if (p.kind !== "span" && p.start !== null) return lang === "vi" ? `năm ${p.start}` : `in ${p.start}`;
  return lang === "vi" ? `giai đoạn ${p.label.vi}` : `in ${p.label.en}`;
}

/** The sentence a trend's image says: "X của A là v năm 2021, bằng năm 2016; mục tiêu ≥ 35 %". */
export function trendAlt(ix: Index, indicatorId: string, areaId: string, lang: Lang, rules: readonly ReferenceLine[]): string {
  const indicator = ix.indicator.get(indicatorId);
  const series = seriesOf(ix, indicatorId, areaId);
  const last = series.at(-1);
  if (!indicator || !last) return "";
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const name = areaName(ix, areaId, lang, true);
  const prev = series.at(-2);
  const vi = lang === "vi";
  let head = vi
    ? `${indicator.name.vi} của ${name} là ${fmt(last.value)} ${when(ix, last.periodId, lang)}`
    : `${indicator.name.en} in ${name} was ${fmt(last.value)} ${when(ix, last.periodId, lang)}`;
  if (prev) {
    const same = prev.value === last.value;
    const up = last.value > prev.value;
    head += vi
      ? `, ${same ? "bằng" : up ? `tăng từ ${fmt(prev.value)}` : `giảm từ ${fmt(prev.value)}`} ${when(ix, prev.periodId, lang)}`
      : `, ${same ? "the same as" : up ? `up from ${fmt(prev.value)}` : `down from ${fmt(prev.value)}`} ${when(ix, prev.periodId, lang)}`;
  }
  const target = rules[0] ? rules[0].label.replace(`${t(lang, "chartTarget")} `, "").replace(/ \(\d{4}\)$/u, "") : "";
  return `${head}${target ? `; ${vi ? "mục tiêu" : "target"} ${target}` : ""}`;
}

/** Chart widths: a phone-sized drawing and a wide one, each shown at its natural size. */
export const WIDE = 720;
export const NARROW = 340;

/** Renders a chart spec at both widths. */
function renderBoth(spec: (width: number) => Parameters<typeof renderChart>[0], a11y: { title: string; description: string }) {
  const wide = renderChart(spec(WIDE), a11y);
  const narrow = renderChart(spec(NARROW), a11y);
  return { svg: wide.svg, svgNarrow: narrow.svg, warnings: [...wide.warnings, ...narrow.warnings] };
}

/** Provinces ranked for the latest period with provincial figures (or a given one). */
export function rankingFigure(ix: Index, indicatorId: string, lang: Lang, options: { periodId?: string; highlightAreaId?: string } = {}): Figure | null {
  const indicator = ix.indicator.get(indicatorId);
  const latest = latestProvincialPeriod(ix, indicatorId);
  const periodId = options.periodId ?? latest?.periodId;
  if (!indicator || !periodId) return null;
  const ranked = provincialRanking(ix, indicatorId, periodId);
  if (ranked.length < 2) return null;
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const period = periodLabel(ix, periodId, lang);
  const national = headlineObservations(ix, indicatorId).find((o) => o.areaId === "viet-nam" && o.periodId === periodId);
  const { rules, notes } = targetRules(ix, indicatorId, periodId, lang);
  const data = ranked.map((o) => ({
    label: areaName(ix, o.areaId, lang),
    value: o.value,
    title: `${areaName(ix, o.areaId, lang)}: ${fmt(o.value)} (${period})`,
    highlight: o.areaId === options.highlightAreaId,
  }));
  const name = indicator.name[lang];
  const title = t(lang, "chartRankingTitle", { indicator: name, period });
  const top = ranked[0];
  const bottom = ranked.at(-1);
  const description =
    t(lang, "chartRankingDesc", {
      count: ranked.length,
      indicator: name.toLowerCase(),
      period,
      top: top ? `${areaName(ix, top.areaId, lang)} ${fmt(top.value)}` : "",
      bottom: bottom ? `${areaName(ix, bottom.areaId, lang)} ${fmt(bottom.value)}` : "",
    }) + (rules[0] ? ` ${t(lang, "chartTargetNote", { target: notes.join("; ") })}` : "");
  const nationalLine = national ? { value: national.value, label: `${t(lang, "chartNational")} ${fmt(national.value)}` } : null;
  const rendered = renderBoth(
    (width) =>
      rankingChart(data, {
        targets: rules,
        national: nationalLine,
        tickFormat: (v) => formatNumber(v, lang, 0),
        xLabel: indicator.unitLabel[lang],
        percent: indicator.unit === "percent",
        width,
      }),
    { title, description },
  );
  const used = national ? [...ranked, national] : ranked;
  return {
    id: `ranking-${indicatorId}-${periodId}`.toLowerCase(),
    title,
    description,
    svg: rendered.svg,
    svgNarrow: rendered.svgNarrow,
    warnings: rendered.warnings,
    sourceIds: sourcesOf(used),
    table: {
      head: ["#", t(lang, "area"), `${t(lang, "value")} (${indicator.unitLabel[lang]})`, t(lang, "source")],
      rows: [
        ...ranked.map((o, i) => [String(i + 1), areaName(ix, o.areaId, lang), fmt(o.value), o.sourceId]),
        ...(national ? [["", t(lang, "nationalValue"), fmt(national.value), national.sourceId]] : []),
      ],
    },
    values: ranked.map((o) => ({ label: areaName(ix, o.areaId, lang), period, value: o.value })),
    targets: rules,
    targetNotes: notes,
    legend: [],
    alt:
      lang === "vi"
        ? `${name}, ${period}: cao nhất ${top ? `${areaName(ix, top.areaId, lang)} ${fmt(top.value)}` : ""}, thấp nhất ${bottom ? `${areaName(ix, bottom.areaId, lang)} ${fmt(bottom.value)}` : ""}${national ? `; cả nước ${fmt(national.value)}` : ""}${rules[0] ? `; ${rules[0].label.toLowerCase()}` : ""}.`
        : `${name}, ${period}: highest ${top ? `${areaName(ix, top.areaId, lang)} ${fmt(top.value)}` : ""}, lowest ${bottom ? `${areaName(ix, bottom.areaId, lang)} ${fmt(bottom.value)}` : ""}${national ? `; Viet Nam ${fmt(national.value)}` : ""}${rules[0] ? `; ${rules[0].label.toLowerCase()}` : ""}.`,
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
  const periods = periodRange(
    ix,
    all.map((o) => o.periodId),
  );
  const labels = periods.map((p) => p.short);
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const data: TrendDatum[] = series.flatMap((s) => {
    const indexes = s.points.map((o) => periods.findIndex((p) => p.id === o.periodId));
    const runs = runsOf(indexes);
    return s.points.map((o, i) => ({
      series: areaName(ix, s.id, lang, true),
      period: ix.period.get(o.periodId)?.short ?? o.periodId,
      value: o.value,
      title: `${areaName(ix, s.id, lang, true)}, ${periodLabel(ix, o.periodId, lang)}: ${fmt(o.value)}`,
      run: runs[i] ?? 0,
    }));
  });
  const lastPeriod =
    all
      .map((o) => o.periodId)
      .sort((a, b) => (ix.period.get(a)?.order ?? 0) - (ix.period.get(b)?.order ?? 0))
      .at(-1) ?? null;
  const { rules, notes } = targetRules(ix, indicatorId, lastPeriod, lang);
  const names = series.map((s) => areaName(ix, s.id, lang, true));
  const colors = seriesColors(names, areaName(ix, "viet-nam", lang));
  const title = t(lang, "chartTrendTitle", { indicator: indicator.name[lang], areas: listWords(names, lang) });
  // Each series described over its own first-to-last periods, gaps included.
  const points = series
    .map(
      (s) =>
        `${areaName(ix, s.id, lang, true)}: ${periodRange(
          ix,
          s.points.map((o) => o.periodId),
        )
          .map((p) => {
            const o = s.points.find((x) => x.periodId === p.id);
            return `${p.label[lang]} ${o ? fmt(o.value) : t(lang, "missingPeriod")}`;
          })
          .join("; ")}.`,
    )
    .join(" ");
  const description = t(lang, "chartTrendDesc", { points }) + (rules[0] ? ` ${t(lang, "chartTargetNote", { target: notes.join("; ") })}` : "");
  const rendered = renderBoth(
    (width) =>
      trendChart(data, {
        periods: labels,
        series: names,
        colors,
        targets: rules,
        tickFormat: (v) => formatNumber(v, lang, 0),
        yLabel: indicator.unitLabel[lang],
        percent: indicator.unit === "percent",
        width,
      }),
    { title, description },
  );
  return {
    id: `trend-${indicatorId}-${areaIds.join("-")}`.toLowerCase(),
    title,
    description,
    svg: rendered.svg,
    svgNarrow: rendered.svgNarrow,
    warnings: rendered.warnings,
    sourceIds: sourcesOf(all),
    table: {
      head: [t(lang, "period"), ...names],
      rows: periods.map((p) => [
        p.label[lang],
        ...series.map((s) => {
          const o = s.points.find((x) => x.periodId === p.id);
          return o ? fmt(o.value) : "—";
        }),
      ]),
    },
    values: series.flatMap((s) => s.points.map((o) => ({ label: areaName(ix, s.id, lang, true), period: periodLabel(ix, o.periodId, lang), value: o.value }))),
    targets: rules,
    targetNotes: notes,
    legend: names.length > 1 ? names.map((label, i) => ({ label, color: colors[i] ?? "" })) : [],
    alt: `${trendAlt(ix, indicatorId, series[0]?.id ?? "", lang, rules)}${series.some((s) => s.id === "viet-nam") && series[0]?.id !== "viet-nam" ? `; ${trendAlt(ix, indicatorId, "viet-nam", lang, [])}` : ""}.`,
  };
}

/** An area against each target it is assessed on (percentage targets with a judged figure). */
export function positionFigure(ix: Index, areaId: string, assessments: readonly Assessment[], lang: Lang): Figure | null {
  const usable = assessments.filter(
    (a) => a.judged !== null && a.target !== null && a.indicatorId !== null && ix.indicator.get(a.indicatorId)?.unit === "percent",
  );
  if (usable.length === 0) return null;
  const fmt = (v: number) => formatValue(v, lang, "percent", 2);
  const rows: (PositionRow & { a: Assessment })[] = usable.map((a) => {
    const target = ix.dataset.targets.find((tg) => tg.id === a.targetId);
    const indicator = ix.indicator.get(a.indicatorId ?? "");
    const goal = formatTarget(a.comparator, a.target, a.targetMax, "%", lang);
    const period = ix.period.get(a.judged?.periodId ?? "")?.label[lang] ?? "";
    return {
      a,
      label: `${goal} (${target?.deadline ?? ""}) · ${indicator?.name[lang] ?? ""}${a.byProxy ? ` (${lang === "vi" ? "gần đúng" : "proxy"})` : ""}`,
      value: a.judged?.value ?? 0,
      target: a.target ?? 0,
      status: a.status,
      title: `${fmt(a.judged?.value ?? 0)} (${period}) · ${statusLabel(a, lang)}`,
    };
  });
  const name = areaName(ix, areaId, lang, true);
  const title = t(lang, "positionChartTitle", { area: name });
  const description = t(lang, "positionChartDesc", { rows: rows.map((r) => `${r.label}: ${r.title}.`).join(" ") });
  const rendered = renderBoth((width) => targetPositionChart(rows, { tickFormat: (v) => formatNumber(v, lang, 0), shapes: STATUS_SHAPES, width }), {
    title,
    description,
  });
  const observations = rows
    .map((r) =>
      ix.dataset.observations.find((o) => o.indicatorId === r.a.indicatorId && o.areaId === areaId && o.periodId === r.a.judged?.periodId && o.headline),
    )
    .filter((o): o is Observation => o !== undefined);
  return {
    id: `position-${areaId}`,
    title,
    description,
    svg: rendered.svg,
    svgNarrow: rendered.svgNarrow,
    warnings: rendered.warnings,
    sourceIds: sourcesOf(observations),
    table: {
      head: [t(lang, "target"), t(lang, "value"), t(lang, "status")],
      rows: rows.map((r) => [r.label, `${fmt(r.value)} (${ix.period.get(r.a.judged?.periodId ?? "")?.label[lang] ?? ""})`, statusLabel(r.a, lang)]),
    },
    values: rows.map((r) => ({ label: r.label, period: r.a.judged?.periodId ?? "", value: r.value })),
    targets: rows.map((r) => ({ value: r.target, label: r.label })),
    targetNotes: [],
    alt: summarise(title, description),
    legend: [],
  };
}

/** Five steps of blue for value maps, light to dark, and the text colour that reads on each. */
export const MAP_BLUES = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
const MAP_INK = ["#1f2933", "#1f2933", "#1f2933", "#ffffff", "#ffffff"] as const;
const MISSING_FILL = "#f4f6f8";

function missingTile(lang: Lang, period: string) {
  return (tile: Tile): TileFill => ({
    color: MISSING_FILL,
    ink: "#52606d",
    text: "–",
    label: `${tile.label}: ${t(lang, "noFigure").toLowerCase()} (${period})`,
  });
}

/**
 * A tile map of one indicator for one period, coloured in five equal steps
 * of a rounded range. On the 2025 map, old periods are aggregated exactly or
 * left missing (see merge.ts).
 */
export function valueMapFigure(ix: Index, indicatorId: string, periodId: string, lang: Lang, boundary: Boundary = "published"): Figure | null {
  const indicator = ix.indicator.get(indicatorId);
  const period = ix.period.get(periodId);
  if (!indicator || !period) return null;
  const figures = figuresFor(ix, indicatorId, periodId, boundary).filter((f) => f.value !== null);
  if (figures.length < 2) return null;
  const set = boundary === "2025" || figures.some((f) => !ix.area.get(f.areaId)?.sets.includes("p63")) ? "p34" : "p63";
  const values = figures.map((f) => f.value ?? 0);
  const lo = Math.floor(Math.min(...values) / 10) * 10;
  const hi = Math.ceil(Math.max(...values) / 10) * 10;
  const scale = scaleQuantize<number>()
    .domain([lo, hi === lo ? lo + 10 : hi])
    .range([0, 1, 2, 3, 4]);
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const fills = new Map<string, TileFill>();
  for (const f of figures) {
    const step = scale(f.value ?? 0);
    fills.set(f.areaId, {
      color: MAP_BLUES[step] ?? MISSING_FILL,
      ink: MAP_INK[step] ?? "#1f2933",
      text: formatNumber(f.value ?? 0, lang, indicator.unit === "percent" ? 0 : indicator.decimals),
      label: `${areaName(ix, f.areaId, lang)}: ${fmt(f.value ?? 0)} (${period.label[lang]})${f.basis === "sum-over-sum" ? ` = ${f.numerator}/${f.denominator}` : ""}`,
    });
  }
  const title = `${indicator.name[lang]}: ${lang === "vi" ? "bản đồ" : "map"}, ${period.label[lang]}`;
  const description = `${lang === "vi" ? "Bản đồ ô, mỗi ô một tỉnh." : "Tile map, one square per province."} ${figures.map((f) => `${areaName(ix, f.areaId, lang)} ${fmt(f.value ?? 0)}`).join("; ")}.`;
  const svg = tileMapSvg(ix.dataset.tilemaps[set], fills, {
    title,
    description,
    href: (id) => href(lang, `/provinces/${id}/`),
    missing: missingTile(lang, period.label[lang]),
  });
  const thresholds = scale.thresholds();
  const bounds = [lo, ...thresholds, hi === lo ? lo + 10 : hi];
  return {
    id: `map-${indicatorId}-${periodId}-${set}`.toLowerCase(),
    title,
    description,
    svg,
    svgNarrow: svg,
    warnings: [],
    sourceIds: sourcesOf(figures.flatMap((f) => f.parts)),
    table: {
      head: [t(lang, "area"), `${t(lang, "value")} (${indicator.unitLabel[lang]})`],
      rows: [...figures].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).map((f) => [areaName(ix, f.areaId, lang), fmt(f.value ?? 0)]),
    },
    values: figures.map((f) => ({ label: areaName(ix, f.areaId, lang), period: period.label[lang], value: f.value ?? 0 })),
    targets: [],
    targetNotes: [],
    alt: summarise(title, description),
    legend: [
      ...MAP_BLUES.map((color, i) => ({ color, label: `${formatNumber(bounds[i] ?? 0, lang, 0)}–${formatNumber(bounds[i + 1] ?? 0, lang, 0)}` })),
      { color: MISSING_FILL, label: t(lang, "noFigure") },
    ],
  };
}

/** A tile map of every province's status against one national target. */
export function statusMapFigure(ix: Index, target: Target, assessments: readonly Assessment[], lang: Lang): Figure | null {
  const provincial = assessments.filter((a) => ix.area.get(a.areaId)?.level === "province");
  if (provincial.length < 2) return null;
  const set = provincial.some((a) => !ix.area.get(a.areaId)?.sets.includes("p63")) ? "p34" : "p63";
  const goal = formatTarget(target.comparator, target.value, target.valueMax, target.unit.vi === "%" ? "%" : "", lang);
  const fills = new Map<string, TileFill>();
  for (const a of provincial) {
    const light = a.status === "insufficient-data" || a.status === "not-measured";
    fills.set(a.areaId, {
      color: light ? "#e4e7eb" : STATUS_COLORS[a.status],
      ink: light ? "#1f2933" : "#ffffff",
      text: STATUS_SHAPES[a.status],
      label: `${areaName(ix, a.areaId, lang)}: ${statusLabel(a, lang)}${a.judged ? ` (${formatValue(a.judged.value, lang, "percent", 1)})` : ""}`,
    });
  }
  const title = `${t(lang, "target")} ${goal} (${target.deadline ?? ""}): ${t(lang, "statusMatrix").toLowerCase()}`;
  const description = provincial.map((a) => `${areaName(ix, a.areaId, lang)}: ${statusLabel(a, lang)}`).join("; ");
  const svg = tileMapSvg(ix.dataset.tilemaps[set], fills, {
    title,
    description,
    href: (id) => href(lang, `/provinces/${id}/`),
    missing: (tile) => ({ color: MISSING_FILL, ink: "#52606d", text: "–", label: `${tile.label}: ${t(lang, "noFigure").toLowerCase()}` }),
  });
  const statuses = [...new Set(provincial.map((a) => a.status))];
  return {
    id: `status-map-${target.id}`,
    title,
    description,
    svg,
    svgNarrow: svg,
    warnings: [],
    sourceIds: [
      ...new Set(
        provincial.flatMap((a) =>
          ix.dataset.observations
            .filter((o) => o.indicatorId === a.indicatorId && o.areaId === a.areaId && o.periodId === a.judged?.periodId && o.headline)
            .map((o) => o.sourceId),
        ),
      ),
    ].sort(),
    table: {
      head: [t(lang, "area"), t(lang, "status"), t(lang, "value")],
      rows: provincial.map((a) => [areaName(ix, a.areaId, lang), statusLabel(a, lang), a.judged ? formatValue(a.judged.value, lang, "percent", 2) : "—"]),
    },
    values: provincial.map((a) => ({ label: areaName(ix, a.areaId, lang), period: a.judged?.periodId ?? "", value: a.judged?.value ?? 0 })),
    targets: [],
    targetNotes: [],
    alt: summarise(title, description),
    legend: STATUS_ORDER.filter((s) => statuses.includes(s)).map((s) => ({
      color: s === "insufficient-data" || s === "not-measured" ? "#e4e7eb" : STATUS_COLORS[s],
      label: `${STATUS_SHAPES[s]} ${t(lang, STATUS_KEYS[s])}`,
    })),
  };
}

/**
 * The last two periods with provincial figures, as the pages compare them:
 * as published when both are on one map, else both on the 2025 units (old
 * figures summed exactly where counts allow, else left out).
 */
export function lastTwoPeriods(ix: Index, indicatorId: string): { periods: [string, string]; boundary: Boundary } | null {
  const provincial = headlineObservations(ix, indicatorId).filter((o) => ix.area.get(o.areaId)?.level === "province");
  const ids = periodRange(
    ix,
    provincial.map((o) => o.periodId),
  )
    .filter((p) => provincial.some((o) => o.periodId === p.id))
    .map((p) => p.id);
  const from = ids.at(-2);
  const to = ids.at(-1);
  if (!from || !to) return null;
  // A period belongs to a map by its areas that exist on one map only (unchanged provinces are on both).
  const mapOf = (periodId: string) => {
    const sets = provincial.filter((o) => o.periodId === periodId).map((o) => ix.area.get(o.areaId)?.sets ?? []);
    return sets.some((s) => !s.includes("p63")) ? "p34" : sets.some((s) => !s.includes("p34")) ? "p63" : "both";
  };
  const [a, b] = [mapOf(from), mapOf(to)];
  const same = a === b || a === "both" || b === "both";
  return { periods: [from, to], boundary: same ? "published" : "2025" };
}

function pairs(ix: Index, indicatorId: string, periods: [string, string], boundary: Boundary) {
  const a = new Map(
    figuresFor(ix, indicatorId, periods[0], boundary)
      .filter((f) => f.value !== null)
      .map((f) => [f.areaId, f.value ?? 0]),
  );
  return figuresFor(ix, indicatorId, periods[1], boundary)
    .filter((f) => f.value !== null && a.has(f.areaId))
    .map((f) => ({ areaId: f.areaId, from: a.get(f.areaId) ?? 0, to: f.value ?? 0 }));
}

/** The period-to-period slope chart of an indicator's last two periods. */
export function slopeFigure(ix: Index, indicatorId: string, lang: Lang): Figure | null {
  const indicator = ix.indicator.get(indicatorId);
  const last = lastTwoPeriods(ix, indicatorId);
  if (!indicator || !last || (indicator.unit !== "percent" && indicator.unit !== "count")) return null;
  const rows = pairs(ix, indicatorId, last.periods, last.boundary);
  if (rows.length < 2) return null;
  const fmt = (v: number) => formatValue(v, lang, indicator.unit, indicator.decimals);
  const [p0, p1] = last.periods.map((id) => ix.period.get(id)) as [Period | undefined, Period | undefined];
  const labels: [string, string] = [p0?.label[lang] ?? "", p1?.label[lang] ?? ""];
  const shorts: [string, string] = [p0?.short.replace("\n", " ") ?? "", p1?.short.replace("\n", " ") ?? ""];
  const name = (id: string) => areaName(ix, id, lang);
  const title = t(lang, "slopeTitle", { indicator: indicator.name[lang], from: labels[0], to: labels[1] });
  const note = last.boundary === "2025" ? ` ${t(lang, "compareMergerNote")}` : "";
  const description = `${rows.map((r) => `${name(r.areaId)}: ${fmt(r.from)} → ${fmt(r.to)}`).join("; ")}.${note}`;
  const data = rows.map((r) => ({ label: name(r.areaId), from: r.from, to: r.to, title: `${name(r.areaId)}: ${fmt(r.from)} → ${fmt(r.to)}` }));
  const rendered = renderBoth(
    (width) =>
      slopeChart(data, {
        periods: shorts,
        tickFormat: (v) => formatNumber(v, lang, 0),
        yLabel: indicator.unitLabel[lang],
        percent: indicator.unit === "percent",
        width,
      }),
    { title, description },
  );
  const obs = headlineObservations(ix, indicatorId).filter((o) => last.periods.includes(o.periodId));
  return {
    id: `slope-${indicatorId}`,
    title,
    description,
    svg: rendered.svg,
    svgNarrow: rendered.svgNarrow,
    warnings: rendered.warnings,
    sourceIds: sourcesOf(obs),
    table: { head: [t(lang, "area"), labels[0], labels[1]], rows: [...rows].sort((a, b) => b.to - a.to).map((r) => [name(r.areaId), fmt(r.from), fmt(r.to)]) },
    values: rows.flatMap((r) => [
      { label: name(r.areaId), period: labels[0], value: r.from },
      { label: name(r.areaId), period: labels[1], value: r.to },
    ]),
    targets: [],
    targetNotes: last.boundary === "2025" ? [t(lang, "compareMergerNote")] : [],
    alt: summarise(title, description),
    legend: [],
  };
}

/** Areas ranked by their change since the previous period. */
export function changeFigure(ix: Index, indicatorId: string, lang: Lang): Figure | null {
  const indicator = ix.indicator.get(indicatorId);
  const last = lastTwoPeriods(ix, indicatorId);
  if (!indicator || !last || (indicator.unit !== "percent" && indicator.unit !== "count")) return null;
  const rows = pairs(ix, indicatorId, last.periods, last.boundary)
    .map((r) => ({ ...r, change: r.to - r.from }))
    .sort((a, b) => b.change - a.change || a.areaId.localeCompare(b.areaId));
  if (rows.length < 2) return null;
  const labels = last.periods.map((id) => ix.period.get(id)?.label[lang] ?? id);
  const unitWord = indicator.unit === "percent" ? t(lang, "points") : indicator.unitLabel[lang];
  const signed = (v: number) => `${v > 0 ? "+" : ""}${formatNumber(v, lang, indicator.decimals)}`;
  const title = t(lang, "changeRankingTitle", { indicator: indicator.name[lang], from: labels[0] ?? "", to: labels[1] ?? "" });
  const name = (id: string) => areaName(ix, id, lang);
  const description = rows.map((r) => `${name(r.areaId)} ${signed(r.change)} ${unitWord}`).join("; ");
  const data = rows.map((r) => ({ label: name(r.areaId), change: r.change, title: `${name(r.areaId)}: ${signed(r.change)} ${unitWord}` }));
  const rendered = renderBoth((width) => changeChart(data, { tickFormat: (v) => formatNumber(v, lang, 0), xLabel: unitWord, width }), { title, description });
  return {
    id: `change-${indicatorId}`,
    title,
    description,
    svg: rendered.svg,
    svgNarrow: rendered.svgNarrow,
    warnings: rendered.warnings,
    sourceIds: sourcesOf(headlineObservations(ix, indicatorId).filter((o) => last.periods.includes(o.periodId))),
    table: { head: [t(lang, "area"), `${t(lang, "difference")} (${unitWord})`], rows: rows.map((r) => [name(r.areaId), signed(r.change)]) },
    values: rows.map((r) => ({ label: name(r.areaId), period: `${labels[0]} → ${labels[1]}`, value: r.change })),
    targets: [],
    targetNotes: last.boundary === "2025" ? [t(lang, "compareMergerNote")] : [],
    alt: summarise(title, description),
    legend: [],
  };
}
