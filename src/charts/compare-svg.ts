/**
 * The compare view's charts as SVG strings: drawn at build time for the
 * default view and in the browser for every other. Hand-written rather than
 * Plot, so that no chart library ships to the browser.
 */
import { isShare } from "../lib/units.ts";
import {
  compareChoices,
  fmt,
  targetsOfState,
  type CompareChoice,
  type CompareData,
  type CompareIndicator,
  type CompareRow,
  type CompareState,
} from "../lib/site/compare.ts";
import { COLORS, SERIES_COLORS, axisTicks, niceAxis } from "./theme.ts";
import { escapeXml } from "./tilemap.ts";
import { fillSlots } from "../lib/site/format.ts";

const W = 360;
const { ink: INK, muted: MUTED, grid: GRID, dot: DOT, highlight: HIGHLIGHT, target: TARGET } = COLORS;

function sourceLine(data: CompareData, ids: readonly string[]): string {
  if (ids.length === 0) return "";
  const links = ids.map((id) => {
    const s = data.sources[id];
    return s ? `<a href="${escapeXml(s.href)}">${escapeXml(s.publisher)}</a>` : escapeXml(id);
  });
  return `${escapeXml(data.text.sourceLine)}: ${links.join("; ")}`;
}

/** A row's notes (a sum of old provinces, a figure the project made), after its values in a tooltip. */
const withNotes = (r: CompareRow): string => {
  const notes = [...new Set(r.notes.filter(Boolean))];
  return notes.length > 0 ? ` — ${notes.join("; ")}` : "";
};

function svg(width: number, height: number, title: string, description: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `aria-label="${escapeXml(title)}" aria-description="${escapeXml(description)}" style="font-family:inherit;font-size:13.5px">${body}</svg>`
  );
}

type Rule = { value: number; label: string };

/** What a one-period view draws: the rows, their indicator, the period's label and its own targets. */
export interface PeriodView {
  rows: readonly CompareRow[];
  indicator: CompareIndicator;
  data: CompareData;
  periodLabel: string;
  targets: readonly Rule[];
}

/** Areas ranked by the later period's value, the period's own target as a vertical rule. */
export function compareDotPlot({ rows, indicator, data, periodLabel, targets }: PeriodView): string {
  const ranked = rows.filter((r) => r.values[1] !== null).sort((a, b) => (b.values[1] ?? 0) - (a.values[1] ?? 0) || a.name.localeCompare(b.name, "vi"));
  const left = Math.min(180, Math.max(70, 10 + 7 * Math.max(0, ...ranked.map((r) => r.name.length))));
  const right = 16;
  const top = 30;
  const rowH = 20;
  const height = top + ranked.length * rowH + 24;
  const axis = niceAxis([...ranked.map((r) => r.values[1] ?? 0), ...targets.map((t) => t.value)], isShare(indicator));
  const max = axis.top;
  const x = (v: number) => left + ((W - left - right) * v) / max;
  const grid = axisTicks(axis)
    .map(
      (t) =>
        `<line x1="${x(t)}" x2="${x(t)}" y1="${top - 6}" y2="${height - 20}" stroke="${GRID}"/><text x="${x(t)}" y="${top - 10}" text-anchor="middle" fill="${MUTED}">${escapeXml(fmt({ unit: "count", decimals: 0 }, t, data.lang))}</text>`,
    )
    .join("");
  // The label is anchored away from the nearer edge, so it is never cut ("Chỉ tiêu ≥ 35% (202").
  const anchor = (at: number) => (at > W - right - 70 ? "end" : at < left + 70 ? "start" : "middle");
  const rules = targets
    .map(
      (t) =>
        `<g class="target-rule"><line x1="${x(t.value)}" x2="${x(t.value)}" y1="${top - 4}" y2="${height - 20}" stroke="${TARGET}" stroke-width="2"/><text x="${x(t.value)}" y="${height - 6}" text-anchor="${anchor(x(t.value))}" fill="${TARGET}" font-weight="700">${escapeXml(t.label)}</text></g>`,
    )
    .join("");
  const dots = ranked
    .map((r, i) => {
      const y = top + i * rowH + rowH / 2;
      const v = r.values[1] ?? 0;
      const color = r.selected ? HIGHLIGHT : DOT;
      return (
        `<g class="value-dot" data-area="${escapeXml(r.areaId)}" data-value="${v}"><title>${escapeXml(`${r.name}: ${fmt(indicator, v, data.lang)} (${periodLabel})${r.notes[1] ? ` — ${r.notes[1]}` : ""}`)}</title>` +
        `<text x="${left - 6}" y="${y + 4}" text-anchor="end" fill="${INK}" font-weight="${r.selected ? 700 : 400}">${escapeXml(r.name)}</text>` +
        `<line x1="${left}" x2="${W - right}" y1="${y}" y2="${y}" stroke="${GRID}" stroke-width="0.5"/>` +
        `<circle cx="${x(v)}" cy="${y}" r="${r.selected ? 5 : 4}" fill="${color}" stroke="${COLORS.paper}"/></g>`
      );
    })
    .join("");
  const title = `${indicator.name}, ${periodLabel}`;
  const description = ranked.map((r) => `${r.name} ${fmt(indicator, r.values[1] ?? 0, data.lang)}`).join("; ");
  return svg(W, height, title, description, grid + rules + dots);
}

