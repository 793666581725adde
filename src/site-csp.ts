/**
 * The Content-Security-Policy of every page: scripts only from the site or
 * inline ones allowed by their SHA-256 hash; images, fonts and requests only
 * from the site. Styles are written here as 'unsafe-inline' only because a
 * layout cannot know the page's styles; after the build, src/lib/csp-styles.ts
 * replaces that with the hashes of the styles each page has.
 */
import { createHash } from "node:crypto";

export interface InlineScript {
  code: string;
  hash: string;
}

export function inlineScript(code: string): InlineScript {
  return { code, hash: `'sha256-${createHash("sha256").update(code).digest("base64")}'` };
}

/** `wasm`: the search page runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (no other page gets it). */
export function cspContent(scripts: readonly InlineScript[], options: { wasm?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ""} ${scripts.map((s) => s.hash).join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Fills this site's address into the embed codes (which cannot know it at build time). */
export const EMBED_ORIGIN_SCRIPT = inlineScript(
  'document.querySelectorAll("textarea[data-embed]").forEach(function (t) { t.value = t.value.split(\'src="/\').join(\'src="\' + location.origin + "/"); }); document.querySelectorAll("input[data-embed-link]").forEach(function (i) { if (i.value.charAt(0) === "/") i.value = location.origin + i.value; });',
);

/** Embed pages: ?plain=1 and ?theme=, then the page's height to the host page. */
export const EMBED_PAGE_SCRIPT = inlineScript(
  '(function () { var q = new URLSearchParams(location.search), d = document.documentElement; if (q.get("plain") === "1") d.classList.add("plain"); var theme = q.get("theme"); if (theme === "dark" || theme === "light") d.setAttribute("data-theme", theme); function post() { if (parent !== window) parent.postMessage({ type: "vngt:height", height: Math.ceil(d.getBoundingClientRect().height) }, "*"); } addEventListener("load", post); addEventListener("resize", post); if (window.ResizeObserver) new ResizeObserver(post).observe(d); })();',
);
