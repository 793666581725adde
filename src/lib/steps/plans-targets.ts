/**
 * Step 6, plans and targets: the project's own tables (plans.csv,
 * targets.csv), the national targets (a source file completed by
 * mappings/national_targets.csv) and other provinces' plans (an index and a
 * targets file completed by mappings/other_plan_indicators.csv).
 */
import { isShare, withinShare } from "../units.ts";
import { TARGET_UNITS } from "../input/target-units.ts";
import { ISSUER_FORMS, issuerInEnglish } from "../input/issuers.ts";
import type { Area, Comparator, Measure, Plan, Source, Target, Text } from "../model.ts";
import { parseTargetValue } from "../input/numbers.ts";
import { appendAll, ownValue } from "../input/collections.ts";
import {
  NationalTargetMapRowSchema,
  NationalTargetSourceRowSchema,
  OtherPlanIndexRowSchema,
  OtherPlanIndicatorRowSchema,
  OtherPlanTargetRowSchema,
  PlanRowSchema,
  TargetRowSchema,
} from "../input/schema.ts";
import { slugify } from "../text.ts";
import { resolveAreaName } from "../areas.ts";
import { firstOfEach, type BuildContext } from "./context.ts";
import { filesOfKind } from "./sources.ts";
import { measures, quoteKindOf } from "./target-fields.ts";

/** Where a row was read: every later check names it. */
export interface Origin {
  file: string;
  line: number;
}

export interface PlansAndTargets {
  plans: Plan[];
  targets: Target[];
  /** Targets transcribed by hand into targets.csv: their quotes are checked against the plan's text. */
  transcribed: Set<string>;
  /** The file and line of every plan ("plan:<id>") and target ("target:<id>"), for checks made after reading. */
  origins: Map<string, Origin>;
}

/** A term written as "2016-2020", or inside deadline text ("nhiệm kỳ 2016-2021", "term 2021-2026"). */
export function termOf(text: string): { start: number; end: number } | null {
  const m = /^(\d{4})-(\d{4})$/u.exec(text) ?? /(?:nhiệm kỳ|term|congress)\D{0,3}(\d{4})\s*-\s*(\d{4})|(\d{4})\s*-\s*(\d{4})\s*(?:term|congress)/iu.exec(text);
  if (!m) return null;
  const [start, end] = (m[1] ? [m[1], m[2]] : [m[3], m[4]]).map(Number);
  return start !== undefined && end !== undefined && end > start ? { start, end } : null;
}

export function readPlansAndTargets(
  ctx: BuildContext,
  sources: readonly Source[],
  areas: readonly Area[],
  aliases: ReadonlyMap<string, string>,
): PlansAndTargets {
  const out: PlansAndTargets = { plans: [], targets: [], transcribed: new Set(), origins: new Map() };
  out.plans = readOwnPlans(ctx, out.origins);
  readOwnTargets(ctx, out);
  readNationalTargets(ctx, sources, out);
  readOtherPlans(ctx, sources, areas, aliases, out);
  return out;
}

function readOwnPlans(ctx: BuildContext, origins: Map<string, Origin>): Plan[] {
  const plans: Plan[] = [];
  for (const { line, row } of ctx.tableRows("plans.csv", PlanRowSchema, [], "id")) {
    const first = origins.get(`plan:${row.id}`);
    if (first) {
      ctx.add({ file: "plans.csv", line, column: "id", found: row.id, expected: `each plan id once (already on line ${first.line})` });
      continue;
    }
    origins.set(`plan:${row.id}`, { file: "plans.csv", line });
    plans.push({
      id: row.id,
      issuer: { vi: row.issuer_vi, en: row.issuer_en },
      issuerLevel: row.issuer_level,
      areaId: row.area,
      docNumber: row.doc_number,
      docDate: row.doc_date,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      title: { vi: row.title_vi, en: row.title_en },
      parent: row.parent,
      reporting: { vi: row.reporting_vi, en: row.reporting_en },
      reporter: { vi: row.reporter_vi, en: row.reporter_en },
      receiver: { vi: row.receiver_vi, en: row.receiver_en },
      reportDue: { vi: row.report_due_vi, en: row.report_due_en },
      sourceId: row.source,
      note: { vi: row.note_vi, en: row.note_en },
      targetsExtracted: "yes",
      sourceUrl: "",
    });
  }
  return plans;
}

