import { fillSlots, type Lang } from "../lib/site/format.ts";
import { textIn, type Text } from "../lib/model.ts";
import { en } from "./en.ts";
import { vi, type UiKey } from "./vi.ts";

export const LANGS: readonly Lang[] = ["vi", "en"];

/** The UI string for a key, with {placeholders} filled in. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  const template: string = lang === "vi" ? vi[key] : en[key];
  return fillSlots(template, values);
}

/** The URL of a page in a language: Vietnamese unprefixed, English under /en/. */
export function href(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return lang === "vi" ? clean : `/en${clean}`;
}

/** The text of a bilingual field in the page's language (see textIn). */
export function pick(lang: Lang, text: Text): string {
  return textIn(text, lang);
}
