/**
 * npm run check-report: a filled reporting template, each cell held against
 * the plan it reports on, answered in Vietnamese and in English with every
 * problem (line, column, found, expected), or with what each figure does to
 * its commitment's verdict. Made-up files, one per kind of defect.
 */
import { describe, expect, it } from "vitest";
import { problemLine, replyIn } from "../../src/i18n/report-check.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { checkReport, reportContext, type ReportCheck } from "../../src/lib/steps/report-check.ts";
import { readFigure } from "../../src/lib/steps/report-cells.ts";
import { assessAll, assessTargetForArea } from "../../src/lib/steps/assessments.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import type { Dataset, Reported } from "../../src/lib/model.ts";
import { readDataFolder } from "../support/data-files.ts";
import { DEFECTS, PLAN, REPORT, TODAY, countTarget, filled, templateOf } from "../support/report-files.ts";

const built = buildDataset(readDataFolder());
if (!built.ok) throw new Error("the data do not build");
const dataset = built.dataset;
const context = reportContext(dataset);
const template = templateOf(dataset);
const check = (text: string | Uint8Array): ReportCheck => checkReport(context, typeof text === "string" ? new TextEncoder().encode(text) : text, TODAY);
const fill = (cells: Record<number, Record<string, string>>) => filled(template, cells);
const codes = (r: ReportCheck) => (r.ok ? [] : r.problems.map((p) => p.code));

describe("a good file", () => {
  const result = check(fill({ 2: { value: "65", period: "2025", ...REPORT } }));
  it("is valid, and says what the figure does: no report found → achieved, as reported", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.figures).toBe(1);
    expect(result.effects).toEqual([
      expect.objectContaining({
        line: 2,
        targetId: `${PLAN}-1`,
        kind: "changes",
        before: { status: "not-reported", evidence: "none" },
        after: { status: "achieved", evidence: "reported" },
      }),
    ]);
  });
  it("answers in both languages, the figures shown as reported, never as statistics", () => {
    expect(replyIn(result, context, "report.csv", "vi")).toContain("Không tìm thấy báo cáo → Đã đạt · theo báo cáo");
    expect(replyIn(result, context, "report.csv", "en")).toContain("No report found → Achieved · as reported");
    expect(replyIn(result, context, "report.csv", "vi")).toContain("không phải số liệu thống kê");
  });
  it("the template as downloaded, with nothing filled in, is refused: no row with a value; its period is left for the sender", () => {
    expect(codes(check(template))).toEqual(["no-rows"]);
    const row = template.split("\n")[1] ?? "";
    expect(row).toMatch(/,Bình Định,,,%,/u);
  });
  it("the context cut for the check judges every commitment of every plan with a template as the whole dataset does, in the plan's area", () => {
    const ix = indexDataset(context);
    const home = new Map(context.plans.map((p) => [p.id, p.areaId]));
    expect(context.targets.length).toBeGreaterThan(100);
    for (const target of context.targets) {
      const areaId = home.get(target.planId) ?? "";
      const whole = dataset.assessments.find((a) => a.targetId === target.id && a.areaId === areaId);
      if (whole) expect(assessTargetForArea(ix, target, areaId)).toEqual(whole);
    }
    expect(context.assessments).toEqual(dataset.assessments.filter((a) => context.targets.some((t) => t.id === a.targetId && home.get(t.planId) === a.areaId)));
  });
  it("Excel's emptied rows (commas only) are blank", () => {
    const text = fill({ 2: { value: "65", period: "2025", ...REPORT } }) + ",,,,,,,,,,,\n,,,,,,,,,,,\n";
    expect(check(text).ok).toBe(true);
  });
});

