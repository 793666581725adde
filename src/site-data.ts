/**
 * The dataset written by `npm run build:data`, loaded once for all pages.
 * Site-only: src/lib stays free of file reads.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "./lib/model.ts";
import { indexDataset, type Index } from "./lib/queries.ts";

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
    cached = indexDataset(JSON.parse(text) as Dataset);
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
