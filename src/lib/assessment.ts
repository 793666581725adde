/**
 * The vocabulary of verdicts and what they rest on: statuses, parts, the
 * figures used, and the comparators, qualifiers and bindings a target is
 * written with. Part of the output model (model.ts re-exports all of it);
 * apart so that neither file grows past reading length. Imports nothing from
 * model.ts, so the two never wait on each other.
 */
import { z } from "zod";
import { STATUSES } from "./verdicts.ts";

/** `~` is "about", `between` runs from `value` to `valueMax`, `none` a commitment with no number. */
export const ComparatorSchema = z.enum([">=", ">", "<=", "<", "=", "~", "between", "none"]);
export type Comparator = z.infer<typeof ComparatorSchema>;
/** A figure printed with a qualifier keeps it: "trên 28%" is over 28, "gần 43%" nearly 43, "khoảng 42%" about 42. */
export const QualifierSchema = z.enum(["", "over", "under", "nearly", "about"]);
export type Qualifier = z.infer<typeof QualifierSchema>;
/** Whose figure a target (or a part of it) is about: the whole nation's, or the plan's own area's (its council, its delegation, its departments). */
/**
 * Whose figure decides a part: the nation's, the plan's own area's, or each
 * province's own body (a rule such as the election resolutions' 35 % of
 * candidates binds every provincial council: each is judged on its own list).
 */
export const BindsSchema = z.enum(["nation", "area", "province"]);
export type Binds = z.infer<typeof BindsSchema>;
/**
 * How a proxy relates to the group a target is about: the same group under
 * another name (it decides, labelled as a proxy), a narrower body, or another
 * group (context only, never a verdict).
 */
export const ProxyGroupSchema = z.enum(["same", "narrower", "other"]);
export type ProxyGroup = z.infer<typeof ProxyGroupSchema>;

/**
 * Statuses (see verdicts.ts for the three kinds). Decided by a figure:
 * achieved, not achieved (deadline passed), on track, off track, no
 * progress, moving away, short (one figure, below the target, before the
 * deadline), delivered (a commitment with no number, as reported). Missing,
 * each saying what: not reported (a report was owed, none found), awaiting a
 * report, no figure (a statistic not published), partly measured, unconfirmed
 * (the comparator's readings disagree). A contribution: a province's figure
 * against a target that binds the nation.
 */
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;
export const OpenSdgCategorySchema = z.enum(["achieved", "on-track", "acceleration-needed", "limited-progress", "deterioration"]);
export type OpenSdgCategory = z.infer<typeof OpenSdgCategorySchema>;

/** Why a part got its status, where the status alone does not say it. */
export const PartReasonSchema = z.enum([
  "",
  "no-data",
  "no-deadline-figure",
  "only-after-deadline",
  "before-plan",
  "bound-only",
  "single-point",
  "no-deadline",
  "met-then-missed",
  "met-before-deadline",
  "no-report",
  "reported-outside-period",
]);
export type PartReason = z.infer<typeof PartReasonSchema>;

/** Where a figure the verdict uses comes from. */
export const EvidenceSchema = z.enum(["statistic", "proxy", "reported", "none"]);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const PointUsedSchema = z.object({
  value: z.number(),
  periodId: z.string(),
  /** The year the figure is dated to: the calendar year, or the first year of a term. */
  year: z.number().int(),
  qualifier: QualifierSchema,
  /** The counts behind a share, where published or counted ("2 of 10"). */
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /**
   * As published; computed by the project from printed figures; counted by
   * the project from an official list; summed from the old provinces of a
   * 2025 unit (counts over counts); or reported by the issuer.
   */
  basis: z.enum(["published", "computed", "counted", "sum-over-sum", "sum", "reported"]),
  sourceId: z.string(),
});
export type PointUsed = z.infer<typeof PointUsedSchema>;

export const OpenSdgScoreSchema = z.object({
  observedCagr: z.number().nullable(),
  requiredCagr: z.number().nullable(),
  ratio: z.number().nullable(),
  category: OpenSdgCategorySchema.nullable(),
  /** Why it is blank: a target of zero, a value of zero or less, no trend, or a deadline that has passed. */
  note: z.enum(["", "zero-target", "non-positive-value", "no-trend", "deadline-passed"]),
});

/** A figure shown beside a part for context, which does not decide it: a proxy of a narrower body or of another group. */
export const ContextFigureSchema = z.object({
  indicatorId: z.string(),
  group: ProxyGroupSchema.exclude(["same"]),
  point: PointUsedSchema,
});
export type ContextFigure = z.infer<typeof ContextFigureSchema>;

/** The verdict on one body or measure a commitment names (most commitments have one part). */
export const PartSchema = z.object({
  /** Whose figure decides the part; a province's figure against a part that binds the nation is a contribution. */
  binds: BindsSchema,
  /** Figures near the part that do not decide it, each with how it differs. */
  context: z.array(ContextFigureSchema),
  /** The indicator used; a proxy when evidence is "proxy"; null for reported figures and missing ones. */
  indicatorId: z.string().nullable(),
  /** The measure that names what the part is about, for its heading where no figure was used (its direct measure, else its first proxy). */
  about: z.string().nullable(),
  evidence: EvidenceSchema,
  status: StatusSchema,
  reason: PartReasonSchema,
  method: z.enum(["linear", "compound", ""]),
  /** The judged period's figure settled it (achieved or not achieved at the deadline). */
  final: z.boolean(),
  /** The year the target is judged at: the deadline, or the first year of its term. */
  judgedYear: z.number().int().nullable(),
  baseline: PointUsedSchema.nullable(),
  latest: PointUsedSchema.nullable(),
  judged: PointUsedSchema.nullable(),
  projected: z.number().nullable(),
  /** (projected − baseline) / |goal − baseline|, signed by the target's direction. */
  ratio: z.number().nullable(),
  /** Pace since the baseline, per year: points for percentages, otherwise units. */
  actualPace: z.number().nullable(),
  /** Pace needed from the judged figure to the deadline, per year. */
  requiredPace: z.number().nullable(),
  /** How far the judged figure is from the goal, before the deadline. */
  distance: z.number().nullable(),
  yearsLeft: z.number().int().nullable(),
  openSdg: OpenSdgScoreSchema,
});
export type Part = z.infer<typeof PartSchema>;

export const AssessmentSchema = z.object({
  targetId: z.string(),
  areaId: z.string(),
  /** The commitment it assesses: targets quoted by two documents share one, and are counted once. */
  commitmentId: z.string(),
  status: StatusSchema,
  /** What the verdict rests on; "proxy" or "reported" whenever any part does. */
  evidence: EvidenceSchema,
  comparator: ComparatorSchema,
  target: z.number().nullable(),
  targetMax: z.number().nullable(),
  deadline: z.number().int().nullable(),
  /** One per body the commitment names, in the order it names them. */
  parts: z.array(PartSchema),
  /** The comparator was read from a paraphrase and not checked against the Vietnamese text. */
  comparatorUnconfirmed: z.boolean(),
  /** The wording does not say which body the figure is set for (candidates or deputies): no verdict unless every reading agrees. */
  bodyUnconfirmed: z.boolean(),
  /** The target judged as set for each other body the wording may mean, one part each. */
  bodyReadings: z.array(PartSchema),
  /** A figure a part rests on was printed with a qualifier. */
  qualified: z.boolean(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
