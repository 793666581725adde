// @ts-check
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { withHashedStyles } from "./src/lib/publish/csp-styles.ts";
import { withLateCode } from "./src/lib/publish/late-code.ts";
import { REDIRECTS, headersFile, pagePathOf, sitemapXml } from "./src/lib/publish/deploy.ts";

/** After the build, every page's policy allows exactly the styles it has (src/lib/publish/csp-styles.ts), and code a page needs only once a reader acts waits in its template (src/lib/publish/late-code.ts). */
const hashPageStyles = {
  name: "hash-page-styles",
  hooks: {
    /** @param {{ dir: URL }} options */
    "astro:build:done": ({ dir }) => {
      const root = fileURLToPath(dir);
      /** @type {string[]} */
      const pages = [];
      for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" })) {
        if (!entry.endsWith(".html")) continue;
        const page = pagePathOf(entry);
        if (page) pages.push(page);
        const path = join(root, entry);
        const html = readFileSync(path, "utf8");
        const hashed = withHashedStyles(withLateCode(html, entry));
        if (hashed !== html) writeFileSync(path, hashed);
      }
      // What the host must send (src/lib/deploy.ts; the README's Deploy section).
      writeFileSync(join(root, "_headers"), headersFile());
      writeFileSync(join(root, "_redirects"), REDIRECTS);
      // Every page, commitments included (src/lib/publish/deploy.ts); absolute when SITE_URL names the address.
      writeFileSync(join(root, "sitemap.xml"), sitemapXml(pages, (process.env.SITE_URL ?? "").replace(/\/$/u, "")));
      // A robots.txt names its sitemap only by an absolute address.
      writeFileSync(
        join(root, "robots.txt"),
        `User-agent: *\nAllow: /\n${process.env.SITE_URL ? `Sitemap: ${new URL("/sitemap.xml", process.env.SITE_URL).href}\n` : ""}`,
      );
    },
  },
};

export default defineConfig({
  // The public address, for absolute social-preview URLs; set SITE_URL when deploying.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: "static",
  integrations: [hashPageStyles],
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  i18n: {
    defaultLocale: "vi",
    locales: ["vi", "en"],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // No script is inlined by the bundler: the Content-Security-Policy allows scripts from the site and hashed inline ones only.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: "127.0.0.1", port: 4321 },
});
