/**
 * A figure: a chart together with everything shown around it (title,
 * accessible description, source line, a table of the same numbers), and the
 * one builder that draws a chart spec at both widths and records its size.
 */
import type { Status } from "../lib/verdicts.ts";
import type * as Plot from "@observablehq/plot";
import { renderChart } from "./render.ts";
import type { ShownBasis } from "../lib/site/figure-data.ts";

/** Chart widths: a phone-sized drawing and a wide one, each shown at its natural size. */
export const WIDE = 720;
export const NARROW = 300;

/** A horizontal or vertical rule with its label: a target, the national figure. */
/** A legend entry: a colour swatch, and for a status its icon drawn on the swatch in `ink`, as on a tile. */
export interface LegendItem {
  label: string;
  color: string;
  status?: Status;
  ink?: string;
}

export interface ReferenceLine {
  value: number;
  label: string;
  /** Where a drawn rule starts: the first period of the target's plan (a target did not exist before it); the whole axis when absent. */
  from?: string | undefined;
}

export type FigureKind = "ranking" | "trend" | "slope" | "change" | "position" | "value-map" | "status-map";

export interface Size {
  width: number;
  height: number;
}

export interface Figure {
  /** Stable id, also the HTML id of the figure. */
  id: string;
  kind: FigureKind;
  title: string;
  description: string;
  /** The chart drawn for wide screens … */
  svg: string;
  /** … and for phones, so its text stays legible without scaling (the same drawing for charts that fit both). */
  svgNarrow: string;
  size: Size;
  sizeNarrow: Size;
  warnings: string[];
  sourceIds: string[];
  table: { head: string[]; rows: string[][] };
  /** The numbers drawn, for tests: area or series name -> value, and how each came to be (its label in targetNotes). */
  values: { label: string; period: string; value: number; basis: ShownBasis }[];
  targets: ReferenceLine[];
  /** One line per target rule: its value, plan and deadline in full; then one per way the project made figures drawn (basisNotesFor). */
  targetNotes: string[];
  /** Series and their colours, drawn as an HTML legend when there is more than one. */
  legend: LegendItem[];
  /** One or two sentences saying what the chart shows, for images and embeds. */
  alt: string;
}

/** Everything about a figure but its drawings. */
export type FigureText = Omit<Figure, "svg" | "svgNarrow" | "size" | "sizeNarrow" | "warnings">;

/** A spec's drawn size: the width and height it asks Plot for. */
function sizeOf(options: Plot.PlotOptions): Size {
  return { width: options.width ?? 640, height: options.height ?? 400 };
}

/** Draws a Plot spec at the wide and the phone width; the spec gets the width and decides its own height. */
export function plotFigure(text: FigureText, spec: (width: number) => Plot.PlotOptions): Figure {
  const a11y = { title: text.title, description: text.description };
  const wideSpec = spec(WIDE);
  const narrowSpec = spec(NARROW);
  const wide = renderChart(wideSpec, a11y);
  const narrow = renderChart(narrowSpec, a11y);
  return {
    ...text,
    svg: wide.svg,
    svgNarrow: narrow.svg,
    size: sizeOf(wideSpec),
    sizeNarrow: sizeOf(narrowSpec),
    warnings: [...wide.warnings, ...narrow.warnings],
  };
}

/** A hand-drawn SVG (a tile map) that serves both widths. */
export function svgFigure(text: FigureText, drawing: { svg: string } & Size): Figure {
  const size = { width: drawing.width, height: drawing.height };
  return { ...text, svg: drawing.svg, svgNarrow: drawing.svg, size, sizeNarrow: size, warnings: [] };
}
