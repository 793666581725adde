/**
 * The reply of `npm run check-report`, in Vietnamese and in English: each
 * problem a filled template can have, and what the figures would change.
 * The codes come from src/lib/steps/report-check.ts.
 */
import type { ReportCheck, ReportProblem, ReportProblemCode } from "../lib/steps/report-check.ts";
import { fillSlots, type Lang } from "../lib/site/format.ts";
import type { Dataset } from "../lib/model.ts";
import { STATUS_KEYS } from "./status.ts";
import { t } from "./index.ts";
import WORDS from "./report-check.json";

type Words = Record<Lang, string>;

/** What a problem expected, in each language ({placeholders} are the problem's params), and what is wrong with the bytes: report-check.json. */
const EXPECTED: Record<ReportProblemCode, Words> = WORDS.expected;
const ENCODING_WORDS: Record<"utf16" | "other", Words> = WORDS.encoding;

const fill = (template: string, params: Record<string, string>) => fillSlots(template, params, "");

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
