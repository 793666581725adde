/**
 * npm run build:data — reads the data folder (DATA_DIR, default "data"),
 * builds the dataset with src/lib/pipeline.ts and writes:
 *   src/generated/dataset.json   read by the pages
 *   public/data/…                CSV, JSON and datapackage.json for people to download
 * On any problem it prints one report and exits 1, leaving the previous
 * output untouched (new output is written beside it, then swapped in).
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { buildDataset } from "../src/lib/steps/index.ts";
import { diffReleases, readReleasedValues, type Change } from "../src/lib/publish/changelog.ts";
import { buildDownloads } from "../src/lib/publish/downloads.ts";
import type { Dataset } from "../src/lib/model.ts";
import { formatProblemReport } from "../src/lib/problems.ts";
import { readDataFolder } from "./data-folder.ts";

const root = resolve(import.meta.dirname, "..");
const dataDir = resolve(root, process.env["DATA_DIR"] ?? "data");

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

/**
 * The previous release's observations, kept as published under
 * data/releases/<version>/observations.csv, against which the change log is made.
 * None before the first release: the change log is then empty.
 */
function changesSincePreviousRelease(dataset: Dataset): { version: string | null; changes: Change[] } {
  const releases = join(dataDir, "releases");
  let versions: string[] = [];
  try {
    versions = readdirSync(releases)
      .filter((v) => v !== dataset.release.version)
      .sort();
  } catch {
    return { version: null, changes: [] };
  }
  const latest = versions.at(-1);
  if (!latest) return { version: null, changes: [] };
  const { values, problems } = readReleasedValues(readFileSync(join(releases, latest, "observations.csv"), "utf8"), `releases/${latest}/observations.csv`);
  if (problems.length > 0) {
    process.stderr.write(`build:data — ${dataDir}\n${formatProblemReport(problems)}\n`);
    process.exit(1);
  }
  return { version: latest, changes: diffReleases(values, dataset.observations) };
}

const started = performance.now();
const input = readDataFolder(dataDir);

const result = buildDataset(input);
if (!result.ok) {
  process.stderr.write(`build:data — ${dataDir}\n${formatProblemReport(result.problems)}\n`);
  process.exit(1);
}
const { dataset } = result;
const since = changesSincePreviousRelease(dataset);
// The pages say what changed since which release; the change log itself is a download.
if (since.version) dataset.release.previous = { version: since.version, changes: since.changes.length };
swapInFolder(join(root, "src/generated"), new Map([["dataset.json", JSON.stringify(dataset, null, 1) + "\n"]]));
const downloads = buildDownloads(dataset, since.changes, process.env["SITE_URL"] ?? null);
downloads.set("CITATION.cff", readFileSync(join(root, "CITATION.cff"), "utf8"));
swapInFolder(join(root, "public/data"), downloads);
process.stderr.write(
  `build:data — ${input.length} files from ${relative(root, dataDir) || "."}: ${dataset.areas.length} areas, ${dataset.indicators.length} indicators, ` +
    `${dataset.observations.length} observations (${dataset.setAside.length} rows set aside), ${dataset.plans.length} plans, ${dataset.targets.length} targets ` +
    `in ${Math.round(performance.now() - started)} ms\n`,
);