/** Label positions at least `gap` apart, as near their wanted positions as the order allows. */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed: number[] = [];
  for (const item of order) placed.push(Math.max(item.y, (placed.at(-1) ?? min - gap) + gap));
  // Push back up when the bottom overflows.
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k] ?? 0, max - (placed.length - 1 - k) * gap);
  const out = new Array<number>(wanted.length);
  order.forEach((item, k) => (out[item.i] = placed[k] ?? item.y));
  return out;
}

/**
 * Each area's value in the first and the second period joined by a line; a
 * missing end is left missing. The later period's target is a mark on its
 * axis, named in a key below the plot, so its label never lies over a line.
 */
export function compareSlope(
  rows: readonly CompareRow[],
  indicator: CompareIndicator,
  data: CompareData,
  labels: [string, string],
  targets: readonly Rule[],
): string {
  const shown = rows.filter((r) => r.selected);
  const top = 34;
  const bottom = 16 + targets.length * 16;
  const height = 260 + targets.length * 16;
  const xA = 60;
  const xB = W - 178;
  const max = niceAxis(shown.flatMap((r) => r.values.filter((v): v is number => v !== null)).concat(targets.map((t) => t.value)), isShare(indicator)).top;
  const y = (v: number) => height - bottom - ((height - top - bottom) * v) / max;
  const axes =
    `<line x1="${xA}" x2="${xA}" y1="${top}" y2="${height - bottom}" stroke="${GRID}"/><line x1="${xB}" x2="${xB}" y1="${top}" y2="${height - bottom}" stroke="${GRID}"/>` +
    `<text x="${xA}" y="${top - 14}" text-anchor="middle" font-weight="700" fill="${INK}">${escapeXml(labels[0])}</text>` +
    `<text x="${xB}" y="${top - 14}" text-anchor="middle" font-weight="700" fill="${INK}">${escapeXml(labels[1])}</text>`;
  const rules = targets
    .map(
      (t, i) =>
        `<g class="target-rule"><line x1="${xB - 14}" x2="${xB + 4}" y1="${y(t.value)}" y2="${y(t.value)}" stroke="${TARGET}" stroke-width="3"/>` +
        `<line x1="${xA}" x2="${xA + 18}" y1="${height - bottom + 12 + i * 16}" y2="${height - bottom + 12 + i * 16}" stroke="${TARGET}" stroke-width="3"/>` +
        `<text x="${xA + 24}" y="${height - bottom + 16 + i * 16}" fill="${TARGET}" font-weight="700">${escapeXml(t.label)}</text></g>`,
    )
    .join("");
  const palette = [HIGHLIGHT, ...SERIES_COLORS, MUTED];
  // Labels never overlap: values on the left, values and names on the right, spread a line (16 px) apart.
  const leftY = spreadLabels(
    shown.map((r) => y(r.values[0] ?? 0)),
    16,
    top,
    height - bottom,
  );
  const rightY = spreadLabels(
    shown.map((r) => y(r.values[1] ?? 0)),
    16,
    top,
    height - bottom,
  );
  const lines = shown
    .map((r, i) => {
      const color = palette[i % palette.length] ?? DOT;
      const [a, b] = r.values;
      const label = (v: number | null) => (v === null ? "–" : fmt(indicator, v, data.lang));
      const ends = [
        a !== null
          ? `<circle cx="${xA}" cy="${y(a)}" r="4" fill="${color}"/><text x="${xA - 8}" y="${(leftY[i] ?? 0) + 4}" text-anchor="end" fill="${color}">${escapeXml(label(a))}</text>`
          : "",
        b !== null
          ? `<circle cx="${xB}" cy="${y(b)}" r="4" fill="${color}"/><text x="${xB + 8}" y="${(rightY[i] ?? 0) + 4}" fill="${color}">${escapeXml(`${label(b)} ${r.name}`)}</text>`
          : `<text x="${xB + 8}" y="${(rightY[i] ?? 0) + 4}" fill="${color}">${escapeXml(`${data.text.missing}: ${r.name}`)}</text>`,
      ].join("");
      const line = a !== null && b !== null ? `<line class="slope" x1="${xA}" y1="${y(a)}" x2="${xB}" y2="${y(b)}" stroke="${color}" stroke-width="2"/>` : "";
      return `<g class="value-dot" data-area="${escapeXml(r.areaId)}"><title>${escapeXml(`${r.name}: ${label(a)} → ${label(b)}${withNotes(r)}`)}</title>${line}${ends}</g>`;
    })
    .join("");
  const title = `${indicator.name}: ${labels[0]} → ${labels[1]}`;
  const description = shown
    .map((r) => `${r.name}: ${r.values.map((v) => (v === null ? data.text.missing : fmt(indicator, v, data.lang))).join(" → ")}`)
    .join("; ");
  return svg(W, height, title, description, axes + rules + lines);
}

