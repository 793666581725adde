/**
 * The SOURCE.md of a report taken into the data (npm run take-report): the
 * report's own title, body and address from its accepted rows (cells the
 * check has already bounded and cleared of markup, formulas and hidden
 * characters, and folded to one line), the date it was received and the
 * file's SHA-256, read by the `reported` importer.
 */
import type { ReportCheck } from "./report-check.ts";

type Accepted = Extract<ReportCheck, { ok: true }>;

/** One line of front matter: no line break can end it early. */
const oneLine = (text: string) => text.replace(/\s+/gu, " ").trim();

export function reportSourceMd(id: string, result: Accepted, file: { sha256: string; received: string }): string {
  const title = oneLine(result.report.document);
  const publisher = oneLine(result.report.publisher);
  const url = result.report.url;
  return [
    "---",
    `id: ${id}`,
    `title: ${title}`,
    `title_vi: ${title}`,
    `publisher: ${publisher}`,
    `publisher_vi: ${publisher}`,
    `url: ${url}`,
    `retrieved: ${file.received}`,
    "licence: Administrative document sent by the reporting body; figures as it reported them",
    "licence_vi: Văn bản hành chính do cơ quan báo cáo gửi; số liệu theo báo cáo của cơ quan đó",
    "importer: reported",
    "files: report.csv",
    `sha256: ${file.sha256}`,
    `summary_vi: ${result.figures} số liệu theo báo cáo của ${publisher} về kế hoạch ${result.planId}, nhận ngày ${file.received}, đã kiểm tra bằng npm run check-report.`,
    "---",
    `# ${title}`,
    "",
    `${result.figures} figures reported by ${publisher} on plan ${result.planId}, received on ${file.received} as sent (SHA-256 above),`,
    "checked with `npm run check-report` and taken in with `npm run take-report`. Shown as reported by the body, never as a statistic.",
    "",
  ].join("\n");
}
