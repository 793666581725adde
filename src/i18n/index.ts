import type { Lang } from "../lib/format.ts";
import { en } from "./en.ts";
import { vi, type UiKey } from "./vi.ts";

export const LANGS: readonly Lang[] = ["vi", "en"];

/** The UI string for a key, with {placeholders} filled in. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  const template: string = lang === "vi" ? vi[key] : en[key];
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The URL of a page in a language: Vietnamese unprefixed, English under /en/. */
export function href(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return lang === "vi" ? clean : `/en${clean}`;
}

/** Pick the text of a bilingual field, falling back to Vietnamese. */
export function pick(lang: Lang, text: { vi: string; en: string }): string {
  return lang === "en" && text.en !== "" ? text.en : text.vi;
}
