/**
 * One icon per status, drawn as SVG paths rather than typed characters: the
 * same in chips, legends, matrix cells, tile maps and PNG images (the site's
 * font has no geometric shapes, and a typed "…" or "–" reads as punctuation
 * beside a number). Drawn in a 12-unit box; colour comes from the text.
 */
import type { Status } from "../lib/verdicts.ts";

export interface IconShape {
  /** Path data in a 12 × 12 box. */
  d: string;
  /** Filled shapes take the colour as fill; the rest as a 1.6-unit stroke. */
  filled: boolean;
  /** Dashes for a stroke ("no figure" is a broken circle). */
  dash?: string;
  /** A second, filled path ("partly measured" fills half its circle). */
  fillD?: string;
}

const circle = "M6 1.8a4.2 4.2 0 1 0 0.001 0Z";

export const STATUS_ICONS: Record<Status, IconShape> = {
  achieved: { d: "M1.8 6.4 4.8 9.4 10.4 2.8", filled: false },
  "not-achieved": { d: "M2.6 2.6 9.4 9.4M9.4 2.6 2.6 9.4", filled: false },
  "on-track": { d: "M6 1.5 10.8 10.3H1.2Z", filled: true },
  "off-track": { d: "M6 1 11 6 6 11 1 6Z", filled: true },
  "no-progress": { d: "M2.2 2.2H9.8V9.8H2.2Z", filled: true },
  "moving-away": { d: "M1.2 1.7H10.8L6 10.5Z", filled: true },
  short: { d: circle, filled: false },
  delivered: { d: "M1.6 1.6H10.4V10.4H1.6ZM3.4 6.2 5.3 8.1 8.8 3.9", filled: false },
  "not-reported": { d: `${circle}M3 9 9 3`, filled: false },
  "awaiting-report": { d: "M2.6 1.4H9.4M2.6 10.6H9.4M3.4 1.4 6 6 3.4 10.6M8.6 1.4 6 6 8.6 10.6", filled: false },
  "no-figure": { d: circle, filled: false, dash: "1.6 1.4" },
  "partly-measured": { d: circle, filled: false, fillD: "M6 1.8V10.2A4.2 4.2 0 0 1 6 1.8Z" },
  unconfirmed: { d: "M1.5 4.6Q3.75 2.6 6 4.6T10.5 4.6M1.5 8.2Q3.75 6.2 6 8.2T10.5 8.2", filled: false },
  contribution: { d: "M6 1.2 10.8 6 6 10.8 1.2 6Z", filled: false },
};

/**
 * The icon as SVG markup, `size` pixels square, at (x, y) when placed inside
 * another drawing; `color` for drawings with no surrounding text colour.
 */
export function statusIconSvg(status: Status, options: { size?: number; x?: number; y?: number; color?: string } = {}): string {
  const { d, filled, dash, fillD } = STATUS_ICONS[status];
  const size = options.size ?? 12;
  const color = options.color ?? "currentColor";
  const paint = filled ? `fill="${color}"` : `fill="none" stroke="${color}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"`;
  const half = fillD ? `<path d="${fillD}" fill="${color}"/>` : "";
  const place = options.x !== undefined || options.y !== undefined ? ` x="${options.x ?? 0}" y="${options.y ?? 0}"` : "";
  return `<svg${place} width="${size}" height="${size}" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="${d}" ${paint}${dash ? ` stroke-dasharray="${dash}"` : ""}/>${half}</svg>`;
}
