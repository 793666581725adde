/**
 * The house rules of the code, checked on the tree itself:
 * - src/lib is grouped by the way data travels: the shared model at its
 *   root, then input (reading raw files), steps (the build), site (what
 *   pages ask for), publish (what is written out); a group imports only its
 *   own and lower ones, and src/lib imports nothing outside it;
 * - no file of src/lib or src/charts over 400 lines, at most 12 files at the
 *   root of src/lib;
 * - the README's map of the code names the folders that exist;
 * - every user-facing string is in src/i18n (and the data dictionary in
 *   src/lib/publish/dictionary.ts): no "vi ? … : …" text elsewhere, no
 *   Vietnamese words in page, component, chart or site code;
 * - one reader of a {vi, en} field (textIn/pick), never text[lang].
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");
const LIB = join(SRC, "lib");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const code = (dir: string) => walk(dir).filter((f) => /\.(ts|astro)$/u.test(f) && !f.endsWith(".d.ts"));

/** The layers of src/lib, lowest first: a file may import from its own layer and lower ones. */
const LAYERS = ["root", "input", "steps", "site", "publish"] as const;
function layerOf(file: string): (typeof LAYERS)[number] {
  const rel = relative(LIB, file).split(sep);
  if (rel.length === 1) return "root";
  const group = rel[0] as (typeof LAYERS)[number];
  if (!LAYERS.includes(group)) throw new Error(`${relative(ROOT, file)} is in a folder of src/lib the house rules do not name`);
  return group;
}
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"';]*?from\s+["'](\.{1,2}\/[^"']+)["']/gu)].map((m) => resolve(dirname(file), m[1] ?? ""));
}

describe("src/lib by the way data travels", () => {
  it("a group imports only from itself and the groups below it, and nothing outside src/lib", () => {
    const wrong: string[] = [];
    for (const file of code(LIB)) {
      const from = LAYERS.indexOf(layerOf(file));
      for (const target of importsOf(file)) {
        if (!target.startsWith(LIB + sep)) {
          wrong.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}, outside src/lib`);
          continue;
        }
        const to = LAYERS.indexOf(layerOf(target));
        if (to > from) wrong.push(`${relative(ROOT, file)} (${LAYERS[from]}) imports ${relative(ROOT, target)} (${LAYERS[to]})`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it("no file of src/lib or src/charts is over 400 lines; the root of src/lib holds at most 12 files", () => {
    const long = [...code(LIB), ...code(join(SRC, "charts"))]
      .map((f) => ({ f: relative(ROOT, f), lines: readFileSync(f, "utf8").split("\n").length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
    const root = readdirSync(LIB).filter((name) => !statSync(join(LIB, name)).isDirectory());
    expect(root.length, root.join(", ")).toBeLessThanOrEqual(12);
  });
  it("the README's map of the code names every folder of src/lib, and every folder it names exists", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const named = new Set([...readme.matchAll(/`src\/lib\/([a-z]+)\/`/gu)].map((m) => m[1] ?? ""));
    const folders = readdirSync(LIB).filter((name) => statSync(join(LIB, name)).isDirectory());
    expect([...named].sort()).toEqual([...folders].sort());
    for (const path of [...readme.matchAll(/`((?:src|scripts|test)\/[\w./[\]-]+)`/gu)].map((m) => m[1] ?? "")) {
      const clean = path.replace(/\/$/u, "");
      expect(() => statSync(join(ROOT, clean)), `README names ${path}`).not.toThrow();
    }
  });
});

describe("one way for each thing", () => {
  // Pages, components, layouts, charts and what pages ask of src/lib: user-facing code.
  const facing = [
    ...code(join(SRC, "pages")),
    ...code(join(SRC, "components")),
    ...code(join(SRC, "layouts")),
    ...code(join(SRC, "charts")),
    ...code(join(LIB, "site")),
    join(SRC, "site-data.ts"),
  ];
  const withoutComments = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//gu, "")
      .replace(/(^|[^:"'`])\/\/.*$/gmu, "$1")
      .replace(/\{\/\*[\s\S]*?\*\/\}/gu, "");
  it('no text chosen by language outside src/i18n (vi ? "…" : "…")', () => {
    const found = facing.flatMap((f) =>
      // Words, not language tags ("en", "vi-VN"): text with a space or a Vietnamese letter.
      [...withoutComments(readFileSync(f, "utf8")).matchAll(/(?:lang === "(?:vi|en)"|\bvi)\s*\?\s*(["'`])(?:[^"'`]*\s[^"'`]*|[^"'`]*[À-ỹ][^"'`]*)\1/gu)].map(
        (m) => `${relative(ROOT, f)}: ${m[0]}`,
      ),
    );
    expect(found).toEqual([]);
  });
  it("no Vietnamese words in page, component, chart or site code: they live in src/i18n", () => {
    const vietnamese = /["'`][^"'`\n]*[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ][^"'`\n]*["'`]/u;
    // sections.ts reads the plans' own section letters ("đ" follows "d"): parsing, not words for a reader.
    const found = facing
      .filter((f) => !f.endsWith(join("site", "sections.ts")))
      .flatMap((f) =>
        withoutComments(readFileSync(f, "utf8"))
          .split("\n")
          .filter((line) => vietnamese.test(line))
          .map((line) => `${relative(ROOT, f)}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
  it("a {vi, en} field is read one way (textIn, or pick on pages), never field[lang]", () => {
    const found = code(SRC).flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/\.(?:name|label|title|unitLabel|definition|caveat|holder|issuer|note|scope|unit|reporting|body)\[lang\]/gu)].map(
        (m) => `${relative(ROOT, f)}: ${m[0]}`,
      ),
    );
    expect(found).toEqual([]);
  });
  it("one test of a share (isShare in src/lib/units.ts), one place for the trend bands (progress.ts)", () => {
    const found = code(SRC)
      .filter((f) => !f.endsWith(join("lib", "units.ts")))
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/=== "percent"|unit\.vi === "%"/gu)].map((m) => `${relative(ROOT, f)}: ${m[0]}`));
    expect(found).toEqual([]);
    const i18n = ["vi.ts", "en.ts"].map((f) => readFileSync(join(SRC, "i18n", f), "utf8")).join("\n");
    expect(i18n).not.toMatch(/0[,.]95|0[,.]10\b/u);
  });
  it("scripts never import test helpers", () => {
    const found = walk(join(ROOT, "scripts"))
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => importsOf(f).some((target) => target.startsWith(join(ROOT, "test") + sep)));
    expect(found.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
