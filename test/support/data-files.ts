/** The data folder as the build reads it, and helpers to change one file of it in a test. */
import type { InputFile } from "../../src/lib/steps/index.ts";
import { DATA_DIR, inputFile, readDataFolder, sha256 } from "../../scripts/data-folder.ts";

export { DATA_DIR, inputFile, readDataFolder, sha256 };

/** A file's bytes as UTF-8 text (the project's own files and most sources are UTF-8). */
export function utf8(file: InputFile): string {
  return Buffer.from(file.bytes).toString("utf8");
}

/**
 * The real data with one file replaced. A source file's new checksum is
 * written into its SOURCE.md too, so the only problem left is the one the
 * replacement brings.
 */
export function withFile(files: readonly InputFile[], path: string, text: string | Buffer): InputFile[] {
  const replaced = inputFile(path, typeof text === "string" ? text : new Uint8Array(text));
  const old = files.find((f) => f.path === path);
  const folder = /^(sources\/[^/]+)\//u.exec(path)?.[1];
  return [...files.filter((f) => f.path !== path), replaced].map((f) => {
    if (folder && old && f.path === `${folder}/SOURCE.md`) return inputFile(f.path, utf8(f).replace(old.sha256, replaced.sha256));
    return f;
  });
}

export function fileText(files: readonly InputFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the data`);
  return utf8(file);
}
