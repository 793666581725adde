import type { APIRoute } from "astro";
import { chartCard } from "../../../charts/card.ts";
import { svgToPng } from "../../../charts/png.ts";
import type { PlacedFigure } from "../../../charts/registry.ts";
import { t } from "../../../i18n/index.ts";
import type { Lang } from "../../../lib/site/format.ts";
import { chartPaths, sourceLineText } from "../../../site-data.ts";

export const getStaticPaths = chartPaths;

/** The chart as a PNG at twice its size, for print, with the site's font embedded. */
export const GET: APIRoute = ({ props }) => {
  const { lang, placed } = props as { lang: Lang; placed: PlacedFigure };
  const svg = chartCard(placed.figure, { sourceLine: sourceLineText(lang, placed.figure.sourceIds), footer: t(lang, "siteName") });
  return new Response(new Uint8Array(svgToPng(svg, 2)), { headers: { "Content-Type": "image/png" } });
};
