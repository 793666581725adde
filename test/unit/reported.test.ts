import { describe, expect, it } from "vitest";
import { buildDataset, type InputFile } from "../../src/lib/steps/index.ts";
import { assessTargetForArea } from "../../src/lib/steps/assessments.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { inputFile, readDataFolder, sha256, utf8, withFile } from "../support/data-files.ts";
import { buildDownloads } from "../../src/lib/publish/downloads.ts";
import { parseCsv, toCsv } from "../../src/lib/csv.ts";

const real = readDataFolder();
const HEADER = "target,area_name,period,value,unit,document,publisher,url,note\n";

/** The real data plus one `reported` source folder. Every row here is invented for the test. */
function withReported(csv: string): InputFile[] {
  const md = `---
id: reported-test
title: Test report
title_vi: Báo cáo thử
publisher: Test
publisher_vi: Thử
url:
retrieved: 2026-11-21
licence: test
licence_vi: thử
summary_vi: thử
importer: reported
files: reported.csv
sha256: ${sha256(csv)}
---
# Test report
`;
  return [...real, inputFile("sources/reported-test/reported.csv", csv), inputFile("sources/reported-test/SOURCE.md", md)];
}

describe("reported figures (the issuer's own report, for targets no statistic measures)", () => {
  const csv =
    HEADER +
    "binh-dinh-snv-kh-2022-3,Bình Định,2022,22,%,Báo cáo năm 2022,Sở Nội vụ,,\nbinh-dinh-snv-kh-2022-3,Bình Định,2024,27,%,Báo cáo năm 2024,Sở Nội vụ,,\n";
  const result = buildDataset(withReported(csv));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const ix = indexDataset(result.dataset);
  const target = result.dataset.targets.find((t) => t.id === "binh-dinh-snv-kh-2022-3");
  if (!target) throw new Error("no target");

  it("are read as reported figures, not observations", () => {
    expect(result.dataset.reported.filter((r) => r.sourceId === "reported-test").map((r) => [r.targetId, r.areaId, r.periodId, r.value])).toEqual([
      ["binh-dinh-snv-kh-2022-3", "binh-dinh", "2022", 22],
      ["binh-dinh-snv-kh-2022-3", "binh-dinh", "2024", 27],
    ]);
    const plain = buildDataset(real);
    expect(plain.ok && plain.dataset.observations.length).toBe(result.dataset.observations.length);
    expect(result.dataset.observations.some((o) => o.sourceId === "reported-test")).toBe(false);
  });
  it("give the target a verdict marked as reported: ≥ 30% by 2025, 22% → 27% with no 2025 report names the missing figure", () => {
    const a = assessTargetForArea(ix, target, "binh-dinh");
    expect(a).toMatchObject({ evidence: "reported", status: "no-figure" });
    expect(a.parts[0]).toMatchObject({ reason: "no-deadline-figure", judged: { periodId: "2024", value: 27 }, baseline: { periodId: "2022" } });
  });
  it("a report for the deadline year settles it: 31% in 2025 is achieved, as reported", () => {
    const settled = buildDataset(withReported(csv + "binh-dinh-snv-kh-2022-3,Bình Định,2025,31,%,Báo cáo năm 2025,Sở Nội vụ,,\n"));
    if (!settled.ok) throw new Error(JSON.stringify(settled.problems));
    const six = indexDataset(settled.dataset);
    expect(assessTargetForArea(six, target, "binh-dinh")).toMatchObject({
      evidence: "reported",
      status: "achieved",
      parts: [{ final: true, judged: { value: 31 } }],
    });
  });
  it("are refused for a target a statistic measures, or in another unit", () => {
    const bad = buildDataset(
      withReported(HEADER + "ubtvqh-co-cau-qh-xvi-1,Việt Nam,2026,31,%,Báo cáo,Test,,\nbinh-dinh-snv-kh-2022-5,Bình Định,2023,2,%,Báo cáo,Test,,\n"),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems).toContainEqual(
        expect.objectContaining({
          file: "sources/reported-test/reported.csv",
          line: 2,
          column: "target",
          expected: expect.stringContaining("only administrative reports"),
        }),
      );
      expect(bad.problems).toContainEqual(
        expect.objectContaining({
          file: "sources/reported-test/reported.csv",
          line: 3,
          column: "unit",
          found: "%",
          expected: 'the target\'s unit "hoạt động/năm"',
        }),
      );
    }
  });
});

