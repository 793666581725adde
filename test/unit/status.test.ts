import { describe, expect, it } from "vitest";
import type { Comparator, Observation, Target } from "../../src/lib/model.ts";
import { parsePeriod, type Period } from "../../src/lib/periods.ts";
import { buildDataset } from "../../src/lib/build/index.ts";
import { assessTargetForArea } from "../../src/lib/build/assessments.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { assessTarget, meetsTarget, openSdgScore, statusOfRatio, type AssessInput } from "../../src/lib/status.ts";
import { readDataFolder } from "../support/data-files.ts";

const legislatures = [
  { numeral: "XIII", start: 2011 },
  { numeral: "XIV", start: 2016 },
  { numeral: "XV", start: 2021 },
  { numeral: "XVI", start: 2026 },
];
const periods = new Map<string, Period>();
function obs(period: string, value: number): Observation {
  const p = parsePeriod(period, legislatures);
  if (!p.ok) throw new Error(period);
  periods.set(p.period.id, p.period);
  return {
    indicatorId: "x",
    areaId: "a",
    periodId: p.period.id,
    sex: null,
    value,
    numerator: null,
    denominator: null,
    sourceId: "s",
    line: 2,
    citation: { url: "", title: "" },
    note: "",
    preliminary: false,
    headline: true,
  };
}
function target(comparator: Comparator, value: number | null, deadline: number | null, extra: Partial<Target> = {}): Target {
  return {
    id: "t",
    planId: "p",
    section: "",
    textVi: "",
    textEn: "",
    quoteKind: "plan",
    comparator,
    value,
    valueMax: null,
    unit: { vi: "%", en: "%" },
    deadline,
    term: null,
    recurrence: "",
    scope: { vi: "", en: "" },
    measure: "statistics",
    indicatorIds: ["x"],
    proxyIndicatorIds: [],
    note: { vi: "", en: "" },
    ...extra,
  };
}
function assess(t: Target, series: Observation[], extra: Partial<AssessInput> = {}) {
  return assessTarget({ target: t, areaId: "a", planStart: null, series, periods, indicatorId: "x", byProxy: false, percent: true, asOfYear: 2026, ...extra });
}

describe("one worked example per status", () => {
  it("achieved: the latest figure already meets the target", () => {
    const a = assess(target(">=", 50, 2030), [obs("2022", 47), obs("2024", 50.9)]);
    expect(a).toMatchObject({ status: "achieved", judged: { value: 50.9, periodId: "2024" } });
  });
  it("on track: 20 % in 2016, 28 % in 2020, ≥ 35 % by 2028 → +2 points a year projects 44 %, ratio 1.6", () => {
    const a = assess(target(">=", 35, 2028), [obs("2016", 20), obs("2020", 28)]);
    expect(a).toMatchObject({ status: "on-track", method: "linear", actualPace: 2, projected: 44, baseline: { year: 2016 }, judged: { year: 2020 } });
    expect(a.ratio).toBeCloseTo(1.6, 10);
    expect(a.requiredPace).toBeCloseTo(0.875, 10);
  });
  it("off track: 20 % in 2016, 22 % in 2020, ≥ 35 % by 2030 → projects 27 %, ratio 0.47", () => {
    const a = assess(target(">=", 35, 2030), [obs("2016", 20), obs("2020", 22)]);
    expect(a.status).toBe("off-track");
    expect(a.projected).toBeCloseTo(27, 10);
    expect(a.ratio).toBeCloseTo(7 / 15, 10);
  });
  it("stagnating or moving away: the share fell", () => {
    const a = assess(target(">=", 35, 2030), [obs("2016", 25), obs("2020", 24)]);
    expect(a.status).toBe("stagnating");
    expect(a.ratio).toBeLessThan(0);
  });
  it("not enough data: a single figure, or no figure before the judged one", () => {
    expect(assess(target(">=", 35, 2030), [obs("2024", 20)])).toMatchObject({ status: "insufficient-data", reason: "single-point" });
    expect(assess(target(">=", 35, 2030), [])).toMatchObject({ status: "insufficient-data", reason: "no-data" });
  });
  it("not measured: no published statistic, or a commitment with no number", () => {
    expect(assess(target(">=", 35, 2030), [], { indicatorId: null })).toMatchObject({ status: "not-measured", reason: "administrative" });
    expect(assess(target("none", null, 2020), [])).toMatchObject({ status: "not-measured", reason: "no-number" });
  });
});

