/**
 * A figure the project made (computed from printed figures, counted from a
 * list) says so wherever it shows: on every built page, in both languages,
 * and in every CSV. The pages are read as a reader reads them: wherever a
 * made figure's value stands beside its area's name and its period, the
 * words "computed / counted by the project" stand in the same row, item or
 * paragraph, or under the drawing it is part of.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { Dataset, Observation } from "../../src/lib/model.ts";
import { parseCsv } from "../../src/lib/csv.ts";
import { formatValue, type Lang } from "../../src/lib/site/format.ts";
import { indexDataset } from "../../src/lib/queries.ts";
import { commitmentPath } from "../../src/lib/site/paths.ts";
import { periodLabel } from "../../src/i18n/names.ts";
import { printedValue } from "../../src/i18n/status.ts";
import { isDecided } from "../../src/lib/verdicts.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
const dataset = JSON.parse(readFileSync(join(root, "src/generated/dataset.json"), "utf8")) as Dataset;
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
const indicator = new Map(dataset.indicators.map((i) => [i.id, i]));
const area = new Map(dataset.areas.map((a) => [a.id, a]));
const period = new Map(dataset.periods.map((p) => [p.id, p]));

/** The project's words for a figure it made, in each language (basisComputed, basisCounted, basisSummed, basisNoteDrawn). */
const LABEL: Record<Lang, RegExp> = { vi: /nhóm dự án (tính|đếm|cộng)/u, en: /(computed|counted|summed) by the project/u };
/** Where a figure's words end: a row, an item, a paragraph, a drawing. */
const UNIT = new Set(["LI", "TR", "P", "DD", "FIGURE", "TABLE", "ARTICLE", "SECTION", "DETAILS"]);
/** Where a label stops counting for what is inside: a drawing's notes count for its marks, a table's for its rows. */
const CONTAINER = new Set(["FIGURE", "TABLE", "ARTICLE"]);

const made = dataset.observations.filter((o) => o.derivation !== "printed" && !o.reported);
const printed = (o: Pick<Observation, "indicatorId" | "value">, lang: Lang) => {
  const i = indicator.get(o.indicatorId);
  return i ? formatValue(o.value, lang, i.unit, i.decimals) : "";
};

/** Another figure of the same place that prints the same: the page's words cannot tell which one is shown. */
function hasPrintedTwin(o: Observation, lang: Lang): boolean {
  const v = printed(o, lang);
  return (
    dataset.observations.some((p) => p !== o && p.derivation === "printed" && p.areaId === o.areaId && printed(p, lang) === v) ||
    dataset.reported.some((r) => r.areaId === o.areaId && r.value === o.value)
  );
}

/** Each place on a page where a made figure stands with its area and period, and no label is near it. */
function unlabelled(html: string, lang: Lang, where: string): string[] {
  const wanted = made.filter((o) => html.includes(printed(o, lang)) && !hasPrintedTwin(o, lang));
  if (wanted.length === 0) return [];
  const { document } = parseHTML(html);
  const elements = [...document.querySelectorAll("*")];
  const out: string[] = [];
  for (const o of wanted) {
    const value = printed(o, lang);
    const a = area.get(o.areaId);
    const start = String(period.get(o.periodId)?.start ?? "");
    if (!a || start === "") continue;
    const names = [a.name[lang], a.name.vi];
    for (const el of elements) {
      if (![...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? "").includes(value))) continue;
      let unit: Element | null = el;
      while (unit && !UNIT.has(unit.tagName)) unit = unit.parentElement;
      if (!unit) continue;
      // Inside a drawing a mark's own words say whose figure it is; the label is the drawing's.
      const words = (el.closest("svg") ? el.textContent : unit.textContent) ?? "";
      if (!names.some((n) => words.includes(n)) || !words.includes(start)) continue;
      let labelled = false;
      for (let at: Element | null = unit; at && !labelled; at = CONTAINER.has(at.tagName) ? null : at.parentElement)
        labelled = LABEL[lang].test(at.textContent ?? "");
      if (!labelled)
        out.push(
          `${where}: ${o.indicatorId} ${o.areaId} ${o.periodId} ${value} (${o.derivation}) in <${unit.tagName.toLowerCase()}> "${words.replace(/\s+/gu, " ").trim().slice(0, 100)}"`,
        );
    }
  }
  return out;
}

