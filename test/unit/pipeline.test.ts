import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { formatProblemReport } from "../../src/lib/problems.ts";
import { evidenceFor, figureForDeadline, indexDataset, latestOf, seriesOf } from "../../src/lib/queries.ts";
import { fileText, readDataFolder } from "../support/data-files.ts";

const files = readDataFolder();
const result = buildDataset(files);
if (!result.ok) throw new Error(formatProblemReport(result.problems));
const { dataset } = result;
const ix = indexDataset(dataset);

describe("buildDataset on the project's data", () => {
  it("builds without problems", () => {
    expect(result.ok).toBe(true);
  });
  it("is deterministic: the same files in any order give the same JSON", () => {
    const again = buildDataset([...files].reverse());
    expect(again.ok && JSON.stringify(again.dataset)).toBe(JSON.stringify(dataset));
  });
  it("has Viet Nam, 6 regions, 63 provinces and 34 units", () => {
    expect(dataset.areas.filter((a) => a.level === "region")).toHaveLength(6);
    expect(dataset.areas.filter((a) => a.level === "province" && a.sets.includes("p63"))).toHaveLength(63);
    expect(dataset.areas.filter((a) => a.level === "province" && a.sets.includes("p34"))).toHaveLength(34);
  });
  it("imports every row of every tidy source file, or sets it aside with a reason", () => {
    const tidy = dataset.sources.filter((s) => s.importer === "tidy");
    for (const source of tidy) {
      const rows = source.files.reduce((n, f) => n + fileText(files, `sources/${source.id}/${f.name}`).trim().split("\n").length - 1, 0);
      const taken = dataset.observations.filter((o) => o.sourceId === source.id).length + dataset.setAside.filter((x) => x.sourceId === source.id).length;
      expect(taken, source.id).toBe(rows);
    }
    expect(dataset.setAside.filter((x) => x.sourceId !== "more-figures-2026")).toEqual([
      { sourceId: "na-women-by-province", line: 2, reason: expect.stringContaining("recorded as target ubtvqh-co-cau-qh-xvi-1") },
    ]);
    // The 2026 additions: a count with no committee size, shares the catalogue has no series for, sex ratios of unstated year or method.
    expect(dataset.setAside.filter((x) => x.sourceId === "more-figures-2026").map((x) => x.line)).toEqual([16, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28]);
  });
  it("keeps women in the National Assembly for all 63 provinces in 2016 and 2021 and all 34 units in 2026", () => {
    const na = (period: string) =>
      dataset.observations.filter(
        (o) => o.indicatorId === "na_women_share" && o.periodId === period && o.headline && ix.area.get(o.areaId)?.level === "province",
      );
    expect(na("NA-XIV")).toHaveLength(63);
    expect(na("NA-XV")).toHaveLength(63);
    expect(na("NA-XVI")).toHaveLength(34);
    expect(na("NA-XVI").every((o) => ix.area.get(o.areaId)?.sets.includes("p34"))).toBe(true);
  });
  it("gives Lào Cai's delegation as published: 33.33% (2 of 6) in 2016 and 2021; the merged unit 50% (5 of 10) in 2026", () => {
    expect(seriesOf(ix, "na_women_share", "lao-cai-truoc-2025").map((o) => [o.periodId, o.value, o.numerator, o.denominator])).toEqual([
      ["NA-XIV", 33.33, 2, 6],
      ["NA-XV", 33.33, 2, 6],
    ]);
    expect(latestOf(ix, "na_women_share", "lao-cai")).toMatchObject({ periodId: "NA-XVI", value: 50, numerator: 5, denominator: 10 });
  });
  it("keeps both values where publishers disagree, one as headline", () => {
    const vl = dataset.observations.filter(
      (o) => o.indicatorId === "na_women_candidates_share" && o.areaId === "vinh-long-truoc-2025" && o.periodId === "NA-XV",
    );
    expect(vl.map((o) => [o.value, o.headline, o.sourceId])).toEqual([
      [50, true, "na-women-by-province"],
      [62.5, false, "provincial-series"],
    ]);
  });
  it("converts published thousands to persons and says so in the note", () => {
    const lf = latestOf(ix, "labour_force", "lao-cai-truoc-2025");
    expect(lf).toMatchObject({ value: 382890, sex: "total" });
    expect(lf?.note).toContain("published as 382.89 nghìn người");
  });
  it("never puts survey, civil-registration and administrative sex ratios at birth on one series", () => {
    expect(dataset.observations.filter((o) => o.indicatorId === "srb_civil_registration").map((o) => [o.areaId, o.periodId, o.value])).toEqual([
      ["viet-nam", "2021", 109.5],
      ["viet-nam", "2023", 109.7],
      ["viet-nam", "2024", 110.7],
    ]);
    expect(dataset.observations.filter((o) => o.indicatorId === "srb" && o.areaId === "viet-nam").map((o) => o.periodId)).toEqual(["2018", "2019", "2023"]);
    expect(
      dataset.observations
        .filter((o) => o.indicatorId === "srb_admin_report")
        .map((o) => o.areaId)
        .sort(),
    ).toEqual(["nam-dinh", "nam-dinh", "nam-dinh", "quang-nam"]);
  });
  it("marks preliminary figures from their note", () => {
    expect(dataset.observations.find((o) => o.indicatorId === "srb" && o.areaId === "viet-nam" && o.periodId === "2023")?.preliminary).toBe(true);
    expect(dataset.observations.find((o) => o.indicatorId === "srb" && o.areaId === "viet-nam" && o.periodId === "2019")?.preliminary).toBe(false);
  });
  it("links indicators to the targets they measure, and proxies apart", () => {
    const na = ix.indicator.get("na_women_share");
    expect(na?.targetIds).toContain("ubtvqh-co-cau-qh-xvi-1");
    expect(ix.indicator.get("na_women_candidates_share")?.proxyTargetIds).toContain("lao-cai-84-kh-ubnd-2017-2");
  });
  it("gives every province of both sets a plan or the national strategy to be held against", () => {
    expect(dataset.targets.filter((t) => t.planId === "nq-28-nq-cp-2021").length).toBeGreaterThan(0);
  });
});

