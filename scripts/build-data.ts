/**
 * npm run build:data — reads the data folder (DATA_DIR, default "data"),
 * builds the dataset with src/lib/pipeline.ts and writes:
 *   src/generated/dataset.json   read by the pages
 *   public/downloads/…           CSV and JSON for people to download
 * On any problem it prints one report and exits 1, leaving the previous
 * output untouched (new output is written beside it, then swapped in).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { buildDownloads } from "../src/lib/downloads.ts";
import { buildDataset, type InputFile } from "../src/lib/pipeline.ts";
import { formatProblemReport } from "../src/lib/problems.ts";

const root = resolve(import.meta.dirname, "..");
const dataDir = resolve(root, process.env["DATA_DIR"] ?? "data");

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** Writes a folder of files next to `target`, then replaces `target` with it in one rename. */
function swapInFolder(target: string, files: ReadonlyMap<string, string>): void {
  const staging = `${target}.new`;
  rmSync(staging, { recursive: true, force: true });
  for (const [path, text] of files) {
    const full = join(staging, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(target, old);
  } catch {
    // no previous output
  }
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

const started = performance.now();
const input: InputFile[] = listFiles(dataDir)
  .filter((path) => /\.(csv|md|txt)$/u.test(path) && relative(dataDir, path) !== "README.md")
  .map((path) => {
    const bytes = readFileSync(path);
    return { path: relative(dataDir, path).split("\\").join("/"), text: bytes.toString("utf8"), sha256: createHash("sha256").update(bytes).digest("hex") };
  });

const result = buildDataset(input);
if (!result.ok) {
  process.stderr.write(`build:data — ${dataDir}\n${formatProblemReport(result.problems)}\n`);
  process.exit(1);
}
const { dataset } = result;
swapInFolder(join(root, "src/generated"), new Map([["dataset.json", JSON.stringify(dataset, null, 1) + "\n"]]));
swapInFolder(join(root, "public/downloads"), buildDownloads(dataset));
process.stderr.write(
  `build:data — ${input.length} files from ${relative(root, dataDir) || "."}: ${dataset.areas.length} areas, ${dataset.indicators.length} indicators, ` +
    `${dataset.observations.length} observations (${dataset.setAside.length} rows set aside), ${dataset.plans.length} plans, ${dataset.targets.length} targets ` +
    `in ${Math.round(performance.now() - started)} ms\n`,
);
