/** Chart kind: a tile map of every province's status against one national target, from the stored assessments. */
import { summarise, targetValue } from "../i18n/charts.ts";
import { href, t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { partMeasure, partValue, STATUS_KEYS, STATUS_ORDER, STATUS_SHAPES, statusLabel } from "../i18n/status.ts";
import { sourcesOf } from "../lib/figure-data.ts";
import type { Lang } from "../lib/format.ts";
import type { Assessment, Observation, Target } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import { svgFigure, type Figure } from "./figure.ts";
import { statusFill } from "./theme.ts";
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
  for (const a of provincial) {
    const { fill, ink } = statusFill(a.status);
    fills.set(a.areaId, { color: fill, ink, text: STATUS_SHAPES[a.status], label: `${name(a.areaId)}: ${statusLabel(a, lang)} (${figures(a)})` });
  }
  const title = `${t(lang, "target")} ${targetValue(target, lang)} (${target.deadline ?? ""}): ${t(lang, "statusMatrix").toLowerCase()}`;
  const description = provincial.map((a) => `${name(a.areaId)}: ${statusLabel(a, lang)}`).join("; ");
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
      table: {
        head: [t(lang, "area"), t(lang, "status"), t(lang, "value")],
        rows: provincial.map((a) => [name(a.areaId), statusLabel(a, lang), figures(a)]),
      },
      values: provincial.flatMap((a) =>
        a.parts.flatMap((p) =>
          p.judged ? [{ label: `${name(a.areaId)} · ${partMeasure(ix, p, lang)}`, period: p.judged.periodId, value: p.judged.value }] : [],
        ),
      ),
      targets: [],
      targetNotes: [],
      alt: summarise(title, description),
      legend: STATUS_ORDER.filter((s) => statuses.has(s)).map((s) => ({ color: statusFill(s).fill, label: `${STATUS_SHAPES[s]} ${t(lang, STATUS_KEYS[s])}` })),
    },
    drawing,
  );
}
