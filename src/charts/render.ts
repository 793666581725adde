import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export interface RenderedChart {
  svg: string;
  /** Warnings Plot printed while rendering; a chart with warnings is wrong. */
  warnings: string[];
}

/**
 * The one place that calls Plot.plot: renders chart options to an SVG string
 * with a linkedom document, so charts are drawn at build time and need no
 * JavaScript in the browser. The SVG gets role="img", the title as its
 * accessible name and the description as its accessible description.
 */
export function renderChart(options: Plot.PlotOptions, a11y: { title: string; description: string }): RenderedChart {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(" "));
  try {
    const node = Plot.plot({ ...options, document: document as unknown as Document, ariaLabel: a11y.title, ariaDescription: a11y.description });
    node.setAttribute("role", "img");
    return { svg: withoutPresentationKeywordsSvgLacks(withoutInnerAria(xmlSafeAttributes(node.outerHTML))), warnings };
  } finally {
    console.warn = original;
  }
}

/**
 * linkedom writes "<" and ">" inside attribute values as they are, which HTML
 * allows but XML does not; escaped, the chart is valid standalone SVG too.
 */
export function xmlSafeAttributes(markup: string): string {
  return markup.replace(/(\s[\w:-]+=")([^"]*)"/gu, (_, name: string, value: string) => `${name}${value.replace(/</gu, "&lt;").replace(/>/gu, "&gt;")}"`);
}

/**
 * Inside an SVG with role="img", the marks' own aria-label and
 * aria-description are not allowed (the image is one thing to assistive
 * technology); the root keeps the title and description, and the table
 * beside every chart carries the numbers.
 */
export function withoutInnerAria(markup: string): string {
  const rootEnd = markup.indexOf(">");
  if (rootEnd < 0) return markup;
  return markup.slice(0, rootEnd + 1) + markup.slice(rootEnd + 1).replace(/\saria-(?:label|description)="[^"]*"/gu, "");
}

/**
 * Plot writes font-variant="tabular-nums" on its axes, a value the SVG
 * attribute does not take (the W3C checker refuses it); the pages' style
 * sheet sets font-variant-numeric on chart text instead.
 */
export function withoutPresentationKeywordsSvgLacks(markup: string): string {
  return markup.replace(/ font-variant="tabular-nums"/gu, "");
}
