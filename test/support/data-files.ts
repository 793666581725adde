/** Reads a data folder into the pipeline's input, as scripts/build-data.ts does. */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { InputFile } from "../../src/lib/pipeline.ts";

export const DATA_DIR = resolve(import.meta.dirname, "../../data");

function list(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? list(join(dir, name)) : [join(dir, name)]));
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

export function readDataFolder(dir = DATA_DIR): InputFile[] {
  return list(dir)
    .filter((path) => /\.(csv|md|txt)$/u.test(path) && relative(dir, path) !== "README.md")
    .map((path) => {
      const bytes = readFileSync(path);
      return { path: relative(dir, path).split("\\").join("/"), text: bytes.toString("utf8"), bytes: new Uint8Array(bytes), sha256: sha256(bytes) };
    });
}

/**
 * The real data with one file replaced. A source file's new checksum is
 * written into its SOURCE.md too, so the only problem left is the one the
 * replacement brings.
 */
export function withFile(files: readonly InputFile[], path: string, text: string | Buffer): InputFile[] {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  const replaced = { path, text: bytes.toString("utf8"), bytes: new Uint8Array(bytes), sha256: sha256(bytes) };
  const old = files.find((f) => f.path === path);
  const folder = /^(sources\/[^/]+)\//u.exec(path)?.[1];
  return [...files.filter((f) => f.path !== path), replaced].map((f) => {
    if (folder && old && f.path === `${folder}/SOURCE.md`) {
      const md = f.text.replace(old.sha256, replaced.sha256);
      return { ...f, text: md, sha256: sha256(md) };
    }
    return f;
  });
}

export function fileText(files: readonly InputFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the data`);
  return file.text;
}
