import { IMPORTER_NAMES, importerOf } from "./importers/index.ts";
import { EncodingSchema, type Source } from "../model.ts";
import type { Problem } from "../problems.ts";
import { SAFE_TEXT_EXPECTED, unsafeTextReason } from "./safe-text.ts";

/** Every source is described in both languages: the title as published (title) beside a Vietnamese one, and so on. */
const KEYS = [
  "id",
  "title",
  "title_vi",
  "publisher",
  "publisher_vi",
  "url",
  "retrieved",
  "licence",
  "licence_vi",
  "summary_vi",
  "importer",
  "files",
  "sha256",
] as const;
/** Optional keys: the dialect of the files and, for wide layouts, what their cells are. */
const OPTIONAL = ["encoding", "delimiter", "decimal", "indicator", "unit", "categories", "country"] as const;

/**
 * Reads the front matter of a `SOURCE.md` (`key: value` lines between `---`
 * fences) and the prose after it. `files` and `sha256` are comma-separated
 * lists in the same order.
 */
export function parseSourceMd(text: string, file: string, folderId: string, releaseDate = "9999-12-31"): { source: Source | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/u.exec(text.replace(/\r\n/gu, "\n"));
  if (!match) {
    return { source: null, problems: [{ file, line: 1, column: "", found: text.slice(0, 40), expected: "front matter between --- lines" }] };
  }
  const fields = new Map<string, { value: string; line: number }>();
  (match[1] ?? "").split("\n").forEach((raw, index) => {
    const pair = /^([a-z0-9_]+):\s?(.*)$/u.exec(raw);
    if (!pair) {
      problems.push({ file, line: index + 2, column: "", found: raw, expected: "a `key: value` line" });
      return;
    }
    fields.set(pair[1] ?? "", { value: (pair[2] ?? "").trim(), line: index + 2 });
  });
  const get = (key: (typeof KEYS)[number] | (typeof OPTIONAL)[number]): string => fields.get(key)?.value ?? "";
  // A misspelt key (say "encodng") would otherwise be ignored and the file read with the defaults.
  const known = new Set<string>([...KEYS, ...OPTIONAL]);
  for (const [key, { line }] of fields) {
    if (!known.has(key)) problems.push({ file, line, column: key, found: key, expected: `one of the keys ${[...known].join(", ")}` });
  }
  for (const key of KEYS) {
    if (!fields.has(key)) problems.push({ file, line: 1, column: key, found: "", expected: `a "${key}:" line in the front matter` });
  }
  // Every required key needs a value, except the address: some printed reports have none.
  for (const key of KEYS.filter((k) => k !== "url")) {
    if (fields.has(key) && get(key) === "") {
      problems.push({ file, line: fields.get(key)?.line ?? 1, column: key, found: "", expected: "a value" });
    }
  }
  if (fields.has("id") && get("id") !== folderId) {
    problems.push({ file, line: fields.get("id")?.line ?? 1, column: "id", found: get("id"), expected: `the folder name "${folderId}"` });
  }
  if (fields.has("retrieved") && !/^\d{4}-\d{2}-\d{2}$/u.test(get("retrieved"))) {
    problems.push({ file, line: fields.get("retrieved")?.line ?? 1, column: "retrieved", found: get("retrieved"), expected: "an ISO date" });
  } else if (get("retrieved") > releaseDate && get("importer") !== "reported") {
    // A report a body sent (importer: reported) may arrive after the release: its rows are held for the next one (steps/reported.ts).
    problems.push({
      file,
      line: fields.get("retrieved")?.line ?? 1,
      column: "retrieved",
      found: get("retrieved"),
      expected: `a date no later than the release (${releaseDate})`,
    });
  }
  // Every value is text a page shows: no markup, no spreadsheet formula.
  for (const [key, { value, line }] of fields) {
    if (unsafeTextReason(value) !== null) problems.push({ file, line, column: key, found: value, expected: SAFE_TEXT_EXPECTED });
  }
  if (get("url") !== "" && !/^https?:\/\/[^\s<>"]+$/iu.test(get("url"))) {
    problems.push({ file, line: fields.get("url")?.line ?? 1, column: "url", found: get("url"), expected: "an http(s) address, or empty" });
  }
  const importer = get("importer");
  const registered = importerOf(importer);
  if (fields.has("importer") && !registered) {
    problems.push({ file, line: fields.get("importer")?.line ?? 1, column: "importer", found: importer, expected: `one of ${IMPORTER_NAMES.join(", ")}` });
  }
  const names = get("files")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const sums = get("sha256")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length !== sums.length) {
    problems.push({
      file,
      line: fields.get("sha256")?.line ?? 1,
      column: "sha256",
      found: `${sums.length} checksums`,
      expected: `one per file (${names.length})`,
    });
  }
  for (const sum of sums) {
    if (!/^[0-9a-f]{64}$/u.test(sum))
      problems.push({ file, line: fields.get("sha256")?.line ?? 1, column: "sha256", found: sum, expected: "a SHA-256 in hex" });
  }
  const line = (key: string) => fields.get(key)?.line ?? 1;
  const encoding = EncodingSchema.safeParse(get("encoding"));
  if (get("encoding") && !encoding.success) {
    problems.push({ file, line: line("encoding"), column: "encoding", found: get("encoding"), expected: "utf-8, utf-16le, utf-16be or windows-1258" });
  }
  const delimiter = get("delimiter");
  const delimiterChar: Source["dialect"]["delimiter"] = delimiter === "tab" ? "\t" : delimiter === ";" ? ";" : ",";
  if (delimiter && ![",", ";", "tab"].includes(delimiter))
    problems.push({ file, line: line("delimiter"), column: "delimiter", found: delimiter, expected: '",", ";" or "tab"' });
  const decimal = get("decimal");
  if (decimal && !["dot", "comma"].includes(decimal))
    problems.push({ file, line: line("decimal"), column: "decimal", found: decimal, expected: "dot or comma" });
  const categoryPairs: [string, "female" | "male" | "total"][] = [];
  for (const pair of get("categories")
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, sex] = pair.split("=").map((p) => p.trim());
    if (!name || (sex !== "female" && sex !== "male" && sex !== "total")) {
      problems.push({ file, line: line("categories"), column: "categories", found: pair, expected: "Category=female|male|total pairs separated by ;" });
      continue;
    }
    categoryPairs.push([name, sex]);
  }
  const categories = Object.fromEntries(categoryPairs);
  for (const key of registered?.requires ?? []) {
    if (!get(key)) problems.push({ file, line: 1, column: key, found: "", expected: `a "${key}:" line for the ${importer} layout` });
  }
  if (problems.length > 0) return { source: null, problems };
  return {
    source: {
      id: folderId,
      title: get("title"),
      publisher: get("publisher"),
      url: get("url"),
      retrieved: get("retrieved"),
      licence: get("licence"),
      importer,
      files: names.map((name, i) => ({ name, sha256: sums[i] ?? "" })),
      description: (match[2] ?? "").replace(/^# .*\n+/u, "").trim(),
      vi: { title: get("title_vi"), publisher: get("publisher_vi"), licence: get("licence_vi"), summary: get("summary_vi") },
      dialect: {
        encoding: encoding.success ? encoding.data : null,
        delimiter: delimiterChar,
        decimalComma: decimal === "comma",
      },
      layout: { indicator: get("indicator"), unit: get("unit"), categories, country: get("country") },
    },
    problems,
  };
}
