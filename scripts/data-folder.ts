/**
 * Reads a data folder into the build's input: every .csv, .md and .txt file
 * (the folder's README.md excepted), as bytes with their SHA-256, in path
 * order. The one reader for `npm run build:data`, the tests and the benchmark;
 * the build decodes each file itself, in the encoding its SOURCE.md declares.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { InputFile } from "../src/lib/steps/index.ts";

export const DATA_DIR = resolve(import.meta.dirname, "../data");

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]));
}

/** A file of the input from its path and bytes. */
export function inputFile(path: string, bytes: Uint8Array | string): InputFile {
  const data = typeof bytes === "string" ? new Uint8Array(Buffer.from(bytes, "utf8")) : bytes;
  return { path, bytes: data, sha256: sha256(data) };
}

export function readDataFolder(dir = DATA_DIR): InputFile[] {
  return listFiles(dir)
    .filter((path) => /\.(csv|md|txt)$/u.test(path) && relative(dir, path) !== "README.md")
    .map((path) => inputFile(relative(dir, path).split("\\").join("/"), new Uint8Array(readFileSync(path))));
}