/** [comparator, value, deadline, section, measure] of each target, read from the plan texts in data/sources. */
/** The numeric targets of each seed plan, in the table's order: comparator, value, deadline, section, measure. */
const SEED_TARGETS: Record<string, [string, number | null, number | null, string, string][]> = {
  "lao-cai-84-kh-ubnd-2017": [
    [">=", 20, 2020, "II.2.a", "administrative"],
    [">=", 35, 2020, "II.2.a", "administrative"],
    [">=", 40, 2020, "II.2.a", "administrative"],
    ["=", 100, 2020, "II.2.b", "administrative"],
    [">=", 45, 2020, "II.2.b", "administrative"],
    [">=", 15, 2020, "II.2.b", "administrative"],
    [">=", 40, 2020, "II.2.b", "administrative"],
    [">=", 50, 2020, "II.2.b", "administrative"],
  ],
  "binh-dinh-snv-kh-2022": [
    [">=", 60, 2025, "II.1", "administrative"],
    [">=", 75, 2030, "II.1", "administrative"],
    [">=", 30, 2025, "II.1", "administrative"],
    [">=", 40, 2030, "II.1", "administrative"],
    [">=", 1, 2030, "II.2", "administrative"],
    ["=", 100, 2025, "II.3", "administrative"],
    ["=", 100, 2030, "II.3", "administrative"],
    [">=", 1, 2030, "II.4", "administrative"],
  ],
  "hue-huyen-kh-cong-tac-phu-nu": [
    [">=", 1, null, "II.3", "administrative"],
    [">=", 1, null, "II.5", "administrative"],
    [">=", 1, null, "IV.1", "administrative"],
    [">=", 1, null, "IV.4", "administrative"],
    // "giới thiệu … ứng cử … đại biểu HĐND các cấp bảo đảm tỷ lệ theo quy định": the election law's 35%.
    [">=", 35, 2021, "IV.1", "statistics"],
  ],
  "lai-chau-579-kh-ubnd-2016": [
    [">=", 70, 2020, "I.2", "administrative"],
    [">=", 50, 2020, "I.2", "administrative"],
    ["=", 100, 2020, "I.2", "administrative"],
    ["=", 100, 2020, "I.2", "administrative"],
    ["=", 100, 2020, "I.2", "administrative"],
    [">=", 1, 2020, "III.1", "administrative"],
    // "tỷ lệ nữ tham gia đại biểu Quốc hội, đại biểu HĐND các cấp nhiệm kỳ 2016-2021 theo quy định": the election law's 35%.
    [">=", 35, 2021, "VI.4", "statistics"],
  ],
};
/** Every numbered or bulleted commitment of the targets, tasks and implementation sections, numeric or not. */
const SEED_COMMITMENTS: Record<string, number> = {
  "lao-cai-84-kh-ubnd-2017": 43,
  "binh-dinh-snv-kh-2022": 24,
  "hue-huyen-kh-cong-tac-phu-nu": 37,
  "lai-chau-579-kh-ubnd-2016": 58,
};