describe("edge cases", () => {
  it("a baseline of zero projects linearly and leaves the growth-rate score out", () => {
    const a = assess(target(">=", 35, 2031), [obs("XIV (2016)", 0), obs("XV (2021)", 14.29)]);
    expect(a).toMatchObject({ status: "on-track", method: "linear", baseline: { value: 0 } });
    // +2.858 points a year for the ten years from 2021 to 2031.
    expect(a.projected).toBeCloseTo(14.29 + 2.858 * 10, 10);
    expect(a.openSdg).toEqual({ observedCagr: null, requiredCagr: null, ratio: null, category: null });
  });
  it("a target already met at the baseline is achieved", () => {
    expect(assess(target(">=", 30, 2030), [obs("2016", 31), obs("2020", 30.5)]).status).toBe("achieved");
  });
  it("a passed deadline is judged at the deadline, not on a later figure, and never 'on track' when missed", () => {
    const a = assess(target(">=", 40, 2020), [obs("2016", 30), obs("2019", 39.8), obs("2023", 45)]);
    expect(a).toMatchObject({ deadlinePassed: true, judged: { periodId: "2019", value: 39.8 }, latest: { periodId: "2023" }, projected: 39.8 });
    expect(a.ratio).toBeCloseTo(0.98, 10);
    expect(a.status).toBe("off-track");
  });
  it("two figures for one year keep the later in the series", () => {
    const a = assess(target(">=", 50, 2030), [obs("2016", 20), obs("2020", 22), obs("2020", 26)]);
    expect(a.judged?.value).toBe(26);
    expect(a.actualPace).toBeCloseTo(1.5, 10);
  });
  it("≤ targets (sex ratio at birth) move downwards at their compound rate", () => {
    const a = assess(target("<=", 109, 2026), [obs("2016", 115), obs("2020", 112)], { percent: false, asOfYear: 2024 });
    expect(a.method).toBe("compound");
    expect(a.projected).toBeCloseTo(112 * (112 / 115) ** (6 / 4), 10);
    expect(a.status).toBe("on-track");
  });
  it("= targets need the exact value; ~ targets are met within 1 %", () => {
    expect(meetsTarget(100, "=", 100, null)).toBe(true);
    expect(meetsTarget(99.5, "=", 100, null)).toBe(false);
    expect(meetsTarget(111.8, "~", 111, null)).toBe(true);
    expect(meetsTarget(112.2, "~", 111, null)).toBe(false);
    expect(meetsTarget(105.5, "between", 105, 106)).toBe(true);
  });
  it("an elected-body target is judged on the term that covers it: a 2016-2020 term target on the 2016 election", () => {
    const a = assess(target(">=", 35, 2020, { term: { start: 2016, end: 2020 } }), [
      obs("XIII (2011)", 24.4),
      obs("XIV (2016)", 26.72),
      obs("XV (2021)", 30.26),
    ]);
    expect(a).toMatchObject({ judgedYear: 2016, judged: { periodId: "NA-XIV" }, baseline: { periodId: "NA-XIII" }, projected: 26.72 });
  });
  it("a term not yet elected is projected to its election", () => {
    const a = assess(target(">=", 35, 2031, { term: { start: 2031, end: 2036 } }), [obs("XIV (2016)", 26.72), obs("XV (2021)", 30.26)], { asOfYear: 2026 });
    expect(a.judged?.periodId).toBe("NA-XV");
    expect(a.projected).toBeCloseTo(30.26 + ((30.26 - 26.72) / 5) * 10, 10);
  });
  it("statusOfRatio: the thresholds 0.95 and 0.10", () => {
    expect([statusOfRatio(0.95), statusOfRatio(0.9499), statusOfRatio(0.1), statusOfRatio(0.0999)]).toEqual([
      "on-track",
      "off-track",
      "off-track",
      "stagnating",
    ]);
  });
  it("the Open SDG score compares observed with required compound growth (0.95 / 0.60 / 0)", () => {
    const s = openSdgScore({ value: 20, periodId: "2016", year: 2016 }, { value: 28, periodId: "2020", year: 2020 }, 35, 2028);
    expect(s.observedCagr).toBeCloseTo((28 / 20) ** (1 / 4) - 1, 12);
    expect(s.requiredCagr).toBeCloseTo((35 / 20) ** (1 / 12) - 1, 12);
    expect(s.category).toBe("on-track");
    expect(openSdgScore({ value: 25, periodId: "a", year: 2016 }, { value: 24, periodId: "b", year: 2020 }, 35, 2030).category).toBe("deterioration");
  });
});

