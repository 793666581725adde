import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../support/data-files.ts";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const generated = join(root, "src/generated/dataset.json");

describe("scripts/build-data.ts", () => {
  it("writes byte-identical output twice, and keeps the last good output when the input is bad", () => {
    execFileSync(tsx, ["scripts/build-data.ts"], { cwd: root, stdio: "pipe" });
    const first = readFileSync(generated);
    execFileSync(tsx, ["scripts/build-data.ts"], { cwd: root, stdio: "pipe" });
    expect(readFileSync(generated).equals(first)).toBe(true);

    const bad = mkdtempSync(join(tmpdir(), "bad-data-"));
    cpSync(DATA_DIR, bad, { recursive: true });
    const indicators = join(bad, "indicators.csv");
    writeFileSync(indicators, readFileSync(indicators, "utf8").replace(",percent,%,%,higher,2,legislature,", ",percent,%,%,upwards,2,legislature,"));
    const run = spawnSync(tsx, ["scripts/build-data.ts"], { cwd: root, env: { ...process.env, DATA_DIR: bad }, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("1 problem in the input data; nothing was written.");
    expect(run.stderr).toContain('indicators.csv:2 [better]: found "upwards", expected');
    expect(readFileSync(generated).equals(first)).toBe(true);
  });
});
