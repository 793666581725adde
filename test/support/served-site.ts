/**
 * The built site served on a free port and one headless Chromium, for a
 * test file's whole run: started before its first test, closed after its last.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../scripts/support/browser.ts";
import { serveStatic, type RunningServer } from "../../scripts/support/static-server.ts";

export interface ServedSite {
  server: RunningServer;
  browser: Browser;
}

/** `routes`: extra pages served beside dist/ (a host page that embeds a chart, say). */
export function servedSite(dist: string, routes?: Record<string, string>): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serveStatic(dist, 0, routes);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
