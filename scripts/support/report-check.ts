/**
 * The report check as the command line runs it (check-report, take-report):
 * the data folder built, the check's context cut from it (the same context
 * the "Send a report" page fetches), the file checked, and the reply in
 * Vietnamese, then in English.
 */
import { replyIn } from "../../src/i18n/report-check.ts";
import type { Dataset } from "../../src/lib/model.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { checkReport, reportContext, type ReportCheck } from "../../src/lib/steps/report-check.ts";
import { readDataFolder } from "../data-folder.ts";

export interface ReportRun {
  /** The reply in both languages, ending with a line break. */
  reply: string;
  /** 0 accepted, 1 refused, 2 the site's own data do not build. */
  code: 0 | 1 | 2;
  result: ReportCheck | null;
  dataset: Dataset | null;
}

export function runReportCheck(
  file: { bytes: Uint8Array; size: number },
  name: string,
  dataDir?: string,
  today = new Date().toISOString().slice(0, 10),
): ReportRun {
  const built = buildDataset(readDataFolder(dataDir));
  if (!built.ok) {
    return {
      reply: "Dữ liệu của trang có lỗi; chạy npm run build:data để xem.\nThe site's own data has problems: run npm run build:data.\n",
      code: 2,
      result: null,
      dataset: null,
    };
  }
  const { reply, result } = commandReply(built.dataset, file, name, today);
  return { reply, code: result.ok ? 0 : 1, result, dataset: built.dataset };
}

/** The check and its reply, both halves, on a built dataset. */
export function commandReply(dataset: Dataset, file: { bytes: Uint8Array; size: number }, name: string, today: string): { reply: string; result: ReportCheck } {
  const context = reportContext(dataset);
  const result = checkReport(context, file.bytes, today, file.size);
  return { reply: `${replyIn(result, context, name, "vi")}\n\n${replyIn(result, context, name, "en")}\n`, result };
}
