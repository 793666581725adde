/**
 * The methodology page's worked examples, one per status. Where the site's
 * data hold a case, the example is that stored verdict (target and area);
 * where they hold none yet, a small series marked on the page as
 * hypothetical, worked out by the same functions. A unit test checks that
 * every example earns the status it illustrates.
 */
import type { Status } from "../model.ts";
import { actionVerdict, assessSeries, type SeriesInput, type SeriesResult } from "../progress.ts";

export type WorkedExample =
  | { status: Status; kind: "stored"; targetId: string; areaId: string }
  | { status: Status; kind: "series"; input: SeriesInput }
  | {
      status: Status;
      kind: "action";
      reports: { year: number; value: number }[];
      period: { start: number; end: number };
      owed: boolean;
    };

const share = (year: number, value: number) => ({
  value,
  periodId: String(year),
  year,
  end: year,
  qualifier: "" as const,
  numerator: null,
  denominator: null,
  basis: "published" as const,
  sourceId: "",
});
/** A target of the usual shape: at least 35 % by 2030, in a plan from 2021, judged in 2026. */
const atLeast35By2030 = (points: [number, number][]): SeriesInput => ({
  comparator: ">=",
  target: 35,
  targetMax: null,
  deadline: 2030,
  term: null,
  planStart: 2021,
  points: points.map(([y, v]) => share(y, v)),
  percent: true,
  asOfYear: 2026,
});

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  { status: "achieved", kind: "stored", targetId: "qd-468-qd-ttg-1", areaId: "viet-nam" },
  { status: "not-achieved", kind: "stored", targetId: "qd-2351-qd-ttg-2010-10", areaId: "viet-nam" },
  {
    status: "on-track",
    kind: "series",
    input: atLeast35By2030([
      [2021, 30],
      [2024, 33],
    ]),
  },
  {
    status: "off-track",
    kind: "series",
    input: atLeast35By2030([
      [2021, 30],
      [2024, 31],
    ]),
  },
  {
    status: "no-progress",
    kind: "series",
    input: atLeast35By2030([
      [2021, 30],
      [2024, 30.1],
    ]),
  },
  { status: "moving-away", kind: "stored", targetId: "nq-28-nq-cp-2021-14", areaId: "viet-nam" },
  { status: "short", kind: "stored", targetId: "nq-28-nq-cp-2021-4", areaId: "viet-nam" },
  { status: "delivered", kind: "action", reports: [{ year: 2023, value: 1 }], period: { start: 2021, end: 2025 }, owed: true },
  { status: "not-reported", kind: "stored", targetId: "lao-cai-84-kh-ubnd-2017-iii-2", areaId: "lao-cai-truoc-2025" },
  { status: "partly-measured", kind: "stored", targetId: "nq-28-nq-cp-2021-1", areaId: "viet-nam" },
  { status: "unconfirmed", kind: "stored", targetId: "nq-28-nq-cp-2021-13", areaId: "viet-nam" },
  { status: "no-figure", kind: "stored", targetId: "nq-28-nq-cp-2021-9", areaId: "viet-nam" },
  { status: "awaiting-report", kind: "stored", targetId: "binh-dinh-snv-kh-2022-2", areaId: "binh-dinh" },
  { status: "contribution", kind: "stored", targetId: "ubtvqh-co-cau-qh-xvi-1", areaId: "dong-thap" },
];

/** The verdict a hypothetical example works out to. */
export function workedResult(example: Exclude<WorkedExample, { kind: "stored" }>): Pick<SeriesResult, "status" | "reason"> & Partial<SeriesResult> {
  return example.kind === "series" ? assessSeries(example.input) : actionVerdict(example.reports, example.period, example.owed);
}
