import type { APIRoute } from "astro";
import { buildCompareData } from "../../../charts/compare-data.ts";
import type { Lang } from "../../../lib/site/format.ts";
import { onePageInBothLanguages, siteIndex } from "../../../site-data.ts";

/**
 * What the compare view redraws from in the browser, in the page's language:
 * a file of its own rather than JSON inside the page, so that the page the
 * phone must download before its first paint is a third lighter (the
 * default view is drawn at build time and needs none of it).
 */
export const getStaticPaths = onePageInBothLanguages;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(buildCompareData(siteIndex(), (props as { lang: Lang }).lang)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
