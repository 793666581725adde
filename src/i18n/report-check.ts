/**
 * The reply to a report check (src/lib/steps/report-check.ts), in Vietnamese
 * or in English: each problem with its line, column, what was found and what
 * was expected, or what each figure does to its commitment's verdict. The
 * command line prints both halves; the "Send a report" page shows its own
 * language's. Every cell echoed is shown with its hidden characters named
 * (U+200B) and cut when long, so a reply never carries a control character.
 *
 * Imports no data schema (zod) at run time: the browser bundles it.
 */
import type { Dataset, Evidence, Status } from "../lib/model.ts";
import type { FigureEffect, ReportCheck, ReportProblem, ReportProblemCode } from "../lib/steps/report-check.ts";
import type { EffectKind } from "../lib/steps/report-effects.ts";
import { shown } from "../lib/steps/report-cells.ts";
import { fillSlots, type Lang } from "../lib/site/format.ts";
import { textIn } from "../lib/text.ts";
import { STATUS_KEYS } from "./status-keys.ts";
import { en } from "./en.ts";
import { vi } from "./vi.ts";
import WORDS from "./report-check.json";

type Words = Record<Lang, string>;

/** What a problem expected, in each language ({slots} are the problem's params): report-check.json. */
const EXPECTED: Record<ReportProblemCode, Words> = WORDS.expected;
const ENCODING_WORDS: Record<"utf16" | "other", Words> = WORDS.encoding;
const REPLY: Record<keyof typeof WORDS.reply, Words> = WORDS.reply;
const EFFECT: Record<EffectKind | "none", Words> = WORDS.effect;

const say = (words: Words, lang: Lang, params: Record<string, string | number> = {}) => fillSlots(words[lang], params, "");

/** A cell as a reply echoes it: hidden characters by code point, a long one cut with its length. */
export function echo(text: string, lang: Lang): string {
  const s = shown(text);
  return s.cut ? `${s.text}${say(REPLY.cut, lang, { n: s.length })}` : s.text;
}

/** A place keeps its Vietnamese spelling in English too, the country excepted, as areaName (names.ts) writes it for pages (docs/glossary.md). */
const placeName = (area: Dataset["areas"][number], lang: Lang) => (area.level === "country" ? textIn(area.name, lang) : area.name.vi);

/** A number as the reply writes it: a decimal comma in Vietnamese. */
const num = (value: string | number, lang: Lang) => (lang === "vi" ? String(value).replace(".", ",") : String(value));

/** One problem as a line of the reply: "Dòng 4, cột value: thấy “abc”; cần …". */
export function problemLine(p: ReportProblem, lang: Lang): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(p.params)) params[key] = echo(value, lang);
  if (params["suggestion"]) params["suggestion"] = lang === "vi" ? ` (có phải “${params["suggestion"]}”?)` : ` (did you mean "${params["suggestion"]}"?)`;
  if (p.code === "encoding")
    params["detected"] = say(params["detected"] ? ENCODING_WORDS.utf16 : ENCODING_WORDS.other, lang, { detected: params["detected"] ?? "" });
  const where =
    p.line <= 0
      ? say(REPLY.whereFile, lang)
      : p.column
        ? say(REPLY.where, lang, { line: p.line, column: echo(p.column, lang) })
        : say(REPLY.whereLine, lang, { line: p.line });
  const expected = say(EXPECTED[p.code], lang, params);
  return p.found === "" ? say(REPLY.problemBlank, lang, { where, expected }) : say(REPLY.problem, lang, { where, found: echo(p.found, lang), expected });
}

function statusWord(s: { status: Status; evidence: Evidence } | null, lang: Lang): string {
  if (!s) return say(EFFECT.none, lang);
  const words = lang === "vi" ? vi : en;
  const evidence = s.evidence === "reported" ? ` · ${words.evidenceReported}` : s.evidence === "proxy" ? ` · ${words.evidenceProxy}` : "";
  return `${words[STATUS_KEYS[s.status]]}${evidence}`;
}

/** One accepted figure: what was read, the commitment's term, and what it does to the verdict. */
export function effectLine(e: FigureEffect, release: string, lang: Lang): string {
  const value = `${num(e.value, lang)} ${e.unit}`.trim();
  const head = say(REPLY.figure, lang, {
    line: e.line,
    target: e.targetId,
    section: e.section ? say(REPLY.sectionOf, lang, { section: echo(e.section, lang) }) : "",
    period: e.periodId,
    value: echo(e.written, lang),
    read: e.read === null ? "" : say(REPLY.read, lang, { read: `${num(e.read, lang)}` }),
    from: e.term.from ?? "…",
    to: e.term.to ?? "…",
  });
  const site = e.onSite;
  const effect = say(EFFECT[e.kind], lang, {
    before: statusWord(e.before, lang),
    after: statusWord(e.after, lang),
    judged: say(REPLY.judgedOn, lang, { period: e.judgedPeriodId || "—" }),
    release,
    value,
    siteValue: site ? `${num(site.value ?? "—", lang)} ${e.unit}`.trim() : "",
    source: site ? echo(site.sourceTitle, lang) : "",
    sourceLine: site?.line ?? "",
  });
  return `${head} → ${effect}.`;
}

/** The whole reply in one language; `context` names the plan and its area. */
export function replyIn(result: ReportCheck, context: Dataset, file: string, lang: Lang): string {
  const lines = [say(REPLY.heading, lang, { file: echo(file, lang) })];
  const planId = result.planId;
  const plan = planId ? context.plans.find((p) => p.id === planId) : undefined;
  if (plan) {
    const area = context.areas.find((a) => a.id === plan.areaId);
    lines.push(say(REPLY.plan, lang, { plan: echo(textIn(plan.title, lang), lang), area: area ? placeName(area, lang) : plan.areaId }));
  }
  if (!result.ok) {
    const n = result.problems.length + result.more;
    lines.push(say(n === 1 ? REPLY.problemsOne : REPLY.problems, lang, { n }));
    for (const p of result.problems) lines.push(`  ${problemLine(p, lang)}`);
    if (result.more > 0) lines.push(`  ${say(REPLY.more, lang, { n: result.more })}`);
    return lines.join("\n");
  }
  lines.push(say(REPLY.valid, lang, { n: result.figures }));
  for (const e of result.effects) lines.push(`  ${effectLine(e, context.release.date, lang)}`);
  lines.push(say(REPLY.shownAs, lang));
  return lines.join("\n");
}

/** The prepared e-mail (and repository report) of an accepted check: a subject naming the plan, the area and the file's SHA-256; a body in both languages. */
export function preparedMessage(
  result: Extract<ReportCheck, { ok: true }>,
  context: Dataset,
  file: { name: string; size: number; sha256: string },
): { subject: string; body: string } {
  const M: Record<keyof typeof WORDS.mail, Words> = WORDS.mail;
  const area = context.areas.find((a) => a.id === result.areaId);
  const slots = (lang: Lang) => ({
    plan: result.planId,
    area: area ? placeName(area, lang) : result.areaId,
    sha: file.sha256,
    file: echo(file.name, lang),
    size: file.size,
  });
  const half = (lang: Lang) =>
    [
      say(M.greeting, lang),
      "",
      say(M.attached, lang, slots(lang)),
      `${say(M.source, lang)} ${result.report.url || "—"}`,
      "",
      say(M.result, lang),
      replyIn(result, context, file.name, lang),
    ].join("\n");
  return { subject: say(M.subject, "vi", slots("vi")), body: `${half("vi")}\n\n---\n\n${half("en")}\n` };
}
