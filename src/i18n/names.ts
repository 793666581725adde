/** Names of areas as every page, chart and download writes them: the one place an area's display name is derived. */
import { formatTarget, type Lang } from "../lib/site/format.ts";
import { textIn, type Plan, type Target } from "../lib/model.ts";
import type { Index } from "../lib/queries.ts";
import { t } from "./index.ts";

/**
 * An area's short name in the page's language. With `disambiguate`, a
 * province merged away in 2025 whose name a 2025 unit took is told apart
 * from it ("Lào Cai (cũ)", "Lào Cai (former)"), for views that show both.
 */
export function areaName(ix: Index, areaId: string, lang: Lang, disambiguate = false): string {
  const area = ix.area.get(areaId);
  if (!area) return areaId;
  // Place names keep their Vietnamese spelling on English pages too ("Lào Cai", as in the plans and the sources): one spelling everywhere (docs/glossary.md).
  const name = area.level === "country" ? textIn(area.name, lang) : area.name.vi;
  const unit = area.becameId ? ix.area.get(area.becameId) : undefined;
  return disambiguate && unit && unit.name.vi === area.name.vi ? `${name} (${t(lang, "oldUnitSuffix")})` : name;
}

/** The name a page's heading gives an area: the official name in Vietnamese ("Tỉnh Lào Cai"), the short one (same spelling) in English. */
export function areaTitle(ix: Index, areaId: string, lang: Lang): string {
  const area = ix.area.get(areaId);
  if (!area) return areaId;
  return lang === "vi" ? area.officialName : area.level === "country" ? area.name.en : area.name.vi;
}

/** A document's number as the page writes it: a number left blank in the document ("/KH-SNV") says so rather than reading as a typo. */
export function docNumberWords(plan: Pick<Plan, "docNumber">, lang: Lang): string {
  if (plan.docNumber === "") return t(lang, "numberNotStated");
  return plan.docNumber.startsWith("/") ? t(lang, "numberLeftBlank", { number: `…${plan.docNumber}` }) : plan.docNumber;
}

/** A document named by its issuer and number: "Ủy ban nhân dân tỉnh Lào Cai 84/KH-UBND"; the title where it has no number. */
export function planReference(plan: Pick<Plan, "docNumber" | "issuer" | "title">, lang: Lang): string {
  return plan.docNumber === "" ? textIn(plan.title, lang) : `${textIn(plan.issuer, lang)} ${docNumberWords(plan, lang)}`;
}

/** A period's label in the page's language; its id where the data have no such period. */
export function periodLabel(ix: Index, periodId: string, lang: Lang): string {
  const period = ix.period.get(periodId);
  return period ? textIn(period.label, lang) : periodId;
}

/** A commitment's goal ("≥ 35%", or that it has no number) and its title ("Commitment 12 of 58 · <plan>"). */
export function commitmentHeading(plan: Pick<Plan, "docNumber" | "issuer" | "title">, target: Target, number: number, total: number, lang: Lang) {
  return {
    goal:
      target.value !== null ? formatTarget(target.comparator, target.value, target.valueMax, textIn(target.unit, lang), lang) : t(lang, "commitmentNoNumber"),
    title: t(lang, "commitmentTitle", { n: number, total, plan: planReference(plan, lang) }),
  };
}
