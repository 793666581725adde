/**
 * The report checker's reply: complete through a pipe however long, free of
 * control and unmarked invisible characters, each half in its own language
 * (the language scan of the pages, run over the replies), and no internal
 * path in either half.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { replyIn } from "../../src/i18n/report-check.ts";
import { textLanguage } from "../../src/lib/language.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { checkReport, reportContext, termOf } from "../../src/lib/steps/report-check.ts";
import { hasHidden } from "../../src/lib/steps/report-cells.ts";
import { commandReply } from "../../scripts/support/report-check.ts";
import { readDataFolder } from "../support/data-files.ts";
import { DEFECTS, PLAN, REPORT, TODAY, filled, parseRow, templateOf } from "../support/report-files.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const built = buildDataset(readDataFolder());
if (!built.ok) throw new Error("the data do not build");
const dataset = built.dataset;
const context = reportContext(dataset);
const template = templateOf(dataset);
const replies = (text: string) => {
  const result = checkReport(context, new TextEncoder().encode(text), TODAY);
  return { vi: replyIn(result, context, "report.csv", "vi"), en: replyIn(result, context, "report.csv", "en") };
};

/** Every commitment of the plan, once for each year of its term up to 2025 and each span from its first year: a long, accepted reply. */
function everyYear(): string {
  const lines = template
    .replace(/^\uFEFF/u, "")
    .trimEnd()
    .split("\n");
  const out = [lines[0] ?? ""];
  for (const line of lines.slice(1)) {
    const cells = parseRow(line);
    const target = context.targets.find((t) => t.id === cells[0]);
    if (!target) continue;
    const term = termOf(
      context.plans.find((p) => p.id === target.planId),
      target,
    );
    const from = term.from ?? 2021;
    const periods = [];
    for (let year = from; year <= Math.min(term.to ?? 2025, 2025); year++) periods.push(String(year), ...(year > from ? [`${from}-${year}`] : []));
    for (const period of periods) out.push(filled([lines[0], line].join("\n"), { 2: { value: "1", period, ...REPORT } }).split("\n")[1] ?? "");
  }
  return out.join("\n") + "\n";
}

describe("the reply through a pipe", () => {
  it("a reply over 64 KiB arrives whole when stdout is a pipe, both halves, with the exit code", () => {
    const dir = mkdtempSync(join(tmpdir(), "report-"));
    const file = join(dir, "report.csv");
    writeFileSync(file, everyYear());
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-report.ts", file], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(64 * 1024);
    const [vi, en] = run.stdout.split("\n\n");
    expect(vi).toMatch(/không phải số liệu thống kê\.$/u);
    expect(en).toMatch(/never as statistics\.\n$/u);
    expect(vi?.split("\n").length).toBe(en?.trimEnd().split("\n").length);
  }, 60_000);
  it("a 30 MB file is refused by its size, in under 10 s", () => {
    const dir = mkdtempSync(join(tmpdir(), "report-"));
    const file = join(dir, "big.csv");
    writeFileSync(file, Buffer.alloc(30 * 1024 * 1024, "a,"));
    const started = Date.now();
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-report.ts", file], { cwd: ROOT, encoding: "utf8" });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('The whole file: found "31457280 B"; expected a file of at most 1048576 bytes');
  }, 60_000);
});

/** Cells a careless or hostile sender might write, on top of each kind of defect. */
const NASTY = ["\u001b[2J\u001b[32mOK: 0 problems\u001b[0m", "a\u200bb", "\u202eevil", "x\u0007y", "tab\there", "\u00adsoft", "\ufeffmark", "line\rbreak"];

describe("the page and the command", () => {
  it("give the same reply on every file of these tests: the page's context as it is fetched (JSON), the command's from the build", () => {
    const fetched = JSON.parse(JSON.stringify(context)) as typeof context;
    const files = [
      ...DEFECTS.map(([, cells]) => filled(template, cells)),
      filled(template, { 2: { value: "65", period: "2025", ...REPORT } }),
      everyYear(),
      template,
      "",
    ];
    for (const text of files) {
      const bytes = new TextEncoder().encode(text);
      const command = commandReply(dataset, { bytes, size: bytes.length }, "report.csv", TODAY).reply;
      const page = (["vi", "en"] as const).map((lang) => replyIn(checkReport(fetched, bytes, TODAY), fetched, "report.csv", lang));
      expect(command).toBe(`${page[0]}\n\n${page[1]}\n`);
    }
  });
});

describe("what a reply may carry", () => {
  const cases = [
    ...DEFECTS.map(([name, cells]) => [name, filled(template, cells)] as const),
    ...NASTY.flatMap((cell) => [
      [`target ${JSON.stringify(cell)}`, filled(template, { 2: { target: cell, value: "50", period: "2025", ...REPORT } })] as const,
      [`note ${JSON.stringify(cell)}`, filled(template, { 2: { note: cell, value: "50", period: "2025", ...REPORT } })] as const,
      [`value ${JSON.stringify(cell)}`, filled(template, { 2: { value: cell, period: "2025", ...REPORT } })] as const,
    ]),
    ["a long good file", everyYear()] as const,
  ];
  it.each(cases)("%s: no control character and no unmarked invisible one", (_, text) => {
    const { vi, en } = replies(text);
    for (const reply of [vi, en]) {
      // Line breaks separate the reply's lines; nothing else below U+0020, no DEL or C1 control, no invisible or format character (hasHidden).
      for (const line of reply.split("\n")) expect(hasHidden(line), line).toBe(false);
      // And by code point, apart from the checker's own list: controls, DEL, C1, and the invisible characters the senders used.
      const codes = [...reply].map((ch) => ch.codePointAt(0) ?? 0).filter((cp) => cp !== 10);
      expect(codes.filter((cp) => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || [0xad, 0x200b, 0x202e, 0xfeff].includes(cp))).toEqual([]);
    }
  });
  it("an escape sequence and a zero-width space are named by code point", () => {
    const { en } = replies(filled(template, { 2: { target: `${PLAN}-\u200b1`, value: "50", period: "2025", ...REPORT }, 3: { target: "\u001b[2J" } }));
    expect(en).toContain(`found "${PLAN}-⟨U+200B⟩1"`);
    expect(en).toContain('found "⟨U+001B⟩[2J"');
  });
  it.each(cases)("%s: each half in its own language, with no internal path", (_, text) => {
    const { vi, en } = replies(text);
    for (const [lang, reply] of [
      ["vi", vi],
      ["en", en],
    ] as const) {
      expect(reply).not.toMatch(/sources\/|src\/|data\/|\.ts\b/u);
      for (const line of reply.split("\n")) {
        // The cells echoed are quoted (the scan leaves quotations out); a line of ids and numbers only says nothing either way.
        if (/\p{L}{3,}/u.test(line.replace(/[“"][^”"]*[”"]/gu, ""))) expect(textLanguage(line), `${lang}: ${line}`).toBe(lang);
      }
    }
  });
});
