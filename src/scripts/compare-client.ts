/**
 * The compare view in the browser: reads the state from the URL, redraws the
 * charts with the same code the build used for the default view, and writes
 * every change back to the URL so a copied link reopens the same view.
 */
import { renderCompareViews } from "../charts/compare-svg.ts";
import { compareQuery, compareRows, parseCompareState, type CompareData, type CompareState } from "../lib/site/compare.ts";

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el as T;
}

export function initCompare(): void {
  const root = byId<HTMLElement>("compare");
  // Fetched once the page has loaded, not inside it: the default view is drawn at build time and needs none of it.
  let loading: Promise<CompareData> | undefined;
  const data = (): Promise<CompareData> =>
    (loading ??= fetch(root.dataset["src"] ?? "").then((response) => {
      if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
      return response.json() as Promise<CompareData>;
    }));
  /** Runs a step once the data are here; a failed fetch is asked again at the next change. */
  const withData = (step: (d: CompareData) => void) =>
    void data().then(step, (error: unknown) => {
      loading = undefined;
      console.warn(error);
    });
  const fallback = JSON.parse(root.dataset["default"] ?? "{}") as CompareState;
  const words = { area: root.dataset["areaLabel"] ?? "", note: root.dataset["noteLabel"] ?? "" };
  const form = byId<HTMLFormElement>("compare-form");
  const indicatorSelect = byId<HTMLSelectElement>("compare-indicator");
  const fromSelect = byId<HTMLSelectElement>("compare-from");
  const toSelect = byId<HTMLSelectElement>("compare-to");

  const fillPeriods = (d: CompareData, indicatorId: string, chosen: [string, string]) => {
    const indicator = d.indicators.find((i) => i.id === indicatorId);
    for (const [select, value] of [
      [fromSelect, chosen[0]],
      [toSelect, chosen[1]],
    ] as const) {
      select.replaceChildren(...(indicator?.periods ?? []).map((p) => new Option(p.label, p.id, false, p.id === value)));
    }
  };

  // How a view enters the history: a reader's change is a new entry (Back undoes it); the first view and Back/Forward replace nothing.
  type Entry = "push" | "replace" | "none";
  const show = (d: CompareData, state: CompareState, entry: Entry) => {
    indicatorSelect.value = state.indicator;
    fillPeriods(d, state.indicator, state.periods);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="area"]')) box.checked = state.areas.includes(box.value);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="boundary"]')) radio.checked = radio.value === state.boundary;
    const views = renderCompareViews(d, state, compareRows(d, state), words);
    byId("compare-dot").innerHTML = views.dot;
    byId("compare-slope").innerHTML = views.slope;
    byId("compare-regions").innerHTML = views.regions;
    byId("compare-table").innerHTML = views.table;
    byId("compare-target-note").innerHTML = views.targetNote;
    byId("compare-choices").innerHTML = views.choices;
    byId("compare-summary").innerHTML = views.summary;
    for (const line of document.querySelectorAll<HTMLElement>("[data-compare-source]")) line.innerHTML = views.source;
    const query = compareQuery(state);
    if (entry === "push" && query !== location.search) history.pushState(null, "", query);
    if (entry === "replace") history.replaceState(null, "", query);
  };

  /** What the controls say, as they are. */
  const chosen = (): CompareState => ({
    indicator: indicatorSelect.value,
    areas: [...form.querySelectorAll<HTMLInputElement>('input[name="area"]:checked')].map((b) => b.value),
    periods: [fromSelect.value, toSelect.value],
    boundary: form.querySelector<HTMLInputElement>('input[name="boundary"]:checked')?.value === "2025" ? "2025" : "published",
  });
  const read = (d: CompareData): CompareState => {
    const { indicator, areas, periods, boundary } = chosen();
    const query = `?i=${encodeURIComponent(indicator)}&a=${areas.join(",")}&p=${periods.join(",")}&b=${boundary}`;
    return parseCompareState(query, d, fallback);
  };

  form.addEventListener("change", (event) => {
    const newIndicator = event.target === indicatorSelect;
    withData((d) => {
      // A new indicator brings its own periods: start from its latest two.
      const state = newIndicator ? parseCompareState(`?i=${encodeURIComponent(indicatorSelect.value)}&a=${read(d).areas.join(",")}`, d, fallback) : read(d);
      show(d, state, "push");
    });
  });
  window.addEventListener("popstate", () => withData((d) => show(d, parseCompareState(location.search, d, fallback), "none")));
  form.addEventListener("submit", (event) => event.preventDefault());
  byId<HTMLButtonElement>("compare-copy").addEventListener("click", async () => {
    const status = byId<HTMLElement>("compare-copied");
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = root.dataset["copied"] ?? "";
    } catch {
      status.textContent = location.href;
    }
  });
  // The default view, with the controls as the build set them, is already on the page: this code arrives after it
  // has painted (LATE_CODE_SCRIPT) and redraws only a view asked for in the address, or what the controls say when
  // they differ from it (a browser restoring them). A reader's change made before the code arrived is played again
  // as a change (the page's loader marks it with data-late-events), so it is drawn, and enters the history, then.
  // Else the data are fetched now, ready for the first change.
  if (location.search !== "") withData((d) => show(d, parseCompareState(location.search, d, fallback), "replace"));
  else if (root.hasAttribute("data-late-events")) return;
  else if (compareQuery(chosen()) !== compareQuery(fallback)) withData((d) => show(d, read(d), "replace"));
  else if (document.readyState === "complete") withData(() => undefined);
  else addEventListener("load", () => withData(() => undefined), { once: true });
}
