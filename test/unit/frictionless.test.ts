/**
 * The data package as a researcher opens it: with the Frictionless Data
 * library (npm datapackage), the descriptor, every resource read against its
 * Table Schema, and every foreign key resolved. Reads dist/data/ when the
 * site is built (npm test builds first), else the same files written by
 * buildDownloads to a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Package } from "datapackage";
import { describe, expect, it } from "vitest";
import { buildDownloads, BOM, PACKAGE_FOLDER } from "../../src/lib/publish/downloads.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { readDataFolder } from "../support/data-files.ts";

function packageFolder(): string {
  const dist = resolve(import.meta.dirname, "../../dist/data");
  if (existsSync(join(dist, "datapackage.json"))) return dist;
  const built = buildDataset(readDataFolder());
  if (!built.ok) throw new Error("the data do not build");
  const dir = mkdtempSync(join(tmpdir(), "vngt-package-"));
  for (const [path, text] of buildDownloads(built.dataset)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("the data package in the Frictionless library", () => {
  const dir = packageFolder();
  it("loads a valid descriptor, and reads every resource with 0 errors, foreign keys included", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"));
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.length).toBeGreaterThan(200);
    const failures: string[] = [];
    let rows = 0;
    for (const resource of pkg.resources) {
      try {
        rows += (await resource.read({ relations: true, keyed: true })).length;
      } catch (error) {
        const e = error as { message?: string; errors?: { message?: string }[] };
        failures.push(`${resource.name}: ${e.message ?? ""} ${(e.errors ?? []).map((x) => x.message ?? "").join("; ")}`);
      }
    }
    expect(failures).toEqual([]);
    expect(rows).toBeGreaterThan(4000);
  }, 120_000);
  it("declares the specification's encoding, utf-8, for copies without a byte-order mark; the spreadsheet copies keep theirs", () => {
    const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as { resources: { path: string; encoding: string }[] };
    for (const r of descriptor.resources) {
      expect(r.encoding).toBe("utf-8");
      expect(r.path.startsWith(`${PACKAGE_FOLDER}/`)).toBe(true);
      expect(readFileSync(join(dir, r.path), "utf8").startsWith(BOM), r.path).toBe(false);
      expect(readFileSync(join(dir, r.path.slice(PACKAGE_FOLDER.length + 1)), "utf8").startsWith(BOM), r.path).toBe(true);
    }
  });
});
