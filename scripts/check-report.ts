/**
 * npm run check-report <file.csv> — checks a filled reporting template
 * (/data/plans/<id>-template.csv) against the data, and answers in
 * Vietnamese and in English: every problem found (line, column, what was
 * found, what was expected), or what each figure does to its commitment's
 * verdict. Exits 1 when the file has a problem, 2 when it cannot be read.
 *
 * The reply is written whole before the process ends, whatever stdout is (a
 * pipe takes 64 KiB at a time): the exit code is set, never process.exit.
 */
import { readFileSync, statSync } from "node:fs";
import { REPORT_LIMITS } from "../src/lib/steps/report-cells.ts";
import { basename } from "node:path";
import { runReportCheck } from "./support/report-check.ts";

const path = process.argv[2];
if (!path) {
  process.stderr.write("usage: npm run check-report <file.csv>\n(cách dùng: npm run check-report <tệp.csv>)\n");
  process.exitCode = 2;
} else {
  let file: { bytes: Uint8Array; size: number } | null = null;
  try {
    // A file over the limit is refused by its size alone: it is not read.
    const size = statSync(path).size;
    file = { bytes: size > REPORT_LIMITS.bytes ? new Uint8Array(0) : new Uint8Array(readFileSync(path)), size };
  } catch (error) {
    process.stderr.write(`Không đọc được tệp / cannot read the file: ${path} (${error instanceof Error ? error.message : String(error)})\n`);
    process.exitCode = 2;
  }
  if (file) {
    const run = runReportCheck(file, basename(path), process.env["DATA_DIR"]);
    process.stdout.write(run.reply);
    process.exitCode = run.code;
  }
}
