/**
 * Chart snapshots in Plot's style (observablehq/plot test/plot-snapshot.js):
 * the drawing, normalised, is compared with a committed file under
 * test/unit/__snapshots__/. A missing file is written, except under CI=true,
 * where it fails; a mismatch fails and writes `<name>-changed.<ext>` beside
 * the committed file (ignored by git) to look at or copy over.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const SNAPSHOT_DIR = join(import.meta.dirname, "../unit/__snapshots__");

/**
 * What varies between identical renders is made stable: Plot's hashed class
 * names and numbered clip and gradient ids are renumbered in order of
 * appearance, decimals are cut to two places, and tags start lines so diffs
 * read well.
 */
export function normaliseSvg(svg: string): string {
  const classes = new Map<string, string>();
  const ids = new Map<string, string>();
  return svg
    .replace(/plot-[0-9a-f]{6}/gu, (name) => {
      if (!classes.has(name)) classes.set(name, `plot-${classes.size + 1}`);
      return classes.get(name) ?? name;
    })
    .replace(/plot-(clip|gradient|pattern)-\d+/gu, (name) => {
      if (!ids.has(name)) ids.set(name, `plot-${name.split("-")[1]}-n${ids.size + 1}`);
      return ids.get(name) ?? name;
    })
    .replace(/(\d+\.\d{2})\d+/gu, "$1")
    .replace(/></gu, ">\n<");
}

/** Compares `text` with the committed snapshot `name`; returns a message when they differ (null when they match). */
export function checkSnapshot(name: string, text: string): string | null {
  const path = join(SNAPSHOT_DIR, name);
  const changed = path.replace(/(\.\w+)$/u, "-changed$1");
  const normalised = text.endsWith("\n") ? text : `${text}\n`;
  if (!existsSync(path)) {
    if (process.env["CI"] === "true") return `snapshot ${name} is missing; run the tests without CI=true to write it, look at it, and commit it`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, normalised);
    return null;
  }
  if (readFileSync(path, "utf8") === normalised) {
    rmSync(changed, { force: true });
    return null;
  }
  writeFileSync(changed, normalised);
  return `snapshot ${name} differs; the new drawing is in ${changed}`;
}