const bySourceLine = new Map(dataset.observations.map((o) => [`${o.sourceId}|${o.line}|${o.indicatorId}|${o.areaId}|${o.periodId}`, o]));
const csvRows = (file: string) => parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/u, ""), file).table.rows.map((r) => r.cells);
const key = (indicatorId: string, areaId: string, periodId: string) => `${indicatorId}|${areaId}|${periodId}`;
// Where a printed figure and a made one share area and period (two sources), a row cannot say which it is: left out.
const printedKeys = new Set(dataset.observations.filter((o) => o.derivation === "printed").map((o) => key(o.indicatorId, o.areaId, o.periodId)));
const madeBy = new Map(
  made.filter((o) => !printedKeys.has(key(o.indicatorId, o.areaId, o.periodId))).map((o) => [key(o.indicatorId, o.areaId, o.periodId), o.derivation]),
);

describe("a figure the project computed or counted carries its label", () => {
  it("on every built page in both languages, beside its area and period or under its drawing", () => {
    const pages = files(dist).filter((f) => f.endsWith(".html"));
    const misses: string[] = [];
    const kinds = new Set<string>();
    for (const file of pages) {
      const path = `/${relative(dist, file)}`;
      const html = readFileSync(file, "utf8");
      const lang: Lang = /<html[^>]*\slang="en"/u.test(html) ? "en" : "vi";
      const found = unlabelled(html, lang, path);
      misses.push(...found);
      if (made.some((o) => html.includes(printed(o, lang)))) kinds.add(path.split("/").filter((s) => s !== "en")[1] ?? "");
    }
    expect(made.length).toBeGreaterThan(250);
    // The made figures show on every kind of page that shows figures: home, provinces, plans, indicators, status, compare, embeds.
    for (const kind of ["index.html", "provinces", "plans", "indicators", "status", "compare", "embed"]) expect([...kinds]).toContain(kind);
    expect(misses.slice(0, 20)).toEqual([]);
  });

  it("catches a made figure shown without its label", () => {
    const o = made.find((x) => x.indicatorId === "na_women_share" && x.periodId === "NA-XVI" && !hasPrintedTwin(x, "vi"));
    if (!o) throw new Error("no counted delegation share of 2026");
    const name = area.get(o.areaId)?.name.vi ?? "";
    const row = `<table><tr><th>${name}</th><td>Khóa XVI (2026)</td><td>${printed(o, "vi")}</td></tr></table>`;
    expect(unlabelled(`<html lang="vi"><body>${row}</body></html>`, "vi", "made-up")).toHaveLength(1);
    const labelled = row.replace("</td></tr>", " (nhóm dự án đếm từ danh sách chính thức)</td></tr>");
    expect(unlabelled(`<html lang="vi"><body>${labelled}</body></html>`, "vi", "made-up")).toEqual([]);
  });

  it("in every CSV: observations say how each figure came to be; verdicts name the basis of the figure they rest on and of each context figure", () => {
    const csvs = files(join(dist, "data")).filter((f) => f.endsWith(".csv"));
    let observationRows = 0;
    let judgedRows = 0;
    for (const file of csvs) {
      const rows = csvRows(file);
      for (const r of rows) {
        if ("derivation" in r && r["indicator"] !== undefined) {
          observationRows++;
          // Each row is one source row: it says what that row's source file says.
          const own = bySourceLine.get(`${r["source_id"]}|${r["source_line"]}|${r["indicator"]}|${r["area_id"]}|${r["period"]}`);
          expect(own, `${file} ${r["source_id"]}:${r["source_line"]}`).toBeDefined();
          expect(r["derivation"], `${file} ${r["indicator"]} ${r["area_id"]} ${r["period"]}`).toBe(own?.derivation);
        }
        if ("judged_basis" in r && r["judged_period"] !== "" && r["part_indicator"] !== "") {
          const made = madeBy.get(key(r["part_indicator"] ?? "", r["area_id"] ?? "", r["judged_period"] ?? ""));
          if (made && r["part_evidence"] !== "reported") {
            judgedRows++;
            expect(r["judged_basis"], `${file} ${r["target"]} ${r["area_id"]}`).toBe(made);
          }
        }
        for (const entry of (r["context"] ?? "").split("; ").filter((e) => e !== "")) {
          const [id = "", periodId = "", , basis = ""] = entry.split(" ");
          const made = madeBy.get(key(id.split("@")[0] ?? "", r["area_id"] ?? "", periodId));
          if (made) expect(basis, `${file} ${r["target"]} ${r["area_id"]} context ${entry}`).toBe(made);
        }
      }
    }
    expect(observationRows).toBeGreaterThan(800);
    expect(judgedRows).toBeGreaterThan(40);
  });
});

