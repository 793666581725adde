/**
 * The W3C Nu Html Checker (vnu-jar, run with Java) on one page of every kind
 * in both languages: no errors, and no page whose language it reads as other
 * than its lang attribute says.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";

const dist = resolve(import.meta.dirname, "../../dist");
/** vnu-jar exports the path of vnu.jar (and ships no types). */
const vnu = String(createRequire(import.meta.url)("vnu-jar"));
const KINDS = [
  "index.html",
  "provinces/index.html",
  "provinces/lao-cai/index.html",
  "provinces/lao-cai-truoc-2025/index.html",
  "indicators/index.html",
  "indicators/na_women_share/index.html",
  "plans/index.html",
  "plans/lao-cai-84-kh-ubnd-2017/index.html",
  "sources/index.html",
  "status/index.html",
  "status/63-provinces/index.html",
  "methodology/index.html",
  "compare/index.html",
  "data/index.html",
  "requests/lao-cai-84-kh-ubnd-2017/index.html",
  "missing/index.html",
  "reported/index.html",
  "search/index.html",
  "embed/trend-na_women_share-lao-cai-lao-cai-truoc-2025-yen-bai-viet-nam/index.html",
];

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
}

describe("the W3C Nu Html Checker", () => {
  it("finds no error, and reads every page in the language it declares", () => {
    const files = [...KINDS.map((k) => join(dist, k)), ...KINDS.map((k) => join(dist, "en", k)), join(dist, "404.html"), join(dist, "en/404/index.html")];
    for (const f of files) expect(existsSync(f), f).toBe(true);
    // vnu writes its JSON report to stderr.
    const run = spawnSync("java", ["-jar", vnu, "--format", "json", "--exit-zero-always", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, "java must be installed (Debian: default-jre-headless)").toBeUndefined();
    const report = JSON.parse(run.stderr || "{}") as { messages?: NuMessage[] };
    const messages = report.messages ?? [];
    const shown = (m: NuMessage) => `${m.url.slice(m.url.indexOf("dist/") + 5)}:${m.lastLine ?? ""} ${m.message}`;
    expect(messages.filter((m) => m.type === "error").map(shown)).toEqual([]);
    expect(messages.filter((m) => /appears to be written in/u.test(m.message)).map(shown)).toEqual([]);
  });
});