describe("a file with each kind of defect", () => {
  it.each(DEFECTS)("%s", (_, cells, expected) => {
    const result = check(fill(cells));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining(expected));
    for (const p of result.problems) {
      expect(problemLine(p, "vi")).toMatch(/^Dòng \d+, cột \w+: (thấy “.*”|ô để trống); cần .+\.$/su);
      expect(problemLine(p, "en")).toMatch(/^Line \d+, column \w+: (found ".*"|the cell is empty); expected .+\.$/su);
    }
  });
  it("a column the template does not have is refused, naming it (a numerator and a denominator are never taken)", () => {
    const text = template.replace(/^\uFEFF?target,/u, "target,").replace(/\n/u, ",numerator\n");
    const lines = fill({}).split("\n");
    const wide = [lines[0] + ",numerator,denominator", ...lines.slice(1).map((l) => (l ? `${l},,` : l))].join("\n");
    expect(text).toContain("numerator");
    const result = check(wide);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.filter((p) => p.code === "unknown-column").map((p) => p.column)).toEqual(["numerator", "denominator"]);
  });
  it("a missing column: the template's columns are kept", () => {
    const result = check(template.replace(",url,", ",link,"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code: "missing-column", column: "url" }));
  });
  it("a ragged row and an open quote: each on its line", () => {
    expect(check(`${template.trimEnd()}\n${PLAN}-1,too,few\n`)).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ code: "ragged-row", found: "3" })],
    });
    expect(codes(check(`${template.trimEnd()}\n"${PLAN}-1,open\n`))).toContain("quote");
  });
  it("a % on a commitment counted in other units is refused; on a percentage it is read", () => {
    const count = countTarget(dataset);
    expect(count).not.toBeNull();
    if (!count) return;
    const other = checkReport(
      context,
      new TextEncoder().encode(filled(templateOf(dataset, count.planId), { [count.line]: { value: "4%", period: "2021" } })),
      TODAY,
    );
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.problems).toContainEqual(expect.objectContaining({ line: count.line, column: "value", code: "percent-sign", found: "4%" }));
    const share = check(fill({ 2: { value: "35,5%", period: "2025", ...REPORT } }));
    expect(share.ok && share.effects[0]).toMatchObject({ value: 35.5, written: "35,5%", read: "35.5" });
    expect(replyIn(share, context, "r.csv", "en")).toContain("35,5% (read as 35.5)");
    expect(replyIn(share, context, "r.csv", "vi")).toContain("35,5% (đọc là 35,5)");
  });
  it("numbers: spaces only between thousands, a decimal comma read as a decimal, a lone thousands comma refused", () => {
    expect(readFigure("1 250", false)).toEqual({ ok: true, value: 1250, read: "1250", changed: true });
    expect(readFigure("1 2", false)).toEqual({ ok: false, why: "spaces" });
    expect(readFigure("12 50", false)).toEqual({ ok: false, why: "spaces" });
    expect(readFigure("35,5", true)).toMatchObject({ ok: true, value: 35.5, changed: true });
    expect(readFigure("35", true)).toMatchObject({ ok: true, value: 35, changed: false });
    expect(readFigure("4%", false)).toEqual({ ok: false, why: "percent-sign" });
    expect(readFigure("1,250", false)).toEqual({ ok: false, why: "ambiguous" });
  });
  it("a file too large is refused by its size, before it is read", () => {
    const result = checkReport(context, new Uint8Array(0), TODAY, 30 * 1024 * 1024);
    expect(result).toMatchObject({ ok: false, problems: [{ code: "too-large", found: "31457280 B" }] });
  });
  it("too many rows: the check stops, and too many problems: the first 50 are listed and the rest counted", () => {
    const row = `${PLAN}-99,,,Bình Định,2025,50,%,${REPORT.document},${REPORT.publisher},${REPORT.date},,\n`;
    const result = check(template.trimEnd() + "\n" + row.repeat(2500));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(50);
    // The stop is said first, at the first row not read (the template's header and rows come before the added ones).
    expect(result.problems[0]).toMatchObject({ code: "too-many-rows" });
    const filledRows = template.trimEnd().split("\n").length - 1;
    // Every row over the template's is refused (its commitment is unknown) up to the limit, then the check stops.
    expect(result.more).toBe(2000 - filledRows - 50 + 1);
    expect(replyIn(result, context, "r.csv", "en")).toContain(`and ${result.more} more problems`);
  });
});