describe("the four seed plans", () => {
  it.each(Object.entries(SEED_TARGETS))("%s: every numeric target with its comparator, value, deadline and section", (planId, expected) => {
    const targets = dataset.targets.filter((t) => t.planId === planId);
    expect(targets.filter((t) => t.value !== null).map((t) => [t.comparator, t.value, t.deadline, t.section, t.measure])).toEqual(expected);
    expect(targets).toHaveLength(SEED_COMMITMENTS[planId] ?? 0);
    for (const t of targets) {
      expect(t.textVi.length, t.id).toBeGreaterThan(20);
      expect(t.textEn.length, t.id).toBeGreaterThan(20);
      expect(t.section, t.id).not.toBe("");
      expect(t.quoteKind).toBe("plan");
    }
  });
  it("each commitment without a number names the body the plan charges with it", () => {
    // The targets first transcribed (ids ending in a number) predate the column; every commitment added with it names its body.
    const added = dataset.targets.filter((x) => Object.keys(SEED_COMMITMENTS).includes(x.planId) && !new RegExp(`^${x.planId}-\\d+$`, "u").test(x.id));
    expect(added.length).toBeGreaterThan(120);
    for (const t of added) expect(t.responsible.vi, t.id).not.toBe("");
  });
  it("a figure the plan leaves to 'the rules' quotes the law that sets it, with where it was read", () => {
    const quota = dataset.targets.find((t) => t.id === "lai-chau-579-kh-ubnd-2016-vi-4-quota");
    expect(quota?.setBy?.text.vi).toContain("ba mươi lăm phần trăm");
    expect(quota?.setBy?.urls[0]).toMatch(/^https?:\/\//u);
    expect(quota?.parts.map((p) => p.direct)).toEqual([
      ["na_women_candidates_share"],
      ["pc_women_candidates_share"],
      ["district_council_women_candidates_share"],
      ["commune_council_women_candidates_share"],
    ]);
  });
  it("key plans by issuer, number and date: Lào Cai's 84/KH-UBND of 2017 is not Thừa Thiên Huế's 84/KH-UBND of 2016", () => {
    expect(ix.plan.get("lao-cai-84-kh-ubnd-2017")).toMatchObject({ docNumber: "84/KH-UBND", docDate: "2017-03-24", areaId: "lao-cai-truoc-2025" });
    expect(ix.plan.get("hue-huyen-kh-cong-tac-phu-nu")?.parent).toContain("192/KH-UBND");
  });
  it("records what the plan texts leave blank as blank", () => {
    expect(ix.plan.get("binh-dinh-snv-kh-2022")).toMatchObject({ docNumber: "/KH-SNV", docDate: "2022" });
    expect(ix.plan.get("hue-huyen-kh-cong-tac-phu-nu")).toMatchObject({ docNumber: "", docDate: "" });
  });
  it("links Lào Cai's planning-pool targets to published proxies of another group, never as direct measures", () => {
    const t2 = dataset.targets.find((t) => t.id === "lao-cai-84-kh-ubnd-2017-2");
    expect(t2).toMatchObject({
      indicatorIds: [],
      proxyIndicatorIds: ["na_women_candidates_share", "pc_women_candidates_share", "pc_women_share"],
      parts: [
        { direct: [], proxies: [{ indicatorId: "na_women_candidates_share", group: "other" }], binds: "area" },
        {
          direct: [],
          proxies: [
            { indicatorId: "pc_women_candidates_share", group: "other" },
            { indicatorId: "pc_women_share", group: "other" },
          ],
          binds: "area",
        },
      ],
    });
  });
});

describe("figures for a target's deadline", () => {
  it("judges a 2016-2020 term target on the body elected for that term, and shows the latest apart", () => {
    const t2 = dataset.targets.find((t) => t.id === "lao-cai-84-kh-ubnd-2017-2");
    if (!t2) throw new Error("no target");
    expect(t2.term).toEqual({ start: 2016, end: 2020 });
    const evidence = evidenceFor(ix, t2, "lao-cai-truoc-2025");
    expect(evidence.map((e) => [e.indicator.id, e.atDeadline?.periodId ?? null, e.observation.periodId])).toEqual([
      ["na_women_candidates_share", "NA-XIV", "NA-XV"],
      ["pc_women_candidates_share", null, "2021-2026"],
      ["pc_women_share", "2016-2021", "2021-2026"],
    ]);
  });
  it("reads a term from the national targets' deadline text", () => {
    const term = dataset.targets.filter((t) => t.planId === "qd-2351-qd-ttg-2010" && t.indicatorIds.includes("na_women_share")).map((t) => t.term);
    expect(term).toEqual([
      { start: 2011, end: 2015 },
      { start: 2016, end: 2020 },
      { start: 2016, end: 2021 },
    ]);
  });
  it("uses the latest figure no later than a year deadline", () => {
    const wage = dataset.targets.find((t) => t.planId === "nq-28-nq-cp-2021" && t.indicatorIds.includes("female_wage_employee_share") && t.deadline === 2025);
    if (!wage) throw new Error("no target");
    expect(figureForDeadline(ix, seriesOf(ix, "female_wage_employee_share", "viet-nam"), wage)).toMatchObject({ periodId: "2024", value: 50.9 });
  });
});
