/**
 * `npm run coverage`: writes the README's coverage table from data/coverage.csv
 * (every unit and term the rules judge, found or not); stops with the file,
 * line and expectation on a bad row.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { coverageTable, readCoverage, withCoverageTable } from "../src/lib/publish/coverage.ts";
import { formatProblem } from "../src/lib/problems.ts";
import * as prettier from "prettier";

const root = join(import.meta.dirname, "..");
const dataDir = process.env["DATA_DIR"] ?? join(root, "data");
const { rows, problems } = readCoverage(readFileSync(join(dataDir, "coverage.csv"), "utf8"));
if (problems.length > 0) {
  process.stderr.write(`${problems.length} problem(s) in coverage.csv; README.md not written.\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`);
  process.exit(1);
}
const readmePath = join(root, "README.md");
const readme = withCoverageTable(readFileSync(readmePath, "utf8"), coverageTable(rows));
// Aligned as prettier aligns it, so that the formatting check passes on the file as written.
const options = await prettier.resolveConfig(readmePath);
writeFileSync(readmePath, await prettier.format(readme, { ...options, filepath: readmePath }));
process.stdout.write(`README.md: coverage table from ${rows.length} cells of data/coverage.csv\n`);
