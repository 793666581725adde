import { textIn } from "../../../../lib/model.ts";
import { periodLabel } from "../../../../i18n/names.ts";
import type { APIRoute } from "astro";
import { socialCard } from "../../../../charts/card.ts";
import { svgToPng } from "../../../../charts/png.ts";
import { pick, t } from "../../../../i18n/index.ts";
import { formatTarget, formatValue, type Lang } from "../../../../lib/site/format.ts";
import { partValue, statusLabel } from "../../../../i18n/status.ts";
import { areaTitle, planReference } from "../../../../i18n/names.ts";
import { latestOf, targetsOfPlan } from "../../../../lib/queries.ts";
import { planCounts } from "../../../../lib/site/counts.ts";
import { siteIndex } from "../../../../site-data.ts";

interface Card {
  title: string;
  lines: string[];
}

/** The social preview of every indicator, province, plan and commitment page, 1200×630. */
export function getStaticPaths() {
  const ix = siteIndex();
  return (["vi", "en"] as const).flatMap((lang) => {
    const param = lang === "vi" ? undefined : lang;
    const fmt = (id: string, v: number) => {
      const ind = ix.indicator.get(id);
      return ind ? formatValue(v, lang, ind.unit, ind.decimals) : String(v);
    };
    const indicators = ix.dataset.indicators.map((ind) => {
      const national = latestOf(ix, ind.id, "viet-nam");
      const lines = national ? [`${t(lang, "nationalValue")}: ${fmt(ind.id, national.value)} (${periodLabel(ix, national.periodId, lang) ?? ""})`] : [];
      return { params: { lang: param, kind: "indicators", id: ind.id }, props: { lang, card: { title: textIn(ind.name, lang), lines } satisfies Card } };
    });
    const provinces = ix.dataset.areas
      .filter((a) => a.level === "province")
      .map((a) => {
        const na = latestOf(ix, "na_women_share", a.id);
        const lines = na
          ? [
              `${textIn(ix.indicator.get("na_women_share")?.name ?? { vi: "", en: "" }, lang)}: ${fmt("na_women_share", na.value)} (${periodLabel(ix, na.periodId, lang) ?? ""})`,
            ]
          : [];
        return {
          params: { lang: param, kind: "provinces", id: a.id },
          props: { lang, card: { title: areaTitle(ix, a.id, lang), lines } satisfies Card },
        };
      });
    const plans = ix.dataset.plans.map((p) => {
      const targets = targetsOfPlan(ix, p.id);
      const counts = planCounts(ix, p.id);
      const lines = [
        pick(lang, p.issuer),
        targets.length > 0 ? t(lang, "decidedOfTotal", { decided: counts.decided, n: counts.commitments }) : t(lang, "targetCount", { n: 0 }),
      ];
      return { params: { lang: param, kind: "plans", id: p.id }, props: { lang, card: { title: pick(lang, p.title), lines } satisfies Card } };
    });
    const commitments = ix.dataset.targets.map((tg) => {
      const plan = ix.plan.get(tg.planId);
      const a = plan ? ix.assessment.get(`${tg.id}|${plan.areaId}`) : undefined;
      const goal = tg.value !== null ? formatTarget(tg.comparator, tg.value, tg.valueMax, pick(lang, tg.unit), lang) : t(lang, "commitmentNoNumber");
      const lines = [
        `${goal}${tg.deadline !== null ? ` (${tg.deadline})` : ""}${tg.section ? ` · ${t(lang, "section")} ${tg.section}` : ""}`,
        a ? statusLabel(a, lang) : "",
        a?.parts[0] ? partValue(ix, a.parts[0], lang) : "",
      ].filter((l) => l !== "" && l !== "—");
      return {
        params: { lang: param, kind: "commitments", id: tg.id },
        props: { lang, card: { title: plan ? planReference(plan, lang) : tg.planId, lines } satisfies Card },
      };
    });
    return [...indicators, ...provinces, ...plans, ...commitments];
  });
}

export const GET: APIRoute = ({ props }) => {
  const { lang, card } = props as { lang: Lang; card: Card };
  return new Response(new Uint8Array(svgToPng(socialCard(card.title, card.lines, t(lang, "siteName")), 1)), { headers: { "Content-Type": "image/png" } });
};
