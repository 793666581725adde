// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  // The public address, for absolute social-preview URLs; set SITE_URL when deploying.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: "static",
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