function readOwnTargets(ctx: BuildContext, out: PlansAndTargets): void {
  const FILE = "targets.csv";
  const read: Target[] = [];
  for (const { line, row } of ctx.tableRows(FILE, TargetRowSchema, [], "id")) {
    const at = (column: string, found: string, expected: string) => ctx.add({ file: FILE, line, column, found, expected });
    if (row.comparator !== "none" && row.value === null) at("value", "", `a value for comparator ${row.comparator}`);
    // A target's page is named by the rest of its id after its plan's (/plans/<plan>/<rest>/): the id must begin with the plan's.
    if (!row.id.startsWith(`${row.plan}-`)) at("id", row.id, `an id that begins with its plan's id and a hyphen ("${row.plan}-…")`);
    const parts = Math.max(1, row.indicators.length, row.proxies.length);
    if (row.binds.length > 0 && row.binds.length !== parts) at("binds", row.binds.join("|"), `one value per part (${parts}), separated by |`);
    // Another reading of the body replaces the one part's measure; with two parts it could not say which.
    if (row.body_alternatives.length > 0 && (parts !== 1 || row.indicators.length !== 1))
      at("body_alternatives", row.body_alternatives.join(";"), "empty, except on a commitment of one part measured by a statistic (indicators)");
    for (const [column, value] of [
      ["value", row.value],
      ["value_max", row.value_max],
    ] as const) {
      if (value !== null && isShare({ unit: row.unit_vi }) && !withinShare(value)) at(column, String(value), "a percentage between 0 and 100");
    }
    if (row.comparator === "between" && (row.value_max === null || row.value === null || row.value_max <= row.value))
      at("value_max", String(row.value_max ?? ""), "an upper value above value, for between");
    if (row.comparator !== "between" && row.value_max !== null) at("value_max", String(row.value_max), "empty, except for between");
    if (row.deadline !== null && (row.deadline < 1945 || row.deadline > 2100)) at("deadline", String(row.deadline), "a year between 1945 and 2100");
    if (row.set_by_vi !== "" && (row.set_by_en === "" || row.set_by_url.length === 0))
      at(row.set_by_en === "" ? "set_by_en" : "set_by_url", "", "the rule in English and where it was read, for a figure set by another document");
    if (out.origins.has(`target:${row.id}`)) {
      const first = out.origins.get(`target:${row.id}`);
      at("id", row.id, `each target id once (already on line ${first?.line ?? 0})`);
      continue;
    }
    out.origins.set(`target:${row.id}`, { file: FILE, line });
    read.push({
      id: row.id,
      planId: row.plan,
      section: row.section,
      textVi: row.text_vi,
      textEn: row.text_en,
      quoteKind: quoteKindOf(row.text_vi),
      comparator: row.comparator,
      value: row.value,
      valueMax: row.value_max,
      unit: { vi: row.unit_vi, en: row.unit_en },
      deadline: row.deadline,
      term: termOf(row.term),
      recurrence: row.recurrence,
      scope: { vi: row.scope_vi, en: row.scope_en },
      measure: row.measure,
      ...measures(row.id, row, out.plans.find((p) => p.id === row.plan)?.issuerLevel === "national" ? "nation" : "area"),
      responsible: { vi: row.responsible_vi, en: row.responsible_en },
      setBy: row.set_by_vi === "" ? null : { text: { vi: row.set_by_vi, en: row.set_by_en }, urls: row.set_by_url },
      note: { vi: row.note_vi, en: row.note_en },
    });
    out.transcribed.add(row.id);
  }
  // The same rows in any order give the same outputs: targets.csv is read in id order, not file order.
  read.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  appendAll(out.targets, read);
}