const built = buildDataset(readDataFolder());
if (!built.ok) throw new Error("data does not build");
const ix = indexDataset(built.dataset);
const find = (id: string) => {
  const t = built.dataset.targets.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};

describe("on the real data", () => {
  it("the worked example of the methodology page: Viet Nam, ≥ 35 % women in the 16th legislature", () => {
    const a = assessTargetForArea(ix, find("ubtvqh-co-cau-qh-xvi-1"), "viet-nam");
    expect(a).toMatchObject({ status: "stagnating", baseline: { periodId: "NA-XV", value: 30.26 }, judged: { periodId: "NA-XVI", value: 30 }, projected: 30 });
    expect(a.ratio).toBeCloseTo((30 - 30.26) / (35 - 30.26), 12);
  });
  it("the sex ratio at birth against ≈ 109 by 2030 is moving away (compound projection 112.33)", () => {
    const a = assessTargetForArea(ix, find("nq-28-nq-cp-2021-14"), "viet-nam");
    expect(a).toMatchObject({
      status: "stagnating",
      method: "compound",
      baseline: { periodId: "2019", value: 111.5 },
      judged: { periodId: "2023", value: 111.8 },
    });
    expect(a.projected).toBeCloseTo(111.8 * (111.8 / 111.5) ** (7 / 4), 10);
    expect(a.ratio).toBeCloseTo(-0.331, 3);
  });
  it("the merged Lào Cai met ≥ 35 % in 2026 (5 of 10 deputies)", () => {
    expect(assessTargetForArea(ix, find("ubtvqh-co-cau-qh-xvi-1"), "lao-cai")).toMatchObject({ status: "achieved", judged: { value: 50 } });
  });
  it("the seed plans: Lào Cai's elected-body pool target has only proxies and no baseline; its other targets only reports", () => {
    const statuses = built.dataset.targets.filter((t) => t.planId === "lao-cai-84-kh-ubnd-2017").map((t) => assessTargetForArea(ix, t, "lao-cai-truoc-2025"));
    expect(statuses.map((a) => [a.status, a.reason, a.byProxy])).toEqual([
      ["insufficient-data", "single-point", true],
      ["insufficient-data", "no-baseline", true],
      ["not-measured", "administrative", false],
      ["not-measured", "no-number", false],
      ["not-measured", "administrative", false],
      ["not-measured", "administrative", false],
      ["not-measured", "administrative", false],
      ["not-measured", "administrative", false],
      ["not-measured", "administrative", false],
    ]);
    for (const planId of ["binh-dinh-snv-kh-2022", "hue-huyen-kh-cong-tac-phu-nu", "lai-chau-579-kh-ubnd-2016"]) {
      const plan = ix.plan.get(planId);
      for (const t of built.dataset.targets.filter((x) => x.planId === planId))
        expect(assessTargetForArea(ix, t, plan?.areaId ?? "").status, t.id).toBe("not-measured");
    }
  });
  it("stores every assessment in the JSON, equal to what the function gives", () => {
    for (const stored of built.dataset.assessments.slice(0, 50)) {
      expect(assessTargetForArea(ix, find(stored.targetId), stored.areaId)).toEqual(stored);
    }
  });
  it("does not hold a province merged away in 2025 against a 2026 target", () => {
    expect(built.dataset.assessments.some((a) => a.targetId === "ubtvqh-co-cau-qh-xvi-1" && a.areaId === "lao-cai-truoc-2025")).toBe(false);
    expect(built.dataset.assessments.filter((a) => a.targetId === "ubtvqh-co-cau-qh-xvi-1" && a.areaId !== "viet-nam")).toHaveLength(34);
  });
});
