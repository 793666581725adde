/**
 * The data build, as one pure function: the files of a data folder in, one
 * validated dataset (or every problem found) out. `scripts/build-data.ts` only
 * reads the folder and writes what this returns. Each step is a module of
 * this folder; every step adds to one list of problems, and the build stops
 * with all of them.
 */
import type { Dataset } from "../model.ts";
import type { Problem } from "../problems.ts";
import { indexDataset } from "../queries.ts";
import { readAliases, readAreas } from "./areas.ts";
import { assessAll } from "./assessments.ts";
import { BuildContext, firstOfEach, type InputFile } from "./context.ts";
import { crossCheck } from "./cross-checks.ts";
import { chooseHeadlines } from "./headlines.ts";
import { readCatalogue, readLegislatures } from "./indicators.ts";
import { observationResolvers, readObservations, settleDocumentKinds } from "./observations.ts";
import { readPlansAndTargets } from "./plans-targets.ts";
import { readRelease } from "./release.ts";
import { readPublishedReports, readReported } from "./reported.ts";
import { LegalQuoteRowSchema } from "../input/schema.ts";
import { readSources } from "./sources.ts";
import { readTilemap } from "./tilemaps.ts";

export type { InputFile } from "./context.ts";
export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The whole build. `input` holds every file of the data folder. */
export function buildDataset(input: readonly InputFile[]): BuildResult {
  const ctx = new BuildContext(input);
  const release = readRelease(ctx);
  const sources = readSources(ctx, release.date);
  const aliases = readAliases(ctx);
  const { areas, areaSets } = readAreas(ctx, sources, aliases);
  const legislatures = readLegislatures(ctx);
  const catalogue = readCatalogue(ctx);
  const resolve = observationResolvers(areas, aliases, legislatures, Number(release.date.slice(0, 4)));
  const raw = readObservations(ctx, sources, catalogue, resolve);
  settleDocumentKinds(raw.observations);
  const observations = chooseHeadlines(ctx, raw);
  const { plans, targets, transcribed, origins } = readPlansAndTargets(ctx, sources, areas, aliases);
  linkIndicatorsToTargets(catalogue.indicators, targets);
  const reported = [
    ...readReported(ctx, sources, targets, resolve, raw.setAside, release.date),
    ...readPublishedReports(ctx, sources, targets, areas, resolve, release.date),
  ];
  const dataset: Dataset = {
    release,
    areas,
    areaSets,
    periods: [...resolve.periods.values()].sort((a, b) => byText(a.kind, b.kind) || a.order - b.order || byText(a.id, b.id)),
    indicators: [...catalogue.indicators.values()],
    observations,
    reported,
    sources,
    plans: plans.sort((a, b) => byText(a.id, b.id)),
    targets,
    setAside: raw.setAside,
    legalQuotes: firstOfEach(ctx, "legal_quotes.csv", "id", ctx.tableRows("legal_quotes.csv", LegalQuoteRowSchema), (row) => row.id, "quote id").map(
      ({ row }) => ({
        id: row.id,
        law: row.law,
        article: row.article,
        quoteVi: row.quote_vi,
        summaryEn: row.summary_en,
        url: row.url,
        quotedBy: row.quoted_by,
      }),
    ),
    tilemaps: { p63: readTilemap(ctx, "p63", areas), p34: readTilemap(ctx, "p34", areas) },
    assessments: [],
  };
  crossCheck(ctx, dataset, transcribed, catalogue.invalidIds, origins);
  if (ctx.problems.length > 0) return { ok: false, problems: ctx.problems };
  dataset.assessments = assessAll(indexDataset(dataset), dataset);
  return { ok: true, dataset };
}

/** Which targets each indicator measures, directly or as a proxy (derived, so never out of step with the targets). */
function linkIndicatorsToTargets(indicators: ReadonlyMap<string, Dataset["indicators"][number]>, targets: Dataset["targets"]): void {
  for (const target of targets) {
    for (const id of target.indicatorIds) indicators.get(id)?.targetIds.push(target.id);
    for (const id of target.proxyIndicatorIds) indicators.get(id)?.proxyTargetIds.push(target.id);
  }
}
