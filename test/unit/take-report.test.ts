/**
 * npm run take-report, end to end on a copy of the data folder: a report
 * checked, taken in as sent (its SHA-256 matching the message's), the data
 * built with it, and the verdict on its commitment changed, as reported; a
 * report received after the release held for the next one; a file whose
 * SHA-256 differs from the message's, or that the check refuses, never taken in.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDownloads } from "../../src/lib/publish/downloads.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { DATA_DIR, readDataFolder, sha256 } from "../support/data-files.ts";
import { PLAN, REPORT, filled, templateOf } from "../support/report-files.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const built = buildDataset(readDataFolder());
if (!built.ok) throw new Error("the data do not build");
const report = filled(templateOf(built.dataset), { 2: { value: "65", period: "2025", ...REPORT } });
// The release of data/release.csv: a report received on or before its date goes into it, a later one waits.
const { version, date } = built.dataset.release;
const dayAfter = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function setUp(text = report): { data: string; file: string; hash: string } {
  const dir = mkdtempSync(join(tmpdir(), "take-report-"));
  const data = join(dir, "data");
  cpSync(DATA_DIR, data, { recursive: true });
  const file = join(dir, "bao-cao.csv");
  writeFileSync(file, text);
  return { data, file, hash: sha256(readFileSync(file)) };
}
const run = (script: string, args: string[], data: string) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATA_DIR: data } });

describe("a report from check to the commitment's verdict", () => {
  it("checked, taken in as sent, built: the commitment is achieved, as reported, and the figure is in /data/reported.csv", () => {
    const { data, file, hash } = setUp();
    expect(run("scripts/check-report.ts", [file], data).status).toBe(0);
    const taken = run("scripts/take-report.ts", [file, "--sha256", hash, "--received", "2026-12-01"], data);
    expect(taken.stderr).toBe("");
    expect(taken.status).toBe(0);
    const id = `report-${PLAN}-${hash.slice(0, 8)}`;
    expect(taken.stdout).toContain(`Taken in: data/sources/${id}/report.csv`);
    expect(taken.stdout).toContain(`Goes into release ${version} (${date})`);
    expect(taken.stdout).toContain(`${PLAN}-1 (binh-dinh): not-reported/none → achieved/reported`);
    expect(readFileSync(join(data, "sources", id, "report.csv"), "utf8")).toBe(report);
    const after = buildDataset(readDataFolder(data));
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    expect(after.dataset.assessments.find((a) => a.targetId === `${PLAN}-1` && a.areaId === "binh-dinh")).toMatchObject({
      status: "achieved",
      evidence: "reported",
    });
    expect(buildDownloads(after.dataset).get("reported.csv")).toContain(REPORT.document);
    // The same file again is not taken in twice.
    expect(run("scripts/take-report.ts", [file, "--sha256", hash, "--received", "2026-12-01"], data).status).toBe(1);
  }, 120_000);
  it("received after the release: stored, held for the next release, no verdict changed", () => {
    const { data, file, hash } = setUp();
    const taken = run("scripts/take-report.ts", [file, "--sha256", hash, "--received", dayAfter], data);
    expect(taken.status).toBe(0);
    expect(taken.stdout).toContain("held for the next release");
    expect(taken.stdout).toContain("No verdict changed.");
    const after = buildDataset(readDataFolder(data));
    expect(after.ok && after.dataset.setAside.some((s) => s.reason.includes(`received ${dayAfter}, after the release (${date})`))).toBe(true);
  }, 120_000);
  it("a SHA-256 other than the message's, or a file the check refuses: nothing taken in", () => {
    const { data, file } = setUp();
    const wrong = run("scripts/take-report.ts", [file, "--sha256", "0".repeat(64)], data);
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain("not the file that was checked and sent");
    const bad = setUp(filled(templateOf(built.dataset), { 2: { value: "130", period: "2025", ...REPORT } }));
    const refused = run("scripts/take-report.ts", [bad.file, "--sha256", bad.hash], bad.data);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("nothing was taken in");
    expect(existsSync(join(bad.data, "sources", `report-${PLAN}-${bad.hash.slice(0, 8)}`))).toBe(false);
  }, 120_000);
});
