/**
 * npm run take-report -- <file.csv> --sha256 <hex> [--received YYYY-MM-DD]
 *
 * The maintainers' end of "Send a report": takes a report file as it was sent
 * into the data. The file's SHA-256 must equal the one in the sender's
 * message (the page writes it into the prepared e-mail); the file must pass
 * the same check as npm run check-report. It is then stored unchanged as
 * data/sources/report-<plan>-<first 8 hex of its SHA-256>/report.csv with its
 * SOURCE.md (importer: reported), the data are built with it, and the
 * command prints the verdicts that changed and the release the figures go
 * into: this one when the report was received on or before the release date
 * (data/release.csv), else the next one (the build holds them until then).
 * Exits 0 when taken in, 1 when refused, 2 on a usage error.
 */
import { readFileSync, mkdirSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { buildDataset } from "../src/lib/steps/index.ts";
import { reportSourceMd } from "../src/lib/steps/report-intake.ts";
import { verdictChangesOf } from "../src/lib/steps/report-effects.ts";
import { DATA_DIR, readDataFolder, sha256 } from "./data-folder.ts";
import { runReportCheck } from "./support/report-check.ts";

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function main(): number {
  const path = process.argv[2];
  const expected = argument("--sha256")?.toLowerCase();
  const received = argument("--received") ?? new Date().toISOString().slice(0, 10);
  if (!path || path.startsWith("--") || !expected || !/^[0-9a-f]{64}$/u.test(expected) || !/^\d{4}-\d{2}-\d{2}$/u.test(received)) {
    process.stderr.write("usage: npm run take-report -- <file.csv> --sha256 <64 hex digits from the message> [--received YYYY-MM-DD]\n");
    return 2;
  }
  const dataDir = resolve(process.env["DATA_DIR"] ?? DATA_DIR);
  const bytes = new Uint8Array(readFileSync(path));
  const actual = sha256(bytes);
  if (actual !== expected) {
    process.stdout.write(
      `The file's SHA-256 is ${actual}, not ${expected} as in the message: this is not the file that was checked and sent. Nothing was taken in.\n`,
    );
    return 1;
  }
  const run = runReportCheck({ bytes, size: bytes.length }, basename(path), dataDir);
  process.stdout.write(run.reply);
  if (!run.result?.ok || !run.dataset) {
    process.stdout.write("\nThe file was refused: nothing was taken in.\n");
    return 1;
  }
  const id = `report-${run.result.planId}-${actual.slice(0, 8)}`;
  const folder = join(dataDir, "sources", id);
  if (existsSync(folder)) {
    process.stdout.write(`\ndata/sources/${id} already holds this file: nothing was taken in again.\n`);
    return 1;
  }
  const md = reportSourceMd(id, run.result, { sha256: actual, received });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "report.csv"), bytes);
  writeFileSync(join(folder, "SOURCE.md"), md);
  const after = buildDataset(readDataFolder(dataDir));
  if (!after.ok) {
    rmSync(folder, { recursive: true });
    process.stdout.write(
      `\nThe data do not build with the report; nothing was taken in:\n${after.problems.map((p) => `  ${p.file}:${p.line} [${p.column}]: ${p.expected}`).join("\n")}\n`,
    );
    return 1;
  }
  const release = after.dataset.release;
  const changes = verdictChangesOf(run.dataset.assessments, after.dataset.assessments);
  const held = after.dataset.setAside.filter((s) => s.sourceId === id && s.reason.endsWith("held for the next release"));
  const lines = [
    "",
    `Taken in: data/sources/${id}/report.csv (the file as sent, SHA-256 ${actual}) and its SOURCE.md.`,
    received <= release.date
      ? `Goes into release ${release.version} (${release.date}): run npm run build, and the commitments' pages show the figures.`
      : `Received ${received}, after release ${release.version} (${release.date}): held for the next release. The build lists it as set aside until data/release.csv moves to a later date.`,
    changes.length === 0 ? "No verdict changed." : `${changes.length} verdicts changed:`,
    ...changes.map(
      (c) => `  ${c.targetId} (${c.areaId}): ${c.before ? `${c.before.status}/${c.before.evidence}` : "none"} → ${c.after.status}/${c.after.evidence}`,
    ),
    ...held.map((s) => `  held: line ${s.line}: ${s.reason}`),
    "",
  ];
  process.stdout.write(lines.join("\n"));
  return 0;
}

process.exitCode = main();
