/**
 * Moves a page's bundled module script into the `<template data-late-code>`
 * placed just before it, so that the browser does not fetch it while the page
 * loads: LATE_CODE_SCRIPT (src/site-csp.ts) adds it once a reader acts or the
 * page has loaded. Astro renders a processed `<script>` where it is written as
 * `<script type="module" src="/_astro/…">`; a template that is not followed
 * by one is a mistake in the page and stops the build. Runs on every HTML file
 * after the build (astro.config.mjs); `astro dev` loads the code at once.
 */
const TEMPLATE = /<template data-late-code="([^"]+)"><\/template>/gu;
const MODULE_SCRIPT = /^\s*(<script type="module" src="[^"]+"><\/script>)/u;

export function withLateCode(html: string, file: string): string {
  let out = "";
  let from = 0;
  for (const m of html.matchAll(TEMPLATE)) {
    const end = m.index + m[0].length;
    const script = MODULE_SCRIPT.exec(html.slice(end));
    if (!script?.[1]) {
      const line = html.slice(0, m.index).split("\n").length;
      throw new Error(
        `${file}, line ${line}: found <template data-late-code="${m[1] ?? ""}"> followed by ${JSON.stringify(html.slice(end, end + 60))}; expected the page's bundled <script type="module" src="…"> right after it`,
      );
    }
    out += `${html.slice(from, m.index)}<template data-late-code="${m[1] ?? ""}">${script[1]}</template>`;
    from = end + script[0].length;
  }
  return from === 0 ? html : out + html.slice(from);
}