/** National strategy targets: the published file, completed by the mapping (plan id, English, indicators). */
function readNationalTargets(ctx: BuildContext, sources: readonly Source[], out: PlansAndTargets): void {
  const nationalMap = ctx.tableRows("mappings/national_targets.csv", NationalTargetMapRowSchema);
  const usedMapLines = new Set<number>();
  for (const { path, source } of filesOfKind(sources, "national-targets")) {
    const perPlan = new Map<string, number>();
    for (const { line, row } of ctx.rows(ctx.table(path, [], source.dialect), NationalTargetSourceRowSchema)) {
      const match = nationalMap.find(
        ({ row: m }) =>
          row.plan.startsWith(m.plan_label_starts) && m.raw_indicator === row.indicator && m.raw_deadline === row.deadline && m.raw_value === row.value,
      );
      if (!match) {
        ctx.add({
          file: path,
          line,
          column: "indicator",
          found: `${row.indicator} ${row.deadline} ${row.value}`,
          expected: "a matching row in mappings/national_targets.csv (plan, English wording, indicators)",
        });
        continue;
      }
      const value = parseTargetValue(row.value);
      if (value.kind === "invalid") {
        ctx.add({ file: path, line, column: "value", found: row.value, expected: value.expected });
        continue;
      }
      usedMapLines.add(match.line);
      const m = match.row;
      const n = (perPlan.get(m.plan) ?? 0) + 1;
      perPlan.set(m.plan, n);
      const comparator: Comparator = row.comparator === "from" ? "none" : row.comparator;
      const asWritten = row.deadline !== String(m.deadline ?? "");
      const id = `${m.plan}-${n}`;
      out.origins.set(`target:${id}`, { file: path, line });
      out.targets.push({
        id,
        planId: m.plan,
        section: m.section,
        textVi: row.target_text_vi,
        textEn: m.text_en,
        quoteKind: quoteKindOf(row.target_text_vi),
        comparator,
        value: value.value,
        valueMax: value.valueMax,
        unit: ownValue(TARGET_UNITS, row.unit) ?? { vi: row.unit, en: row.unit },
        deadline: m.deadline,
        term: termOf(row.deadline),
        recurrence: m.recurrence,
        scope: { vi: "cả nước", en: "whole country" },
        measure: m.measure,
        ...measures(id, m, "nation"),
        responsible: { vi: "", en: "" },
        setBy: null,
        note: { vi: asWritten ? `Thời hạn theo văn bản: ${row.deadline}` : "", en: asWritten ? `Deadline as written: ${row.deadline}` : "" },
      });
    }
  }
  for (const { line } of nationalMap) {
    if (!usedMapLines.has(line))
      ctx.add({
        file: "mappings/national_targets.csv",
        line,
        column: "",
        found: "a row no target uses",
        expected: "each row to match a row of the national-targets source",
      });
  }
}

/** Abbreviations of official names written in full, as the names are written in headings ("UBND" → "Ủy ban nhân dân"). */
export function expandAbbreviations(name: string): string {
  return name
    .replace(/\bUBND\b/gu, "Ủy ban nhân dân")
    .replace(/\bHĐND\b/gu, "Hội đồng nhân dân")
    .replace(/\bHội LHPN\b/gu, "Hội Liên hiệp Phụ nữ");
}

/** An other province's plan named by its number and years, in each language: "Kế hoạch 379/KH-UBND (2021–2030)", "Plan (to 2025)". */
export function planTitle(number: string, period: string, symbolUnknown = false): Text {
  const years = [...period.matchAll(/\d{4}/gu)].map((m) => m[0]);
  const first = years[0];
  const last = years.at(-1);
  const span = { vi: "", en: "" };
  if (first !== undefined && last !== undefined && years.length > 1) span.vi = span.en = ` (${first}–${last})`;
  else if (last !== undefined && /^(to|đến)\b/iu.test(period.trim())) {
    span.vi = ` (đến năm ${last})`;
    span.en = ` (to ${last})`;
  } else if (last !== undefined) span.vi = span.en = ` (${last})`;
  const aside = symbolUnknown ? { vi: " (chưa rõ ký hiệu)", en: " (symbol not seen)" } : { vi: "", en: "" };
  return { vi: `Kế hoạch${number ? ` số ${number}` : ""}${aside.vi}${span.vi}`, en: `Plan${number ? ` ${number}` : ""}${aside.en}${span.en}` };
}