/** Small multiples: one strip per region, every area a dot, the chosen ones highlighted and named under their strip. */
export function compareByRegion({ rows, indicator, data, periodLabel, targets }: PeriodView): string {
  const regions = [...new Set(rows.map((r) => r.regionName))].sort((a, b) => a.localeCompare(b, "vi"));
  const left = 8;
  const right = 16;
  const axis = niceAxis([...rows.map((r) => r.values[1] ?? 0), ...targets.map((t) => t.value)], isShare(indicator));
  const x = (v: number) => left + ((W - left - right) * v) / axis.top;
  // A strip is 40 px; one with chosen areas has a line of their names below it, spread so that no two touch.
  const namesH = 18;
  let y = 14;
  const panels = regions
    .map((region) => {
      const members = rows.filter((r) => r.regionName === region && r.values[1] !== null);
      const chosen = members.filter((r) => r.selected).sort((a, b) => (a.values[1] ?? 0) - (b.values[1] ?? 0));
      const dots = members
        .map(
          (r) =>
            `<circle class="value-dot" cx="${x(r.values[1] ?? 0)}" cy="${y + 20}" r="${r.selected ? 5 : 3.5}" fill="${r.selected ? HIGHLIGHT : DOT}" fill-opacity="${r.selected ? 1 : 0.55}" stroke="${COLORS.paper}"><title>${escapeXml(`${r.name}: ${fmt(indicator, r.values[1] ?? 0, data.lang)}${r.notes[1] ? ` — ${r.notes[1]}` : ""}`)}</title></circle>`,
        )
        .join("");
      const marks = targets
        .map((t) => `<line class="target-rule" x1="${x(t.value)}" x2="${x(t.value)}" y1="${y + 10}" y2="${y + 30}" stroke="${TARGET}" stroke-width="2"/>`)
        .join("");
      // Names centred under their dots where there is room; about 7.5 px a letter at this size.
      const widest = Math.max(0, ...chosen.map((r) => r.name.length * 7.5 + 10));
      const at = spreadLabels(
        chosen.map((r) => x(r.values[1] ?? 0)),
        widest,
        left + widest / 2,
        W - right - widest / 2,
      );
      const names = chosen
        .map(
          (r, i) =>
            `<text class="dot-name" x="${at[i] ?? 0}" y="${y + 42}" text-anchor="middle" fill="${HIGHLIGHT}" font-weight="700">${escapeXml(r.name)}</text>`,
        )
        .join("");
      const panel = `<g><text x="${left}" y="${y + 4}" fill="${INK}" font-weight="600">${escapeXml(region)} (${members.length})</text><line x1="${left}" x2="${W - right}" y1="${y + 20}" y2="${y + 20}" stroke="${GRID}"/>${marks}${dots}${names}</g>`;
      y += 40 + (chosen.length > 0 ? namesH : 0);
      return panel;
    })
    .join("");
  const height = y + 6;
  const scale = axisTicks(axis)
    .map(
      (t) => `<text x="${x(t)}" y="${height - 4}" text-anchor="middle" fill="${MUTED}">${escapeXml(fmt({ unit: "count", decimals: 0 }, t, data.lang))}</text>`,
    )
    .join("");
  return svg(W, height, `${indicator.name}, ${periodLabel}`, regions.join("; "), panels + scale);
}

