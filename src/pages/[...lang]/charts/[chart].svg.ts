import type { APIRoute } from "astro";
import { chartCard } from "../../../charts/card.ts";
import type { PlacedFigure } from "../../../charts/registry.ts";
import { t } from "../../../i18n/index.ts";
import type { Lang } from "../../../lib/site/format.ts";
import { chartPaths, sourceLineText } from "../../../site-data.ts";

export const getStaticPaths = chartPaths;

/** The chart as a standalone SVG image, with its title and source line. */
export const GET: APIRoute = ({ props }) => {
  const { lang, placed } = props as { lang: Lang; placed: PlacedFigure };
  const svg = chartCard(placed.figure, { sourceLine: sourceLineText(lang, placed.figure.sourceIds), footer: t(lang, "siteName") });
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
