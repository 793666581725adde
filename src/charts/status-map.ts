/** Chart kind: a tile map of every province's status against one national target, from the stored assessments. */
import { summarise, targetValue } from "../i18n/charts.ts";
import { href, t } from "../i18n/index.ts";
import { areaName } from "../i18n/names.ts";
import { STATUS_KEYS, STATUS_ORDER, STATUS_SHAPES, statusLabel } from "../i18n/status.ts";
import { sourcesOf } from "../lib/figure-data.ts";
import { formatValue, type Lang } from "../lib/format.ts";
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
  for (const a of provincial) {
    const { fill, ink } = statusFill(a.status);
    fills.set(a.areaId, {
      color: fill,
      ink,
      text: STATUS_SHAPES[a.status],
      label: `${name(a.areaId)}: ${statusLabel(a, lang)}${a.judged ? ` (${formatValue(a.judged.value, lang, "percent", 1)})` : ""}`,
    });
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
    (ix.byIndicator.get(a.indicatorId ?? "") ?? []).filter((o: Observation) => o.areaId === a.areaId && o.periodId === a.judged?.periodId && o.headline),
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
        rows: provincial.map((a) => [name(a.areaId), statusLabel(a, lang), a.judged ? formatValue(a.judged.value, lang, "percent", 2) : "—"]),
      },
      values: provincial.map((a) => ({ label: name(a.areaId), period: a.judged?.periodId ?? "", value: a.judged?.value ?? 0 })),
      targets: [],
      targetNotes: [],
      alt: summarise(title, description),
      legend: STATUS_ORDER.filter((s) => statuses.has(s)).map((s) => ({ color: statusFill(s).fill, label: `${STATUS_SHAPES[s]} ${t(lang, STATUS_KEYS[s])}` })),
    },
    drawing,
  );
}
