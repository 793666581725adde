/**
 * The height an embed snippet asks for, for hosts that do not run embed.js
 * (or run no script at all): tall enough for the whole embed — title, drawing,
 * legend, notes and source line — at a phone's width and at a desktop's,
 * whichever needs more. Line lengths and heights follow src/styles/embed.css
 * (title 15.75 px at 1.3, small text 12 px at 1.45, 10 px side padding); the
 * e2e suite checks the result against the embed as drawn.
 */
export interface EmbedParts {
  title: string;
  notes: string;
  source: string;
  legendItems: number;
  narrow: { width: number; height: number };
  wide: { width: number; height: number };
}

/** Lines a text takes at a given number of characters per line (a rough, generous count: words do not split). */
function linesOf(text: string, perLine: number): number {
  if (text.trim() === "") return 0;
  return Math.ceil((text.length * 1.15) / perLine);
}

function heightAt(frameWidth: number, parts: EmbedParts): number {
  const content = frameWidth - 20;
  const drawing = frameWidth < 600 ? parts.narrow : parts.wide;
  const drawn = drawing.height * Math.min(1, content / drawing.width);
  const title = linesOf(parts.title, content / 8.6) * 20.5 + 6;
  const small = (text: string) => (text.trim() === "" ? 0 : linesOf(text, content / 6.2) * 17.4 + 5);
  const legend = parts.legendItems === 0 ? 0 : Math.ceil(parts.legendItems / Math.max(1, Math.floor(content / 130))) * 20 + 5;
  return 14 + title + drawn + legend + small(parts.notes) + small(parts.source);
}

/** The snippet's height in pixels: the most any width from a phone's 320 px to a desktop column needs, with a little to spare. */
export function embedFallbackHeight(parts: EmbedParts): number {
  return Math.ceil(Math.max(...[320, 360, 600, 760].map((w) => heightAt(w, parts))) + 12);
}

/**
 * The snippet a host page pastes: an iframe of the embed page and the script
 * that sizes it. Addresses are absolute where the deploy names its origin
 * (SITE_URL); otherwise they start with "/" and the page's own script writes
 * its origin in front, so no placeholder is ever shown.
 */
export function embedSnippet(options: { origin: string; path: string; title: string; height: number }): string {
  const title = options.title.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;");
  return (
    `<iframe src="${options.origin}${options.path}" title="${title}" width="100%" height="${options.height}" style="border:0;width:100%" loading="lazy"></iframe>\n` +
    `<script src="${options.origin}/embed.js" async></script>`
  );
}
