import type { APIRoute } from "astro";
import { reportContext } from "../../lib/steps/report-check.ts";
import { siteIndex } from "../../site-data.ts";

/**
 * What the "Send a report" page's checker needs (reportContext: the plans
 * with a template, their commitments, figures and verdicts), fetched by the
 * page only once a reader chooses a file.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(reportContext(siteIndex().dataset)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
