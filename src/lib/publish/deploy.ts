/**
 * What the host must send: HTTP headers (the `_headers` format Netlify and
 * Cloudflare Pages read) and the per-language 404 rule (`_redirects`).
 * A meta tag cannot say who may frame a page, so `frame-ancestors` lives
 * here; the rest of each page's policy (its script and style hashes) stays in
 * its meta tag, and a browser enforces both. The same rules are written for
 * nginx and Caddy in the README's Deploy section, and the end-to-end tests
 * serve the site with these headers and check them.
 */

export interface HeaderRule {
  /** A path pattern: `*` matches the rest of the path. */
  path: string;
  headers: [string, string][];
}

const YEAR = 31536000;

export const HEADER_RULES: readonly HeaderRule[] = [
  {
    path: "/*",
    headers: [
      ["Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"],
      ["X-Content-Type-Options", "nosniff"],
      ["Referrer-Policy", "strict-origin-when-cross-origin"],
      ["Cache-Control", "public, max-age=600, must-revalidate"],
    ],
  },
  // Embeds are made to be framed by any page.
  { path: "/embed/*", headers: [["Content-Security-Policy", "frame-ancestors *; object-src 'none'; base-uri 'self'"]] },
  { path: "/en/embed/*", headers: [["Content-Security-Policy", "frame-ancestors *; object-src 'none'; base-uri 'self'"]] },
  // Hashed assets never change under their name.
  { path: "/_astro/*", headers: [["Cache-Control", `public, max-age=${YEAR}, immutable`]] },
  // The font files keep their names when a release adds characters to them: a day, then asked again.
  { path: "/fonts/*", headers: [["Cache-Control", "public, max-age=86400, must-revalidate"]] },
  // Data and chart files change with each release: an hour.
  { path: "/data/*", headers: [["Cache-Control", "public, max-age=3600, must-revalidate"]] },
  { path: "/charts/*", headers: [["Cache-Control", "public, max-age=3600, must-revalidate"]] },
  // The search index is rebuilt with each release.
  { path: "/pagefind/*", headers: [["Cache-Control", "public, max-age=3600, must-revalidate"]] },
  { path: "/en/charts/*", headers: [["Cache-Control", "public, max-age=3600, must-revalidate"]] },
];

/** True when `path` falls under `pattern` ("/embed/*" covers "/embed/x/"). */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * The headers a path gets: every rule that matches, later rules overriding
 * earlier ones header by header (as Cloudflare Pages and Netlify resolve a
 * more specific rule over `/*`).
 */
export function headersFor(path: string, rules: readonly HeaderRule[] = HEADER_RULES): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) if (pathMatches(rule.path, path)) for (const [name, value] of rule.headers) out.set(name, value);
  return out;
}

/** The `_headers` file. */
export function headersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  return rules.map((r) => `${r.path}\n${r.headers.map(([n, v]) => `  ${n}: ${v}`).join("\n")}\n`).join("\n");
}

/** The `_redirects` file: an English page that does not exist answers with the English 404 page. */
export const REDIRECTS = "/en/* /en/404/index.html 404\n";

/**
 * The sitemap of every page readers and search engines should find: each
 * built page's address (embeds, which are noindex, and the 404 pages left
 * out), absolute where the deploy names its origin (SITE_URL).
 */
export function sitemapXml(pagePaths: readonly string[], origin: string): string {
  const escape = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;");
  const urls = [...pagePaths]
    .filter((p) => !/^\/(en\/)?(embed|404)\//u.test(p) && p !== "/404.html")
    .sort()
    .map((p) => `  <url><loc>${escape(`${origin}${p}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** A built file's page address: "plans/x/index.html" → "/plans/x/"; null for a file that is not a page. */
export function pagePathOf(file: string): string | null {
  const path = file.split("\\").join("/");
  if (path === "index.html") return "/";
  return path.endsWith("/index.html") ? `/${path.slice(0, -"index.html".length)}` : null;
}
