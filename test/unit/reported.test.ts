import { describe, expect, it } from "vitest";
import { buildDataset, type InputFile } from "../../src/lib/build/index.ts";
import { assessTargetForArea } from "../../src/lib/build/assessments.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { inputFile, readDataFolder, sha256 } from "../support/data-files.ts";

const real = readDataFolder();
const HEADER = "target,area_name,period,value,unit,document,publisher,url,note\n";

/** The real data plus one `reported` source folder. Every row here is invented for the test. */
function withReported(csv: string): InputFile[] {
  const md = `---
id: reported-test
title: Test report
publisher: Test
url:
retrieved: 2026-11-21
licence: test
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
    expect(result.dataset.reported.map((r) => [r.targetId, r.areaId, r.periodId, r.value])).toEqual([
      ["binh-dinh-snv-kh-2022-3", "binh-dinh", "2022", 22],
      ["binh-dinh-snv-kh-2022-3", "binh-dinh", "2024", 27],
    ]);
    const plain = buildDataset(real);
    expect(plain.ok && plain.dataset.observations.length).toBe(result.dataset.observations.length);
    expect(result.dataset.observations.some((o) => o.sourceId === "reported-test")).toBe(false);
  });
  it("give the target a verdict marked as reported: ≥ 30 % by 2025, 22 % → 27 % with no 2025 report names the missing figure", () => {
    const a = assessTargetForArea(ix, target, "binh-dinh");
    expect(a).toMatchObject({ evidence: "reported", status: "no-figure" });
    expect(a.parts[0]).toMatchObject({ reason: "no-deadline-figure", judged: { periodId: "2024", value: 27 }, baseline: { periodId: "2022" } });
  });
  it("a report for the deadline year settles it: 31 % in 2025 is achieved, as reported", () => {
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
