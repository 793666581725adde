/**
 * Tile-grid maps drawn as SVG at build time: one equal square per unit, its
 * short name, a value or status line, and a link to the unit's page (SVG
 * links are reachable with the keyboard; each is named by its <title>). The
 * map is a group, not an image, because it holds links. Plain SVG.
 */
import type { Tile } from "../lib/model.ts";
import type { Status } from "../lib/verdicts.ts";
import { statusIconSvg } from "./status-icons.ts";

export interface TileFill {
  color: string;
  /** Dark text on light fills, white on dark ones. */
  ink: string;
  /** The second line on the tile: a value. */
  text: string;
  /** A status, drawn as its icon in place of the text. */
  icon?: Status;
  /** Accessible name of the tile's link: area, value, period. */
  label: string;
}

export interface TileMapOptions {
  title: string;
  description: string;
  href: (areaId: string) => string;
  /** Fill for a unit with no figure: shown as missing, never guessed. */
  missing: (tile: Tile) => TileFill;
  size?: number;
}

/** Escapes text for SVG/XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);
}

/** A tile label on at most two lines, split at the space nearest the middle. */
export function splitLabel(label: string, maxChars = 9): string[] {
  if (label.length <= maxChars || !label.includes(" ")) return [label];
  const spaces = [...label.matchAll(/ /gu)].map((m) => m.index ?? 0);
  const middle = label.length / 2;
  const cut = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best), spaces[0] ?? 0);
  return [label.slice(0, cut), label.slice(cut + 1)];
}

export function tileMapSvg(
  tiles: readonly Tile[],
  fills: ReadonlyMap<string, TileFill>,
  options: TileMapOptions,
): { svg: string; width: number; height: number } {
  // Tiles big enough for 12 px names, which stay at 11 px or more where a phone shows the map at 300 px of its 315.
  const size = options.size ?? 60;
  const gap = 3;
  const cols = Math.max(...tiles.map((t) => t.col)) + 1;
  const rows = Math.max(...tiles.map((t) => t.row)) + 1;
  const width = cols * (size + gap);
  const height = rows * (size + gap);
  const cells = [...tiles]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((tile) => {
      const fill = fills.get(tile.areaId) ?? options.missing(tile);
      const x = tile.col * (size + gap);
      const y = tile.row * (size + gap);
      const lines = splitLabel(tile.label);
      const nameY = lines.length === 1 ? 22 : 16;
      const name = lines.map((line, i) => `<tspan x="${x + size / 2}" y="${y + nameY + i * 14}">${escapeXml(line)}</tspan>`).join("");
      return (
        `<a href="${escapeXml(options.href(tile.areaId))}" data-area="${escapeXml(tile.areaId)}">` +
        `<title>${escapeXml(fill.label)}</title>` +
        `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="3" fill="${escapeXml(fill.color)}"/>` +
        `<text font-size="12" fill="${escapeXml(fill.ink)}" text-anchor="middle">${name}</text>` +
        (fill.icon
          ? statusIconSvg(fill.icon, { size: 14, x: x + size / 2 - 7, y: y + size - 20, color: fill.ink })
          : `<text x="${x + size / 2}" y="${y + size - 8}" font-size="12" font-weight="700" fill="${escapeXml(fill.ink)}" text-anchor="middle">${escapeXml(fill.text)}</text>`) +
        `</a>`
      );
    })
    .join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="tilemap" role="group" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `aria-label="${escapeXml(options.title)}" aria-description="${escapeXml(options.description)}" style="font-family:inherit">${cells}</svg>`;
  return { svg, width, height };
}