describe("a figure only on the term it is judged on", () => {
  const ix = indexDataset(dataset);
  const page = (path: string) => parseHTML(readFileSync(join(dist, path, "index.html"), "utf8")).document;
  it("every part on every commitment's page, in both languages: a verdict's card shows the figure of its judged period with that period named; a part without one shows no other term's", () => {
    let shown = 0;
    let absent = 0;
    for (const target of dataset.targets) {
      const plan = ix.plan.get(target.planId);
      const a = dataset.assessments.find((x) => x.targetId === target.id && x.areaId === plan?.areaId);
      if (!a) continue;
      for (const lang of ["vi", "en"] as const) {
        const card = page(`${lang === "en" ? "/en" : ""}${commitmentPath(target)}`).querySelector(`article[data-target="${target.id}"]`);
        const parts = [...(card?.querySelectorAll(".part[data-part]") ?? [])].filter((el) => !el.closest("[data-body-reading]"));
        expect(parts.length, target.id).toBe(a.parts.length);
        a.parts.forEach((part, i) => {
          // The folded calculation lists every input with its own heading ("latest", "judged"): the part's words are the rest.
          const words = parts[i]?.cloneNode(true) as Element | undefined;
          for (const calc of words?.querySelectorAll("details[data-calc]") ?? []) calc.remove();
          const text = words?.textContent ?? "";
          const indicator = part.indicatorId ? ix.indicator.get(part.indicatorId) : undefined;
          if (part.judged && isDecided(part)) {
            shown++;
            // The figure stands in the part's words or in the card's evidence block below them, with its period.
            const where = card?.textContent ?? "";
            expect(where, `${target.id} part ${i + 1} (${lang})`).toContain(printedValue(part.judged, lang, indicator));
            expect(where, `${target.id} part ${i + 1} (${lang})`).toContain(periodLabel(ix, part.judged.periodId, lang));
          } else if (!part.judged && part.latest) {
            absent++;
            // The latest figure is of another term: it may not stand in for the judged one.
            expect(text, `${target.id} part ${i + 1} (${lang}): ${part.latest.periodId}`).not.toContain(periodLabel(ix, part.latest.periodId, lang));
          }
        });
      }
    }
    expect(shown).toBeGreaterThan(30);
    expect(absent).toBeGreaterThan(0);
  });
  it("a calculation card's projection is rounded as its indicator's figures are: one decimal for the sex ratio at birth, two for the Assembly's share", () => {
    const byDecimals = new Map<number, number>();
    for (const target of dataset.targets) {
      const plan = ix.plan.get(target.planId);
      const a = dataset.assessments.find((x) => x.targetId === target.id && x.areaId === plan?.areaId);
      if (!a) continue;
      const card = page(commitmentPath(target)).querySelector(`article[data-target="${target.id}"]`);
      const parts = [...(card?.querySelectorAll(".part[data-part]") ?? [])].filter((el) => !el.closest("[data-body-reading]"));
      a.parts.forEach((part, i) => {
        const decimals = ix.indicator.get(part.indicatorId ?? "")?.decimals;
        if (part.projected === null || decimals === undefined) return;
        const text = parts[i]?.querySelector("[data-calc-projected]")?.textContent?.trim() ?? "";
        // Vietnamese pages write the decimal comma: "111,3".
        expect(text.split(",")[1]?.length ?? 0, `${target.id} part ${i + 1}: ${text}`).toBe(decimals);
        byDecimals.set(decimals, (byDecimals.get(decimals) ?? 0) + 1);
      });
    }
    expect(byDecimals.get(1)).toBeGreaterThan(0);
    expect(byDecimals.get(2)).toBeGreaterThan(0);
  });
});
