/**
 * A chart as a standalone image: title, legend, the chart, its target notes
 * and source line, and the site's name, in one SVG (for download), which
 * png.ts renders at twice the size for print. Fonts are named, not inherited,
 * so the image looks the same outside the site.
 */
import { statusIconSvg } from "./status-icons.ts";
import type { Figure } from "./figure.ts";
import { COLORS } from "./theme.ts";
import { escapeXml } from "./tilemap.ts";

export const CARD_FONT = "Be Vietnam Pro";

/** Greedy word wrap by character count (the font's average width is close enough for titles and notes). */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function chartCard(figure: Figure, options: { sourceLine: string; footer: string }): string {
  const chart = figure.size;
  const pad = 20;
  const width = Math.max(chart.width + pad * 2, 520);
  const chars = Math.floor((width - pad * 2) / 10);
  const title = wrap(figure.title, chars);
  let y = pad + 20;
  const parts: string[] = [];
  for (const line of title) {
    parts.push(`<text x="${pad}" y="${y}" font-size="19" font-weight="700" fill="${COLORS.ink}">${escapeXml(line)}</text>`);
    y += 25;
  }
  if (figure.legend.length > 0) {
    let x = pad;
    for (const item of figure.legend) {
      const w = 22 + item.label.length * 7;
      if (x + w > width - pad) {
        x = pad;
        y += 18;
      }
      parts.push(
        `<circle cx="${x + 6}" cy="${y - 4}" r="7" fill="${escapeXml(item.color)}"/>` +
          (item.status ? statusIconSvg(item.status, { size: 10, x: x + 1, y: y - 9, color: item.ink ?? COLORS.ink }) : "") +
          `<text x="${x + 16}" y="${y}" font-size="12" fill="${COLORS.ink}">${escapeXml(item.label)}</text>`,
      );
      x += w;
    }
    y += 12;
  }
  const chartTop = y;
  // The chart's own SVG, nested; it inherits the named font.
  parts.push(`<g transform="translate(${pad},${chartTop})">${figure.svg.replace(/\srole="img"/u, "")}</g>`);
  y = chartTop + chart.height + 18;
  for (const note of figure.targetNotes) {
    for (const line of wrap(note, Math.floor((width - pad * 2) / 6.5))) {
      parts.push(`<text x="${pad}" y="${y}" font-size="11" fill="${COLORS.target}">${escapeXml(line)}</text>`);
      y += 15;
    }
  }
  for (const line of wrap(options.sourceLine, Math.floor((width - pad * 2) / 6.2))) {
    parts.push(`<text x="${pad}" y="${y}" font-size="11" fill="${COLORS.muted}">${escapeXml(line)}</text>`);
    y += 15;
  }
  y += 4;
  parts.push(`<text x="${pad}" y="${y}" font-size="11" font-weight="700" fill="${COLORS.dot}">${escapeXml(options.footer)}</text>`);
  const height = Math.ceil(y + pad);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CARD_FONT}" role="img" aria-label="${escapeXml(figure.title)}">` +
    `<title>${escapeXml(figure.title)}</title><desc>${escapeXml(figure.alt)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${COLORS.paper}"/>${parts.join("")}</svg>`
  );
}

/** A 1200×630 social preview: a title, a few lines of key figures, the site's name. */
export function socialCard(title: string, lines: readonly string[], footer: string): string {
  const parts: string[] = [];
  let y = 120;
  for (const line of wrap(title, 34).slice(0, 4)) {
    parts.push(`<text x="70" y="${y}" font-size="56" font-weight="700" fill="${COLORS.ink}">${escapeXml(line)}</text>`);
    y += 70;
  }
  y += 20;
  for (const line of lines.slice(0, 4)) {
    for (const part of wrap(line, 52).slice(0, 2)) {
      parts.push(`<text x="70" y="${y}" font-size="34" fill="${COLORS.dot}">${escapeXml(part)}</text>`);
      y += 46;
    }
  }
  parts.push(
    `<rect x="0" y="590" width="1200" height="40" fill="${COLORS.dot}"/><text x="70" y="618" font-size="24" font-weight="700" fill="${COLORS.paper}">${escapeXml(footer)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="${CARD_FONT}"><rect width="1200" height="630" fill="${COLORS.tint}"/><rect x="0" y="0" width="16" height="630" fill="${COLORS.highlight}"/>${parts.join("")}</svg>`;
}
