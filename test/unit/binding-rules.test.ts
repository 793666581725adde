/**
 * The rules of issue 20, each on a small made-up target held against the
 * real figures: whose figure decides a target (the body it binds), what a
 * proxy may decide, and how a computed figure is labelled. Every target here
 * is invented for the test; the figures are the data's own.
 */
import { describe, expect, it } from "vitest";
import type { Target } from "../../src/lib/model.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { assessTargetForArea } from "../../src/lib/steps/assessments.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { isDecided } from "../../src/lib/verdicts.ts";
import { readDataFolder } from "../support/data-files.ts";
import { target as FIXTURE_TARGET } from "../fixtures/charts/dataset.ts";

const built = buildDataset(readDataFolder());
if (!built.ok) throw new Error("data does not build");
const ix = indexDataset(built.dataset);

/** A target of `planId` with the given parts; the rest as a plain "≥ value by deadline" commitment. */
function made(planId: string, parts: Target["parts"], over: Partial<Target> = {}): Target {
  const id = `${planId}-made-up`;
  return {
    ...FIXTURE_TARGET,
    id,
    planId,
    section: "X.1",
    scope: { vi: "", en: "" },
    indicatorIds: parts.flatMap((p) => p.direct),
    proxyIndicatorIds: parts.flatMap((p) => p.proxies.map((x) => x.indicatorId)),
    parts,
    commitmentId: id,
    ...over,
  };
}

describe("a verdict is given only on the body the target binds", () => {
  const onAssembly = made("ubtvqh-co-cau-qh-xvi", [{ direct: ["na_women_share"], proxies: [], binds: "nation" }]);
  it("a national target held against a province is the province's contribution, with its figure, never its ✖ or ✔", () => {
    const laoCai = assessTargetForArea(ix, onAssembly, "lao-cai");
    expect(laoCai.status).toBe("contribution");
    expect(isDecided(laoCai)).toBe(false);
    expect(laoCai.parts[0]).toMatchObject({ binds: "nation", judged: { periodId: "NA-XVI", value: 50 } });
    // The nation's own figure decides it: 30% of the 16th Assembly against 35%.
    expect(assessTargetForArea(ix, onAssembly, "viet-nam")).toMatchObject({ status: "not-achieved", parts: [{ judged: { value: 30 } }] });
  });
  it("the same figure decides a province's own target on its own delegation", () => {
    const own = made("lai-chau-579-kh-ubnd-2016", [{ direct: ["na_women_share"], proxies: [], binds: "area" }]);
    expect(assessTargetForArea(ix, own, "lao-cai")).toMatchObject({ status: "achieved", evidence: "statistic" });
  });
  it("a statutory share on a province's ballot: the National Assembly part binds the national list (a contribution), the council part binds the province's list (a verdict)", () => {
    const quota = made(
      "lai-chau-579-kh-ubnd-2016",
      [
        { direct: ["na_women_candidates_share"], proxies: [], binds: "nation" },
        { direct: ["pc_women_candidates_share"], proxies: [], binds: "area" },
      ],
      { deadline: 2021, term: { start: 2021, end: 2026 } },
    );
    const a = assessTargetForArea(ix, quota, "ha-noi");
    expect(a.parts.map((p) => [p.binds, p.status])).toEqual([
      ["nation", "contribution"],
      ["area", "achieved"],
    ]);
    // Hà Nội's council list of 2021: 62 women, 38.75% (its Women's Union), over the 35% the law sets for each list.
    expect(a.parts[1]?.judged?.value).toBe(38.75);
    expect(a.status).toBe("achieved");
  });
});

describe("a proxy decides only when it measures the same group", () => {
  const pool = (group: "same" | "narrower" | "other") =>
    made("lao-cai-84-kh-ubnd-2017", [{ direct: [], proxies: [{ indicatorId: "party_committee_women_share", group }], binds: "area" }], {
      value: 20,
      deadline: 2020,
      term: { start: 2015, end: 2020 },
      measure: "administrative",
    });
  it("a narrower body (the provincial committee for committees at all levels) is context beside 'no report found', with its figure", () => {
    const a = assessTargetForArea(ix, pool("narrower"), "lao-cai-truoc-2025");
    expect(a.status).toBe("not-reported");
    expect(a.evidence).toBe("none");
    expect(a.parts[0]?.context.map((c) => [c.indicatorId, c.group, c.point.value])).toContainEqual(["party_committee_women_share", "narrower", 15.69]);
  });
  it("another group is context too", () => {
    expect(isDecided(assessTargetForArea(ix, pool("other"), "lao-cai-truoc-2025"))).toBe(false);
  });
  it("the same group decides, labelled as a proxy: 15.69% of the committee elected for 2015-2020 against 20%", () => {
    const a = assessTargetForArea(ix, pool("same"), "lao-cai-truoc-2025");
    expect(a).toMatchObject({ status: "not-achieved", evidence: "proxy" });
    expect(a.parts[0]?.judged?.value).toBe(15.69);
  });
});

describe("a figure derived from printed ones is its own basis", () => {
  it("Lào Cai's 2016-2021 council share, 38.18 less the stated 4.25-point rise, is 'computed' where a verdict rests on it", () => {
    const council = made("lao-cai-84-kh-ubnd-2017", [{ direct: ["pc_women_share"], proxies: [], binds: "area" }], {
      value: 30,
      deadline: 2016,
      term: { start: 2016, end: 2021 },
    });
    const a = assessTargetForArea(ix, council, "lao-cai-truoc-2025");
    expect(a.parts[0]?.judged).toMatchObject({ periodId: "2016-2021", value: 33.93, basis: "computed" });
    expect(a.status).toBe("achieved");
  });
  it("a printed figure stays 'published'", () => {
    const council = made("lao-cai-84-kh-ubnd-2017", [{ direct: ["pc_women_share"], proxies: [], binds: "area" }], {
      value: 30,
      deadline: 2021,
      term: { start: 2021, end: 2026 },
    });
    expect(assessTargetForArea(ix, council, "lao-cai-truoc-2025").parts[0]?.judged).toMatchObject({ value: 38.18 });
  });
});
