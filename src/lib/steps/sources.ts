/** Step 1, sources: every folder under sources/ has a SOURCE.md whose checksums match its files. */
import { importerOf, type Importer } from "../input/importers/index.ts";
import type { Source } from "../model.ts";
import { parseSourceMd } from "../input/source-md.ts";
import type { BuildContext } from "./context.ts";

export function readSources(ctx: BuildContext, releaseDate: string): Source[] {
  const paths = ctx.paths();
  const folders = new Set<string>();
  for (const path of paths) {
    const m = /^sources\/([^/]+)\//u.exec(path);
    if (m?.[1]) folders.add(m[1]);
  }
  const sources: Source[] = [];
  for (const folder of [...folders].sort()) {
    const mdPath = `sources/${folder}/SOURCE.md`;
    if (!ctx.file(mdPath)) {
      ctx.add({
        file: `sources/${folder}`,
        line: 0,
        column: "",
        found: "no SOURCE.md",
        expected: "a SOURCE.md with publisher, title, url, retrieved, licence, sha256, importer",
      });
      continue;
    }
    const md = ctx.text(mdPath);
    if (md === null) continue;
    const { source, problems } = parseSourceMd(md, mdPath, folder, releaseDate);
    ctx.add(...problems);
    if (!source) continue;
    const listed = new Set(source.files.map((f) => f.name));
    const prefix = `sources/${folder}/`;
    for (const path of paths) {
      const name = path.slice(prefix.length);
      if (path.startsWith(prefix) && name !== "SOURCE.md" && !listed.has(name)) {
        ctx.add({ file: mdPath, line: 1, column: "files", found: name, expected: "every file of the folder listed with its checksum" });
      }
    }
    for (const f of source.files) {
      const input = ctx.file(`${prefix}${f.name}`);
      if (!input) ctx.add({ file: mdPath, line: 1, column: "files", found: f.name, expected: "a file of that name beside SOURCE.md" });
      else if (input.sha256 !== f.sha256) {
        ctx.add({
          file: `${prefix}${f.name}`,
          line: 0,
          column: "",
          found: `sha256 ${input.sha256}`,
          expected: `sha256 ${f.sha256} as recorded in SOURCE.md`,
          suggestion: "the file changed: update SOURCE.md if the change is a new release",
        });
      }
    }
    sources.push(source);
  }
  return sources;
}

/** The files of every source whose importer is of `kind`, with their source and importer, in source order. */
export function filesOfKind(sources: readonly Source[], kind: Importer["kind"]): { source: Source; importer: Importer; path: string }[] {
  return sources.flatMap((source) => {
    const importer = importerOf(source.importer);
    return importer?.kind === kind ? source.files.map((f) => ({ source, importer, path: `sources/${source.id}/${f.name}` })) : [];
  });
}

/** The decoded text of every file of a source, joined: for plan texts, whose quotes must stand in them. */
export function sourceText(ctx: BuildContext, source: Source): string {
  return source.files.map((f) => ctx.text(`sources/${source.id}/${f.name}`, source.dialect) ?? "").join("\n");
}
