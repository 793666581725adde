/**
 * npm run check-report <file.csv> — checks a filled reporting template
 * (/data/plans/<id>-template.csv) against the data, and answers in
 * Vietnamese and in English: every problem found (line, column, what was
 * found, what was expected), or the verdicts the figures would change.
 * Exits 1 when the file has a problem, 2 when it cannot be read.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { replyIn } from "../src/i18n/report-check.ts";
import { buildDataset } from "../src/lib/steps/index.ts";
import { checkReport } from "../src/lib/steps/report-check.ts";
import { readDataFolder, sha256 } from "./data-folder.ts";

const path = process.argv[2];
if (!path) {
  process.stderr.write("usage: npm run check-report <file.csv>\n(cách dùng: npm run check-report <tệp.csv>)\n");
  process.exit(2);
}
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(path));
} catch (error) {
  process.stderr.write(`Không đọc được tệp / cannot read the file: ${path} (${error instanceof Error ? error.message : String(error)})\n`);
  process.exit(2);
}
const input = readDataFolder(process.env["DATA_DIR"]);
const built = buildDataset(input);
if (!built.ok) {
  process.stderr.write("Dữ liệu của trang có lỗi; chạy npm run build:data để xem. / The site's own data has problems: run npm run build:data.\n");
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const result = checkReport(input, built.dataset, { bytes, sha256: sha256(bytes) }, today, (b) => sha256(b));
const name = basename(path);
process.stdout.write(`${replyIn(result, built.dataset, name, "vi")}\n\n${replyIn(result, built.dataset, name, "en")}\n`);
process.exit(result.ok ? 0 : 1);
