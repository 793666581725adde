/**
 * data/coverage.csv: every unit and term the rules judge is listed, found
 * or not; the README's table is the one generated from it; a bad row is
 * refused with its line; and every province judged on a rule has a found
 * figure in the file, every province listed as not found is not judged.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageTable, readCoverage, readmeCoverageTable, unpaddedTable } from "../../src/lib/publish/coverage.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { ruleAssessments, ruleTargets } from "../../src/lib/site/rules.ts";
import { isDecided } from "../../src/lib/verdicts.ts";
import { readDataFolder } from "../support/data-files.ts";

const root = join(import.meta.dirname, "../..");
const text = readFileSync(join(root, "data/coverage.csv"), "utf8");
const { rows, problems } = readCoverage(text);

describe("the coverage file", () => {
  it("reads without a problem", () => {
    expect(problems).toEqual([]);
  });
  it("lists every one of the 63 provinces for each 2016-2021 and 2021-2026 council figure and the 2015 and 2020 congresses, and every one of the 34 units for 2026 and 2025, once", () => {
    const cells = (set: string, body: string, term: string) => rows.filter((r) => r.unitSet === set && r.body === body && r.term === term);
    for (const term of ["2016-2021", "2021-2026"]) {
      expect(cells("p63", "pc_candidates", term)).toHaveLength(63);
      expect(cells("p63", "pc_elected", term)).toHaveLength(63);
    }
    for (const term of ["2015-2020", "2020-2025"]) expect(cells("p63", "party_committee", term)).toHaveLength(63);
    expect(cells("p34", "pc_candidates", "2026-2031")).toHaveLength(34);
    expect(cells("p34", "pc_elected", "2026-2031")).toHaveLength(34);
    expect(cells("p34", "party_committee", "2025-2030")).toHaveLength(34);
    const keys = rows.map((r) => `${r.areaId}|${r.body}|${r.term}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it("the README's table is the one generated from it (run npm run coverage after changing the file)", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(unpaddedTable(readmeCoverageTable(readme))).toBe(unpaddedTable(coverageTable(rows)));
  });
  it("refuses a row without its page, a missing figure without the queries tried, and an unknown status, each with its line", () => {
    const header = text.split("\n")[0];
    const bad = [
      header,
      "p63,Hà Nội,ha-noi,pc_elected,2021-2026,found,25.26,24,95,x,,,,",
      "p63,Hà Nội,ha-noi,pc_candidates,2016-2021,not_found,,,,,,,,",
      "p63,Hà Nội,ha-noi,pc_candidates,2016-2021,maybe,,,,,,,,",
      "p99,Hà Nội,ha-noi,pc_candidates,2016-2021,found,,,,,,,,",
    ].join("\n");
    const result = readCoverage(bad);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [2, "url"],
      [3, "queries"],
      [4, "status"],
      [5, "unit_set"],
    ]);
  });
});

describe("the verdicts agree with the coverage file", () => {
  const built = buildDataset(readDataFolder());
  if (!built.ok) throw new Error("data does not build");
  const ix = indexDataset(built.dataset);
  const bodyOf: Record<string, string> = {
    pc_women_candidates_share: "pc_candidates",
    pc_women_share: "pc_elected",
    party_committee_women_share: "party_committee",
  };
  it("every province a rule decides has its figure found in the file; none listed as not found is decided", () => {
    let decided = 0;
    for (const tg of ruleTargets(ix)) {
      const body = bodyOf[tg.indicatorIds[0] ?? ""];
      const term = `${tg.term?.start}-${tg.term?.end}`;
      for (const a of ruleAssessments(ix, tg.id)) {
        const cell = rows.find((r) => r.areaId === a.areaId && r.body === body && r.term === term);
        expect(cell, `${tg.id} ${a.areaId}`).toBeDefined();
        if (isDecided(a)) {
          decided += 1;
          expect(cell?.status, `${tg.id} ${a.areaId}`).toBe("found");
        }
        if (cell?.status === "not_found") expect(isDecided(a), `${tg.id} ${a.areaId}`).toBe(false);
      }
    }
    expect(decided).toBeGreaterThan(30);
  });
});