/** The table of the same numbers, chosen areas first. */
export function compareTable(
  rows: readonly CompareRow[],
  indicator: CompareIndicator,
  data: CompareData,
  labels: [string, string],
  areaLabel: string,
  noteLabel: string,
): string {
  const shown = [...rows].sort(
    (a, b) => Number(b.selected) - Number(a.selected) || (b.values[1] ?? -1) - (a.values[1] ?? -1) || a.name.localeCompare(b.name, "vi"),
  );
  const cell = (v: number | null) => (v === null ? "–" : escapeXml(fmt(indicator, v, data.lang)));
  const change = (r: CompareRow) => {
    const [a, b] = r.values;
    if (a === null || b === null) return "–";
    const d = b - a;
    return escapeXml(`${d > 0 ? "+" : ""}${fmt({ unit: "count", decimals: indicator.decimals }, d, data.lang)}`);
  };
  const body = shown
    .map(
      (r) =>
        `<tr data-area="${escapeXml(r.areaId)}"${r.selected ? ' class="selected"' : ""}><th scope="row">${escapeXml(r.name)}</th>` +
        `<td class="num" data-label="${escapeXml(labels[0])}">${cell(r.values[0])}</td><td class="num" data-label="${escapeXml(labels[1])}">${cell(r.values[1])}</td>` +
        `<td class="num" data-label="${escapeXml(data.text.change)}">${change(r)}</td>` +
        `<td class="small" data-label="${escapeXml(noteLabel)}">${escapeXml([...new Set(r.notes.filter(Boolean))].join("; "))}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th scope="col">${escapeXml(areaLabel)}</th><th scope="col" class="num">${escapeXml(labels[0])}</th><th scope="col" class="num">${escapeXml(labels[1])}</th><th scope="col" class="num">${escapeXml(data.text.change)}</th><th scope="col">${escapeXml(noteLabel)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

export interface CompareViews {
  dot: string;
  slope: string;
  regions: string;
  table: string;
  /** Where the target is, when the chosen period has none. */
  targetNote: string;
  /** The chosen areas not drawn as themselves, each with why (a list, or nothing). */
  choices: string;
  /** What the view shows, in words: the indicator, the two periods and the boundaries. */
  summary: string;
  /** The source line under each drawing: the publishers of the two periods' figures, each linked to the sources page. */
  source: string;
}

/** Everything the compare view shows for a state, as HTML strings. */
export function renderCompareViews(data: CompareData, state: CompareState, rows: readonly CompareRow[], words: { area: string; note: string }): CompareViews {
  const indicator = data.indicators.find((i) => i.id === state.indicator);
  if (!indicator) return { dot: "", slope: "", regions: "", table: "", targetNote: "", choices: "", summary: "", source: "" };
  const label = (id: string) => indicator.periods.find((p) => p.id === id)?.label ?? id;
  const labels: [string, string] = [label(state.periods[0]), label(state.periods[1])];
  const short = (id: string) => indicator.periods.find((p) => p.id === id)?.short ?? id;
  const chosen = rows.some((r) => r.selected) ? rows.filter((r) => r.selected) : rows;
  const targets = targetsOfState(indicator, state);
  const elsewhere = indicator.periods.filter((p) => (indicator.targets[p.id] ?? []).length > 0).map((p) => p.label);
  const unexplained = compareChoices(data, state, rows).filter((c) => c.reason !== null);
  return {
    dot: compareDotPlot({ rows: chosen, indicator, data, periodLabel: labels[1], targets }),
    slope: rows.some((r) => r.selected) ? compareSlope(rows, indicator, data, [short(state.periods[0]), short(state.periods[1])], targets) : "",
    regions: compareByRegion({ rows, indicator, data, periodLabel: labels[1], targets }),
    table: compareTable(rows, indicator, data, labels, words.area, words.note),
    targetNote: targets.length === 0 && elsewhere.length > 0 ? escapeXml(fillSlots(data.text.targetsElsewhere, { periods: elsewhere.join(", ") })) : "",
    choices: unexplained.length === 0 ? "" : choicesHtml(unexplained, data.text.choicesTitle, data.text.instead),
    summary: `<strong>${escapeXml(indicator.name)}</strong>: ${escapeXml(labels[0])} → ${escapeXml(labels[1])} · ${escapeXml(state.boundary === "2025" ? data.text.on2025 : data.text.asPublished)}`,
    source: sourceLine(data, [...new Set(state.periods.flatMap((p) => indicator.sources[p] ?? []))]),
  };
}

/** The chosen areas not drawn as themselves, one line per reason ("Drawn within Lào Cai …: Lào Cai (former), Yên Bái"). */
function choicesHtml(choices: readonly CompareChoice[], title: string, instead: string): string {
  const reasons = [...new Set(choices.map((c) => c.reason ?? ""))];
  const items = reasons.map((reason) => {
    const same = choices.filter((c) => c.reason === reason);
    const names = same.map((c) => `<span data-area="${escapeXml(c.areaId)}">${escapeXml(c.name)}</span>`).join(", ");
    // A link to the view with the related unit that has a figure ("Show Lào Cai (former) instead").
    const offers = same
      .filter((c) => c.instead !== null)
      .map(
        (c) =>
          ` <a href="${escapeXml(c.instead?.query ?? "")}" data-instead="${escapeXml(c.instead?.areaId ?? "")}">${escapeXml(fillSlots(instead, { name: c.instead?.name ?? "" }))}</a>`,
      )
      .join(";");
    return `<li>${escapeXml(reason.charAt(0).toUpperCase() + reason.slice(1))}: ${names}.${offers}</li>`;
  });
  return `<p><strong>${escapeXml(title)}</strong></p><ul>${items.join("")}</ul>`;
}