describe("a file in the wrong encoding or layout", () => {
  const text = fill({ 2: { value: "65", period: "2025", ...REPORT } }).replace(/^\uFEFF/u, "");
  it("UTF-16 without a byte-order mark (Excel's 'Unicode text'): refused, naming it, in both languages", () => {
    const result = check(new Uint8Array(Buffer.from(text, "utf16le")));
    expect(result).toMatchObject({ ok: false, problems: [{ line: 0, code: "encoding", params: { detected: "UTF-16" } }] });
    if (result.ok || !result.problems[0]) return;
    expect(problemLine(result.problems[0], "vi")).toContain("CSV UTF-8");
    expect(problemLine(result.problems[0], "en")).toContain("this file is UTF-16 without a byte-order mark");
  });
  it("a NUL byte in a UTF-8 file: a NUL byte, on its line", () => {
    const bytes = new TextEncoder().encode(text.replace("Báo cáo số 12", "Báo cáo\u0000số 12"));
    const result = check(bytes);
    expect(result).toMatchObject({ ok: false, problems: [{ line: 2, code: "nul-byte" }] });
    if (!result.ok && result.problems[0]) expect(problemLine(result.problems[0], "en")).toContain('found "⟨U+0000⟩"');
  });
  it("Windows-1258 (Vietnamese Windows): refused before any row is read, in both languages", () => {
    const parts = text.split("ì").map((p) => Buffer.from(p, "utf8"));
    const bytes = new Uint8Array(Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from([0xec]), p]))));
    const result = check(bytes);
    expect(codes(result)).toEqual(["encoding"]);
    if (!result.ok && result.problems[0]) expect(problemLine(result.problems[0], "en")).toContain("Windows-1258");
  });
  it("UTF-16 with its byte-order mark is read, as the build reads it", () => {
    expect(check(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")])).ok).toBe(true);
  });
  it("a ';'-separated file (Excel in a Vietnamese locale): one problem, naming the separator and how to save it", () => {
    const semi = text
      .split("\n")
      .map((l) => l.replace(/,/gu, ";"))
      .join("\n");
    const result = check(semi);
    expect(codes(result)).toEqual(["separator"]);
    if (result.ok || !result.problems[0]) return;
    expect(problemLine(result.problems[0], "vi")).toContain("dấu chấm phẩy (;)");
    expect(problemLine(result.problems[0], "en")).toContain("semicolons (;)");
  });
  it("an empty file", () => {
    expect(codes(check(""))).toEqual(["empty-file"]);
  });
});

describe("what each accepted figure does", () => {
  // The data as if the site already had a reported figure for the first commitment: 60 % in 2025, from a source of its own.
  const site: Reported = {
    targetId: `${PLAN}-1`,
    role: "target",
    areaId: "binh-dinh",
    periodId: "2025",
    periodText: "2025",
    value: 60,
    qualifier: "",
    printed: "60 %",
    quote: "",
    reportDate: "2025-12-01",
    sourceId: context.sources[0]?.id ?? "",
    line: 7,
    citation: { url: "", title: "Báo cáo đã có" },
    publisher: "Sở Nội vụ",
    note: "",
    reason: { vi: "", en: "" },
  };
  const withSite: Dataset = { ...context, reported: [...context.reported, site] };
  withSite.assessments = assessAll(indexDataset(withSite), withSite);
  const effects = (cells: Record<number, Record<string, string>>, today = TODAY) => {
    const result = checkReport(withSite, new TextEncoder().encode(fill(cells)), today);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.effects;
  };
  it("a figure that differs from the one on the site is flagged, with both values and the site's source", () => {
    const [e] = effects({ 2: { value: "65", period: "2025", ...REPORT } });
    expect(e).toMatchObject({ kind: "conflict", value: 65, onSite: { value: 60, sourceId: site.sourceId, line: 7 } });
    const en = replyIn(
      checkReport(withSite, new TextEncoder().encode(fill({ 2: { value: "65", period: "2025", ...REPORT } })), TODAY),
      withSite,
      "r.csv",
      "en",
    );
    expect(en).toContain("DIFFERS from the figure already on the site: the site has 60 %");
  });
  it("the same figure as the site's: already on the site, the verdict stays", () => {
    expect(effects({ 2: { value: "60", period: "2025", ...REPORT } })[0]).toMatchObject({ kind: "already" });
  });
  it("a figure for another year than the one the verdict is judged on leaves the verdict, saying which year decides", () => {
    expect(effects({ 2: { value: "10", period: "2022", ...REPORT } })[0]).toMatchObject({ kind: "other-year", judgedPeriodId: "2025" });
  });
  it("a figure for a commitment judged on its parts (one figure a body it names) leaves the verdict, saying so", () => {
    const plan = "lao-cai-84-kh-ubnd-2017";
    const lines = templateOf(dataset, plan).split("\n");
    const line = lines.findIndex((l) => l.startsWith(`${plan}-2,`)) + 1;
    const text = filled(templateOf(dataset, plan), {
      [line]: { value: "30", period: "2019", document: "Báo cáo số 5/BC-SNV", publisher: "Sở Nội vụ tỉnh Lào Cai", date: "2019-12-01" },
    });
    const result = checkReport(context, new TextEncoder().encode(text), TODAY);
    expect(result.ok && result.effects[0]).toMatchObject({ targetId: `${plan}-2`, kind: "parts" });
    expect(replyIn(result, context, "r.csv", "en")).toContain("the commitment has several parts, each judged on its own figure");
  });
  it("a report dated after the release waits for the next release, and changes nothing now", () => {
    const [e] = effects({ 3: { value: "50", period: "2025", ...REPORT, date: "2026-12-10" } }, "2026-12-20");
    expect(e).toMatchObject({ kind: "next-release" });
    expect(e?.after).toEqual(e?.before);
  });
});
