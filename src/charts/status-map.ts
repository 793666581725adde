/**
 * Chart kind: a tile map of every province against one national target, from
 * the stored assessments. Where the target binds the nation (every national
 * target does), a province's figure is its contribution, not a verdict: the
 * tiles then carry the figure, shaded only by whether it reaches the level
 * set for the whole country. Where provinces are judged, each tile carries
 * its status.
 */
import { summarise, targetValue } from "../i18n/charts.ts";
import { href, t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { basisNotesFor, partMeasure, partValue, printedValue, STATUS_KEYS, STATUS_ORDER, statusLabel } from "../i18n/status.ts";
import { meetsWithQualifier } from "../lib/progress.ts";
import { basisOfPoint, shownPoint, sourcesOf } from "../lib/site/figure-data.ts";
import type { Lang } from "../lib/site/format.ts";
import type { Assessment, Observation, Target } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import { svgFigure, type Figure } from "./figure.ts";
import { BELOW, COLORS, REACHES, statusFill } from "./theme.ts";
import { tileMapSvg, type TileFill } from "./tilemap.ts";
import { missingTile } from "./value-map.ts";

export function statusMapFigure(ix: Index, target: Target, assessments: readonly Assessment[], lang: Lang): Figure | null {
  const provincial = assessments.filter((a) => ix.area.get(a.areaId)?.level === "province");
  if (provincial.length < 2) return null;
  const set = provincial.some((a) => !ix.area.get(a.areaId)?.sets.includes("p63")) ? "p34" : "p63";
  const name = (id: string) => areaName(ix, id, lang);
  const fills = new Map<string, TileFill>();
  // Each body the target names, with its figure: "Quốc hội 30,00% (…); HĐND tỉnh —".
  const figures = (a: Assessment) =>
    a.parts.map((p) => (a.parts.length > 1 ? `${partMeasure(ix, p, lang)}: ${partValue(ix, p, lang)}` : partValue(ix, p, lang))).join("; ");
  const contributions = provincial.every((a) => a.status === "contribution");
  // The figures of the judged period only: another term's figure never shades a tile.
  const judged = (a: Assessment) =>
    a.parts.flatMap((p) => {
      const point = shownPoint(p);
      return point ? [point] : [];
    });
  // A contribution reaches the level set for the whole country only when every body it names has a figure that does; never a verdict's colours.
  const reaches = (a: Assessment) =>
    target.value !== null &&
    judged(a).length === a.parts.length &&
    judged(a).every((point) => meetsWithQualifier(point, target.comparator, target.value ?? 0, target.valueMax) === true);
  const tileText = (a: Assessment) => {
    const point = judged(a)[0];
    const indicator = ix.indicator.get(a.parts[0]?.indicatorId ?? "");
    // The indicator's own decimals, as every page writes this figure (one rounding wherever it shows).
    return point && a.parts.length === 1 ? printedValue(point, lang, indicator) : "";
  };
  for (const a of provincial) {
    if (contributions) {
      const shade = judged(a).length === 0 ? { fill: COLORS.missing, ink: COLORS.ink } : reaches(a) ? REACHES : BELOW;
      fills.set(a.areaId, { color: shade.fill, ink: shade.ink, text: tileText(a) || "–", label: `${name(a.areaId)}: ${figures(a)}` });
    } else {
      const { fill, ink } = statusFill(a.status);
      fills.set(a.areaId, { color: fill, ink, text: tileText(a), icon: a.status, label: `${name(a.areaId)}: ${statusLabel(a, lang)} (${figures(a)})` });
    }
  }
  const title = contributions
    ? t(lang, "contributionMapTitle", { target: targetValue(target, lang), deadline: target.deadline ?? "" })
    : `${t(lang, "target")} ${targetValue(target, lang)} (${target.deadline ?? ""}): ${t(lang, "statusMatrix").toLowerCase()}`;
  const description = contributions
    ? `${t(lang, "hintContribution")} ${provincial.map((a) => `${name(a.areaId)}: ${figures(a)}`).join("; ")}`
    : provincial.map((a) => `${name(a.areaId)}: ${statusLabel(a, lang)}`).join("; ");
  const drawing = tileMapSvg(ix.dataset.tilemaps[set], fills, {
    title,
    description,
    href: (id) => href(lang, `/provinces/${id}/`),
    missing: missingTile(lang),
  });
  const statuses = new Set(provincial.map((a) => a.status));
  const judgedObservations = provincial.flatMap((a) =>
    a.parts.flatMap((p) =>
      (ix.byIndicator.get(p.indicatorId ?? "") ?? []).filter((o: Observation) => o.areaId === a.areaId && o.periodId === p.judged?.periodId && o.headline),
    ),
  );
  return svgFigure(
    {
      id: `status-map-${target.id}`,
      kind: "status-map",
      title,
      description,
      sourceIds: sourcesOf(judgedObservations),
      table: contributions
        ? {
            head: [t(lang, "area"), t(lang, "value"), t(lang, "contributionColumn")],
            rows: provincial.map((a) => [
              name(a.areaId),
              figures(a),
              judged(a).length === 0
                ? t(lang, "noFigureForPeriod")
                : t(lang, reaches(a) ? "contributionReaches" : "contributionBelow", { target: targetValue(target, lang) }),
            ]),
          }
        : {
            head: [t(lang, "area"), t(lang, "status"), t(lang, "value")],
            rows: provincial.map((a) => [name(a.areaId), statusLabel(a, lang), figures(a)]),
          },
      values: provincial.flatMap((a) =>
        a.parts.flatMap((p) =>
          p.judged
            ? [{ label: `${name(a.areaId)} · ${partMeasure(ix, p, lang)}`, period: p.judged.periodId, value: p.judged.value, basis: basisOfPoint(p.judged) }]
            : [],
        ),
      ),
      targets: [],
      // A figure the project computed or counted says so under the drawing, as everywhere it shows.
      targetNotes: basisNotesFor(provincial.flatMap(judged).map(basisOfPoint), lang),
      alt: summarise(title, description),
      legend: contributions
        ? [
            { color: REACHES.fill, label: t(lang, "contributionReaches", { target: targetValue(target, lang) }) },
            { color: BELOW.fill, label: t(lang, "contributionBelow", { target: targetValue(target, lang) }) },
            { color: COLORS.missing, label: t(lang, "noFigure") },
          ]
        : STATUS_ORDER.filter((s) => statuses.has(s)).map((s) => ({
            color: statusFill(s).fill,
            ink: statusFill(s).ink,
            label: t(lang, STATUS_KEYS[s]),
            status: s,
          })),
    },
    drawing,
  );
}
