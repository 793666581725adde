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
  server: { host: "127.0.0.1", port: 4321 },
});
