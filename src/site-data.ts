/**
 * The dataset written by `npm run build:data`, loaded once for all pages.
 * Site-only: src/lib stays free of file reads.
 */
import { sourceWords } from "./lib/model.ts";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DatasetSchema } from "./lib/model.ts";
import { indexDataset, type Index } from "./lib/queries.ts";
import { siteFigures, type PlacedFigure } from "./charts/registry.ts";
import type { Lang } from "./lib/site/format.ts";
import { t } from "./i18n/index.ts";
import { contactFromEnv, type SiteContact } from "./lib/site/contact.ts";

const path = resolve(process.cwd(), "src/generated/dataset.json");
let cached: Index | null = null;

export function siteIndex(): Index {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new Error(`${path} is missing: run "npm run build:data" first (npm run build does it).`);
    }
    // Checked once against the output model: a stale or hand-edited dataset.json stops the build here, not halfway through a page.
    const parsed = DatasetSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${path} does not match the dataset schema (src/lib/model.ts) at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}. Run "npm run build:data".`,
      );
    }
    cached = indexDataset(parsed.data);
  }
  return cached;
}

/** Static paths for a page in both languages: Vietnamese unprefixed, English under /en/. */
export function bothLanguages<P extends Record<string, string>>(params: readonly P[]) {
  return params.flatMap((p) => [
    { params: { ...p, lang: undefined }, props: { lang: "vi" as const } },
    { params: { ...p, lang: "en" }, props: { lang: "en" as const } },
  ]);
}

/** getStaticPaths of a page that exists once per language (home, lists). */
export function onePageInBothLanguages() {
  return bothLanguages([{}]);
}

const figureCache = new Map<Lang, PlacedFigure[]>();

/** Every chart of the site in a language, built once per build. */
export function siteFiguresOf(lang: Lang): PlacedFigure[] {
  let figures = figureCache.get(lang);
  if (!figures) {
    figures = siteFigures(siteIndex(), lang);
    figureCache.set(lang, figures);
  }
  return figures;
}

/** getStaticPaths of per-chart pages and files: one per chart and language. */
export function chartPaths() {
  return (["vi", "en"] as const).flatMap((lang) =>
    siteFiguresOf(lang).map((placed) => ({ params: { lang: lang === "vi" ? undefined : lang, chart: placed.figure.id }, props: { lang, placed } })),
  );
}

/** The source line under a chart, as text: the publishers of its sources. */
export function sourceLineText(lang: Lang, sourceIds: readonly string[]): string {
  const ix = siteIndex();
  return `${t(lang, "sourceLine")}: ${sourceIds
    .map((id) => {
      const source = ix.source.get(id);
      return source ? sourceWords(source, lang).publisher : id;
    })
    .join("; ")}`;
}

/** Where this copy of the site takes reports, from the build's environment (src/lib/site/contact.ts); warned once per build when unset. */
let contact: SiteContact | undefined;
export function siteContact(): SiteContact {
  if (!contact) {
    contact = contactFromEnv(process.env);
    for (const warning of contact.warnings) console.warn(`[contact] ${warning}`);
  }
  return contact;
}