/** Other provinces' plans: the index gives plans, the targets file their targets. */
function readOtherPlans(
  ctx: BuildContext,
  sources: readonly Source[],
  areas: readonly Area[],
  aliases: ReadonlyMap<string, string>,
  out: PlansAndTargets,
): void {
  const CODES = "mappings/other_plan_indicators.csv";
  const codeMap = new Map(
    firstOfEach(ctx, CODES, "code", ctx.tableRows(CODES, OtherPlanIndicatorRowSchema), (row) => row.code, "code").map(({ row }) => [row.code, row]),
  );
  for (const { path, source } of filesOfKind(sources, "other-plans")) {
    const table = ctx.table(path, [], source.dialect);
    if (path.endsWith("_index.csv")) {
      for (const { line, row } of ctx.rows(table, OtherPlanIndexRowSchema)) {
        const area = resolveAreaName(row.province, "2021-01-01", areas, aliases);
        if (!area.ok) {
          ctx.add({ file: path, line, column: "province", found: row.province, expected: area.expected });
          continue;
        }
        // A form without an English name stops the build; the plan is still read so its targets raise no problems of their own.
        const issuerEn = issuerInEnglish(row.issuer);
        if (issuerEn === null) {
          ctx.add({
            file: path,
            line,
            column: "issuer",
            found: row.issuer,
            expected: `an issuer in one of the forms ${ISSUER_FORMS} (src/lib/issuers.ts names them in English)`,
          });
        }
        const years = [...row.period.matchAll(/\d{4}/gu)].map((m) => Number(m[0]));
        const docDate = /^\d{4}-\d{2}-\d{2}$/u.test(row.doc_date) ? row.doc_date : (/^\d{4}$/u.exec(row.doc_date)?.[0] ?? "");
        // "138 (symbol not seen)": the number alone, the aside said in the page's language.
        const symbolUnknown = /symbol not seen/iu.test(row.doc_number);
        const number = row.doc_number && row.doc_number !== "not given" ? row.doc_number.replace(/\s*\(.*\)\s*$/u, "") : "";
        out.origins.set(`plan:${slugify(row.plan_id)}`, { file: path, line });
        out.plans.push({
          id: slugify(row.plan_id),
          issuer: { vi: expandAbbreviations(row.issuer), en: issuerEn ?? row.issuer },
          issuerLevel: row.issuer_level.startsWith("district") ? "district" : "province",
          areaId: area.area.id,
          docNumber: number,
          docDate,
          periodStart: years.length > 1 ? (years[0] ?? null) : null,
          periodEnd: years.length > 0 ? (years[years.length - 1] ?? null) : null,
          title: planTitle(number, row.period, symbolUnknown),
          parent: row.parent_policies,
          reporting: { vi: "", en: "" },
          reporter: { vi: "", en: "" },
          receiver: { vi: "", en: "" },
          reportDue: { vi: "", en: "" },
          sourceId: source.id,
          note: { vi: row.notes, en: row.notes },
          targetsExtracted: row.targets_extracted,
          sourceUrl: row.source_url,
        });
      }
      continue;
    }
    const perPlan = new Map<string, number>();
    for (const { line, row } of ctx.rows(table, OtherPlanTargetRowSchema)) {
      const planId = slugify(row.plan_id);
      const n = (perPlan.get(planId) ?? 0) + 1;
      perPlan.set(planId, n);
      const code = codeMap.get(row.indicator);
      if (!code) {
        ctx.add({ file: path, line, column: "indicator", found: row.indicator, expected: "a code listed in mappings/other_plan_indicators.csv" });
        continue;
      }
      const deadline = /\d{4}/u.exec(row.deadline);
      const measure: Measure = row.measurable_by_published_data.startsWith("no") ? "administrative" : "statistics";
      // "% of employed women who are wage workers": the unit is "%", the rest describes what is counted.
      const percentUnit = /^%\s*(.*)$/u.exec(row.unit);
      const scope = [row.scope, percentUnit?.[1]].filter(Boolean).join("; ");
      const direct = measure === "statistics" ? code.indicators : [];
      // Where the plan's figure cannot be had from published data, a code's own measures are of another group: context only.
      const proxies =
        measure === "statistics" ? code.proxies : [...code.indicators.map((indicatorId) => ({ indicatorId, group: "other" as const })), ...code.proxies];
      const id = `${planId}-${n}`;
      out.origins.set(`target:${id}`, { file: path, line });
      out.targets.push({
        id,
        planId,
        section: row.section,
        textVi: row.target_text_vi,
        textEn: row.target_text_en,
        quoteKind: quoteKindOf(row.target_text_vi),
        comparator: row.comparator,
        value: row.value,
        valueMax: null,
        unit: percentUnit ? { vi: "%", en: "%" } : (ownValue(TARGET_UNITS, row.unit) ?? { vi: row.unit, en: row.unit }),
        deadline: deadline ? Number(deadline[0]) : null,
        term: termOf(row.deadline),
        recurrence: /annual/u.test(row.deadline) ? "yearly" : "",
        scope: { vi: scope, en: scope },
        measure,
        ...measures(id, { indicators: [direct], proxies: [proxies], same_as: "", comparator_alternatives: [], proxy_note_vi: "", proxy_note_en: "" }, "area"),
        responsible: { vi: "", en: "" },
        setBy: null,
        note: { vi: row.notes, en: row.notes },
      });
    }
  }
}
