/**
 * A minimal static file server for the built site (dist/), used by the
 * end-to-end tests and the screenshot script. Only answers on 127.0.0.1.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";
import { headersFor } from "../../src/lib/publish/deploy.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root`; `extra` adds pages that are not in it (a test's host page), by path. */
export async function serveStatic(root: string, port = 0, extra: Record<string, string> = {}): Promise<RunningServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const page = extra[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, { "content-type": TYPES[".html"] ?? "text/html" }).end(page);
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("bad address");
      return;
    }
    let path = normalize(join(base, decoded));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    // The headers a host sends from dist/_headers (src/lib/deploy.ts), so the tests see what readers get.
    const sent = Object.fromEntries(headersFor(url.pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path)) {
      // As dist/_redirects says: English addresses get the English 404 page.
      const english = join(base, "en/404/index.html");
      const notFound = url.pathname.startsWith("/en/") && existsSync(english) ? english : join(base, "404.html");
      res.writeHead(404, { ...sent, "content-type": TYPES[".html"] ?? "text/html" });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("not found");
      return;
    }
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    // Text is sent gzipped when the browser accepts it, as static hosts do, so that weights and Lighthouse see real transfers.
    if (/^(text\/|application\/json|image\/svg)/u.test(type) && /\bgzip\b/u.test(req.headers["accept-encoding"] ?? "")) {
      res.writeHead(200, { ...sent, "content-type": type, "content-encoding": "gzip", vary: "accept-encoding" });
      createReadStream(path).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { ...sent, "content-type": type });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  const { port: actual } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${actual}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
