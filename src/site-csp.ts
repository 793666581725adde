/**
 * The Content-Security-Policy of every page: scripts only from the site or
 * inline ones allowed by their SHA-256 hash; images, fonts and requests only
 * from the site. Styles are written here as 'unsafe-inline' only because a
 * layout cannot know the page's styles; after the build, src/lib/csp-styles.ts
 * replaces that with the hashes of the styles each page has.
 */
import { createHash } from "node:crypto";
import { FONT_FAMILY, FONT_WEIGHTS } from "./lib/publish/fonts.ts";

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

/**
 * The web font, asked for once the largest paint has happened (or, where the
 * browser cannot tell, in the first frame after the load event): the text
 * paints at once in the fallback, whose metrics fontFaceCss sets to the
 * font's so nothing moves, and the font is never on the path to the largest
 * paint. Later pages find the files in the HTTP cache. Every weight is added
 * in the same task once all have loaded, so the page is laid out again once,
 * not once per file (each relayout of a long page is a long task on a phone).
 */
export const FONT_SCRIPT = inlineScript(
  `(function () { if (!("fonts" in document) || typeof FontFace !== "function") return; var done = false; function go() { if (done) return; done = true; var faces = ${JSON.stringify(
    FONT_WEIGHTS.map((w) => [String(w), `/fonts/be-vietnam-pro-${w}.woff2`]),
  )}.map(function (f) { var face = new FontFace(${JSON.stringify(FONT_FAMILY)}, "url(" + f[1] + ") format('woff2')", { weight: f[0], display: "swap" }); return face.load().then(function () { return face; }, function () { return null; }); }); Promise.all(faces).then(function (loaded) { loaded.forEach(function (face) { if (face) document.fonts.add(face); }); }); } var watching = false; try { if (PerformanceObserver.supportedEntryTypes.indexOf("largest-contentful-paint") >= 0) { var seen = new PerformanceObserver(function () { seen.disconnect(); setTimeout(go, 0); }); seen.observe({ type: "largest-contentful-paint", buffered: true }); watching = true; } } catch (e) {} function afterLoad() { if (watching) setTimeout(go, 3000); else requestAnimationFrame(function () { setTimeout(go, 0); }); } if (document.readyState === "complete") afterLoad(); else addEventListener("load", afterLoad); })();`,
);

/**
 * Code a page needs only once a reader acts (redrawing compare's views, sorting
 * the status tables): a `<template data-late-code="ID">` holds its script tags,
 * added to the page at the first focus, tap or key in element ID, or a second
 * after the load event, never before the page has painted (on a phone each
 * script fetched before the largest paint delays it). A change or a button's
 * click made before the code has run is played again once it has, and the
 * element is marked `data-late-events` meanwhile so the code knows one is coming.
 */
export const LATE_CODE_SCRIPT = inlineScript(
  '(function () { document.querySelectorAll("template[data-late-code]").forEach(function (code) { var root = document.getElementById(code.getAttribute("data-late-code")) || document.body; var started = false, ready = false, missed = []; function start() { if (started) return; started = true; var part = document.importNode(code.content, true); var scripts = part.querySelectorAll("script"), left = scripts.length; function done() { left -= 1; if (left > 0) return; ready = true; root.removeAttribute("data-late-events"); missed.forEach(function (m) { if (m.type === "click") m.target.click(); else m.target.dispatchEvent(new Event(m.type, { bubbles: true })); }); missed = []; } scripts.forEach(function (s) { s.addEventListener("load", done); s.addEventListener("error", done); }); document.body.appendChild(part); } ["focusin", "pointerdown", "keydown"].forEach(function (type) { root.addEventListener(type, start, { capture: true, passive: true }); }); ["change", "click"].forEach(function (type) { root.addEventListener(type, function (event) { if (ready) return; var target = type === "click" ? event.target.closest && event.target.closest("button") : event.target; if (!target) return; missed.push({ type: type, target: target }); root.setAttribute("data-late-events", ""); start(); }, true); }); function later() { setTimeout(start, 1000); } if (location.search || location.hash) start(); else if (document.readyState === "complete") later(); else addEventListener("load", later); }); })();',
);

/** Plan pages: a link into a folded group opens the group (browsers that do not do so themselves), on arrival and on every change of the address's #. */
export const OPEN_FOLDED_TARGET_SCRIPT = inlineScript(
  '(function () { function open() { var id = decodeURIComponent(location.hash.slice(1)); var target = id ? document.getElementById(id) : null; var details = target && target.closest("details"); if (details && !details.open) details.open = true; if (target) target.scrollIntoView({ block: "start" }); } open(); addEventListener("hashchange", open); })();',
);

/**
 * The one 404.html most static hosts serve for every missing address is the
 * Vietnamese one; on an English address it opens the English 404 instead
 * (without a script the page still says the way home in both languages).
 */
export const ENGLISH_404_SCRIPT = inlineScript(
  'if (/^\\/en(\\/|$)/.test(location.pathname) && document.documentElement.lang !== "en") location.replace("/en/404/");',
);
