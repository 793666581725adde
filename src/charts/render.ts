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
    return { svg: node.outerHTML, warnings };
  } finally {
    console.warn = original;
  }
}
