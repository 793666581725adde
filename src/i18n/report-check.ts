/**
 * The reply of `npm run check-report`, in Vietnamese and in English: each
 * problem a filled template can have, and what the figures would change.
 * The codes come from src/lib/steps/report-check.ts.
 */
import type { ReportCheck, ReportProblem, ReportProblemCode } from "../lib/steps/report-check.ts";
import type { Lang } from "../lib/site/format.ts";
import type { Dataset } from "../lib/model.ts";
import { STATUS_KEYS } from "./status.ts";
import { t } from "./index.ts";

type Words = Record<Lang, string>;

/** What a problem expected, in each language; {placeholders} are the problem's params. */
const EXPECTED: Record<ReportProblemCode, Words> = {
  encoding: {
    vi: "tệp CSV lưu bằng mã UTF-8 (trong Excel: Lưu thành › CSV UTF-8){detected}",
    en: "a CSV file saved as UTF-8 (in Excel: Save as › CSV UTF-8){detected}",
  },
  csv: {
    vi: "một tệp CSV đúng định dạng: mỗi dòng cùng số cột với dòng tiêu đề ({detail})",
    en: "a well-formed CSV file: each row as many fields as the header ({detail})",
  },
  "missing-column": { vi: "cột “{column}” của mẫu (giữ nguyên các cột của mẫu)", en: "the template's column \"{column}\" (keep the template's columns)" },
  "no-rows": { vi: "ít nhất một dòng có giá trị", en: "at least one row with a value" },
  "unknown-target": { vi: "mã cam kết của mẫu, giữ nguyên{suggestion}", en: "a commitment id from the template, kept as it is{suggestion}" },
  "not-administrative": {
    vi: "một cam kết chỉ đo được qua báo cáo hành chính (cam kết này đã có số liệu thống kê công bố)",
    en: "a commitment only administrative reports can measure (this one has a published statistic)",
  },
  "wrong-unit": { vi: "đơn vị của cam kết, “{unit}”", en: 'the commitment\'s unit, "{unit}"' },
  "bad-period": { vi: "một năm (2024) hoặc một nhiệm kỳ (2021-2026)", en: "a year (2024) or a term (2021-2026)" },
  "period-after-release": { vi: "một kỳ không muộn hơn năm {year}", en: "a period no later than {year}" },
  "unknown-area": { vi: "tên địa bàn như trong mẫu{suggestion}", en: "the area's name as in the template{suggestion}" },
  "bad-number": { vi: "một con số, ví dụ 35 hoặc 35,5 (không kèm chữ)", en: "a number such as 35 or 35.5 (no words)" },
  "percent-range": { vi: "một tỷ lệ phần trăm từ 0 đến 100", en: "a percentage from 0 to 100" },
  "action-value": { vi: "1 nếu việc đã được thực hiện trong kỳ, 0 nếu chưa", en: "1 if it was done in the period, 0 if not" },
  negative: { vi: "một số không âm", en: "a number of zero or more" },
  "needs-document": { vi: "tên và số hiệu của báo cáo, cho dòng có giá trị", en: "the report's title and number, for a row with a value" },
  "needs-publisher": { vi: "cơ quan ban hành báo cáo, cho dòng có giá trị", en: "the body that wrote the report, for a row with a value" },
  "bad-date": { vi: "ngày của báo cáo viết dạng 2025-11-30", en: "the report's date written 2025-11-30" },
  "date-in-future": { vi: "ngày không muộn hơn hôm nay ({today})", en: "a date no later than today ({today})" },
  "bad-url": { vi: "địa chỉ web bắt đầu bằng http:// hoặc https://, hoặc để trống", en: "a web address starting http:// or https://, or empty" },
  "unsafe-text": {
    vi: "chữ không có thẻ HTML (<…>) và không phải công thức bảng tính (ô bắt đầu bằng =, @, + hoặc -)",
    en: "text without HTML tags (<…>) and not a spreadsheet formula (a cell starting with =, @, + or -)",
  },
  "duplicate-row": { vi: "mỗi cam kết, kỳ và địa bàn một dòng (đã có ở dòng {line})", en: "one row per commitment, period and area (already on line {line})" },
  build: { vi: "điều bản dựng của trang chấp nhận — chi tiết (tiếng Anh): {detail}", en: "what the site's build accepts: {detail}" },
};

/** What is wrong with the bytes, after the expectation: UTF-16 saved without its mark, or bytes that are not UTF-8. */
const ENCODING_WORDS: Record<"utf16" | "other", Words> = {
  utf16: { vi: "; tệp đang là {detected} không có dấu BOM", en: "; this file is {detected} without a byte-order mark" },
  other: { vi: "; tệp có byte không đọc được bằng UTF-8 (có thể là Windows-1258)", en: "; this file has bytes that are not UTF-8 (Windows-1258, perhaps)" },
};

const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/gu, (_, name: string) => params[name] ?? "");

/** One problem as a line of the reply: "Dòng 4, cột value: thấy "abc"; cần …". */
export function problemLine(p: ReportProblem, lang: Lang): string {
  const params = { ...p.params };
  if (params["suggestion"]) params["suggestion"] = lang === "vi" ? ` (có phải “${params["suggestion"]}”?)` : ` (did you mean "${params["suggestion"]}"?)`;
  if (p.code === "encoding") {
    const words = params["detected"] ? ENCODING_WORDS.utf16 : ENCODING_WORDS.other;
    params["detected"] = fill(words[lang], { detected: params["detected"] ?? "" });
  }
  const where = p.line > 0 ? t(lang, "checkWhere", { line: p.line, column: p.column || "—" }) : t(lang, "checkWhereFile");
  return t(lang, "checkProblem", { where, found: p.found, expected: fill(EXPECTED[p.code][lang], params) });
}

/** The whole reply in one language. */
export function replyIn(result: ReportCheck, dataset: Dataset, file: string, lang: Lang): string {
  const lines = [t(lang, "checkHeading", { file })];
  if (!result.ok) {
    lines.push(t(lang, "checkProblems", { n: result.problems.length }));
    for (const p of result.problems) lines.push(`  ${problemLine(p, lang)}`);
    return lines.join("\n");
  }
  lines.push(t(lang, "checkValid", { n: result.figures }));
  if (result.changes.length === 0) lines.push(`  ${t(lang, "checkNoChange")}`);
  const word = (s: { status: keyof typeof STATUS_KEYS; evidence: string }) =>
    `${t(lang, STATUS_KEYS[s.status])}${s.evidence === "reported" ? ` · ${t(lang, "evidenceReported")}` : s.evidence === "proxy" ? ` · ${t(lang, "evidenceProxy")}` : ""}`;
  for (const c of result.changes) {
    const area = dataset.areas.find((a) => a.id === c.areaId)?.name.vi ?? c.areaId;
    const target = dataset.targets.find((tg) => tg.id === c.targetId);
    lines.push(
      `  ${c.targetId} (${area}${target?.section ? `, ${t(lang, "section")} ${target.section}` : ""}): ${c.before ? word(c.before) : "—"} → ${word(c.after)}`,
    );
  }
  lines.push(t(lang, "checkShownAs"));
  return lines.join("\n");
}