describe("the reporting template of a plan, filled in and dropped into data/sources/, builds unchanged", () => {
  const built = buildDataset(real);
  if (!built.ok) throw new Error("data does not build");
  const template = buildDownloads(built.dataset).get("plans/lao-cai-84-kh-ubnd-2017-template.csv") ?? "";
  const { table } = parseCsv(template, "template.csv");
  const header = table.header;

  it("has one row per commitment only the issuer's reports can measure, each counted once, the value empty", () => {
    const expected = built.dataset.targets.filter((t) => t.planId === "lao-cai-84-kh-ubnd-2017" && t.measure === "administrative" && t.commitmentId === t.id);
    expect(table.rows.map((r) => r.cells["target"])).toEqual(expected.map((t) => t.id));
    expect(table.rows.every((r) => r.cells["value"] === "")).toBe(true);
    expect(header).toEqual(["target", "section", "quote", "area_name", "period", "value", "unit", "document", "publisher", "date", "url", "note"]);
  });

  it("a department fills two rows and leaves the rest: the two appear as reported, the rest are set aside as not reported", () => {
    // Invented figures, for the test only.
    const fill: Record<string, string[]> = {
      "lao-cai-84-kh-ubnd-2017-3": ["2020", "42"],
      "lao-cai-84-kh-ubnd-2017-iii-2": ["2019", "1"],
    };
    const rows = table.rows.map(({ cells }) => {
      const f = fill[cells["target"] ?? ""];
      const filled = f
        ? {
            ...cells,
            period: f[0] ?? "",
            value: f[1] ?? "",
            document: "Báo cáo kết quả thực hiện năm (thử)",
            publisher: "Sở Nội vụ tỉnh Lào Cai (thử)",
            date: "2020-11-30",
          }
        : cells;
      return header.map((h) => filled[h] ?? "");
    });
    const csv = toCsv(header, rows);
    const md = `---
id: lao-cai-84-report-test
title: Test report on plan 84/KH-UBND
title_vi: Báo cáo thử
publisher: Test
publisher_vi: Thử
url:
retrieved: 2026-12-01
licence: test
licence_vi: thử
summary_vi: thử
importer: reported
files: report.csv
sha256: ${sha256(csv)}
---
# Test report
`;
    const files = [...real, inputFile("sources/lao-cai-84-report-test/report.csv", csv), inputFile("sources/lao-cai-84-report-test/SOURCE.md", md)];
    const result = buildDataset(files);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    const mine = result.dataset.reported.filter((r) => r.sourceId === "lao-cai-84-report-test");
    expect(mine.map((r) => [r.targetId, r.periodId, r.value, r.role])).toEqual([
      ["lao-cai-84-kh-ubnd-2017-3", "2020", 42, "target"],
      ["lao-cai-84-kh-ubnd-2017-iii-2", "2019", 1, "target"],
    ]);
    expect(result.dataset.setAside.filter((x) => x.sourceId === "lao-cai-84-report-test")).toHaveLength(table.rows.length - 2);
    const ix = indexDataset(result.dataset);
    expect(ix.assessment.get("lao-cai-84-kh-ubnd-2017-3|lao-cai-truoc-2025")).toMatchObject({ status: "achieved", evidence: "reported" });
    expect(ix.assessment.get("lao-cai-84-kh-ubnd-2017-iii-2|lao-cai-truoc-2025")).toMatchObject({ status: "delivered", evidence: "reported" });
  });
});

describe("figures governments published about themselves (sources/reported-figures)", () => {
  const built = buildDataset(real);
  if (!built.ok) throw new Error("data does not build");
  const mine = built.dataset.reported.filter((r) => r.sourceId === "reported-figures");
  it("places every one of the 65 rows: on a target, near one as context with the reason, or listed with the reason", () => {
    expect(mine).toHaveLength(65);
    for (const r of mine) {
      expect(r.publisher, String(r.line)).not.toBe("");
      expect(r.quote, String(r.line)).not.toBe("");
      if (r.role !== "target") expect(r.reason.vi && r.reason.en, String(r.line)).toBeTruthy();
    }
    // None measures the group its target is about: each stands near it, for context, never deciding it.
    expect(mine.filter((r) => r.role === "proxy")).toEqual([]);
    expect(mine.filter((r) => r.role === "context").map((r) => r.targetId)).toEqual([
      "lao-cai-84-kh-ubnd-2017-2",
      "lao-cai-84-kh-ubnd-2017-2",
      "lao-cai-84-kh-ubnd-2017-2",
      "lao-cai-84-kh-ubnd-2017-2",
      "lao-cai-84-kh-ubnd-2017-1",
      "lao-cai-84-kh-ubnd-2017-9",
    ]);
  });
  it("a row with no placement stops the build, naming the line", () => {
    const map = utf8(real.find((f) => f.path === "mappings/reported_figures.csv") ?? inputFile("x", ""));
    const without = map
      .split("\n")
      .filter((l) => !l.startsWith("20,"))
      .join("\n");
    const result = buildDataset(withFile(real, "mappings/reported_figures.csv", without));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({ file: "sources/reported-figures/reported_figures.csv", line: 20, expected: expect.stringContaining("a row for line 20") }),
      );
  });
  it("a value that is not the number the report printed stops the build", () => {
    const map = utf8(real.find((f) => f.path === "mappings/reported_figures.csv") ?? inputFile("x", ""));
    const wrong = map.replace(
      /^6,context,lao-cai-84-kh-ubnd-2017-1,lao-cai-truoc-2025,2020-2025,23.42,/mu,
      "6,context,lao-cai-84-kh-ubnd-2017-1,lao-cai-truoc-2025,2020-2025,24.42,",
    );
    expect(wrong).not.toBe(map);
    const result = buildDataset(withFile(real, "mappings/reported_figures.csv", wrong));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({ file: "mappings/reported_figures.csv", column: "value", expected: expect.stringContaining("23.42") }),
      );
  });
});
