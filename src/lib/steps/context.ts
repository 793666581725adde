/**
 * What every build step shares: the files of the data folder, each decoded to
 * text once (in the encoding its source declares), and the one list of
 * problems the build reports at the end.
 */
import type { z } from "zod";
import { appendAll } from "../input/collections.ts";
import { parseCsv, type CsvTable } from "../csv.ts";
import { DecodeError, decodeBytes, decodeChunks } from "../input/encoding.ts";
import type { Dialect } from "../model.ts";
import type { Problem } from "../problems.ts";
import { readRows } from "../input/schema.ts";
import { normaliseText } from "../text.ts";

/** One file of the data folder: its path relative to the folder, its bytes and their SHA-256. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

const UTF8: Dialect = { encoding: null, delimiter: ",", decimalComma: false };

export class BuildContext {
  readonly problems: Problem[] = [];
  private readonly files: ReadonlyMap<string, InputFile>;
  private readonly texts = new Map<string, string | null>();

  constructor(input: readonly InputFile[]) {
    this.files = new Map(input.map((f) => [f.path, f]));
  }

  add(...problems: Problem[]): void {
    appendAll(this.problems, problems);
  }

  /** Every path, sorted, so that steps see files in the same order whatever order they were read in. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  file(path: string): InputFile | undefined {
    return this.files.get(path);
  }

  /**
   * A file's text, decoded once in `dialect.encoding` (a byte-order mark
   * wins; UTF-8 when undeclared). Null, with a problem, when the file is
   * missing or its bytes do not decode. Later calls return the same text.
   */
  text(path: string, dialect: Dialect = UTF8): string | null {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const file = this.files.get(path);
    let text: string | null = null;
    if (!file) {
      this.add({ file: path, line: 0, column: "", found: "no such file", expected: "this file in the data folder" });
    } else {
      const decoded = decodeBytes(file.bytes, dialect.encoding);
      if (decoded.ok) text = decoded.text;
      else this.add({ file: path, line: 0, column: "", found: "bytes that do not decode", expected: decoded.expected });
    }
    this.texts.set(path, text);
    return text;
  }

  /**
   * A file's text in pieces that end at line breaks, decoded as it is read
   * and never held whole: for published files, which can be large. Bytes that
   * do not decode end the pieces with a problem.
   */
  *pieces(path: string, dialect: Dialect): Generator<string, void, undefined> {
    const file = this.files.get(path);
    if (!file) {
      this.add({ file: path, line: 0, column: "", found: "no such file", expected: "this file in the data folder" });
      return;
    }
    try {
      yield* decodeChunks(file.bytes, dialect.encoding);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      this.add({ file: path, line: 0, column: "", found: "bytes that do not decode", expected: error.expected });
    }
  }

  /** A CSV file parsed with its dialect's delimiter; its problems are added. */
  table(path: string, required: readonly string[] = [], dialect: Dialect = UTF8): CsvTable | null {
    const text = this.text(path, dialect);
    if (text === null) return null;
    const { table, problems } = parseCsv(text, path, required, dialect.delimiter);
    this.add(...problems);
    return table;
  }

  /**
   * The rows of a table that pass its schema; the others become problems.
   * With `idColumn`, the ids of refused rows are remembered (see refusedIds),
   * so that a reference to one is not reported a second time elsewhere.
   */
  rows<S extends z.ZodType>(table: CsvTable | null, schema: S, idColumn?: string): { line: number; row: z.output<S> }[] {
    if (!table) return [];
    const { rows, problems } = readRows(table, schema);
    this.add(...problems);
    if (idColumn) {
      const good = new Set(rows.map((r) => r.line));
      for (const r of table.rows) if (!good.has(r.line)) this.refuse(table.file, normaliseText(r.cells[idColumn] ?? ""));
    }
    return rows;
  }

  /** Reads a project table (UTF-8, commas) through its schema in one call. */
  tableRows<S extends z.ZodType>(path: string, schema: S, required: readonly string[] = [], idColumn?: string): { line: number; row: z.output<S> }[] {
    return this.rows(this.table(path, required), schema, idColumn);
  }

  private readonly refused = new Map<string, Set<string>>();

  /** Remembers that the row of `id` in `file` was refused (its problem is already reported). */
  refuse(file: string, id: string): void {
    if (id === "") return;
    const set = this.refused.get(file) ?? new Set<string>();
    set.add(id);
    this.refused.set(file, set);
  }

  /** Ids whose rows in `file` were refused: a reference to one is already accounted for by that row's problem. */
  refusedIds(file: string): ReadonlySet<string> {
    return this.refused.get(file) ?? new Set();
  }
}

/**
 * The rows of a table whose key is new: a row repeating an earlier key is
 * refused with its line, naming the first one's ("each … once (already on
 * line 4)"), and left out.
 */
export function firstOfEach<R>(
  ctx: BuildContext,
  file: string,
  column: string,
  rows: readonly { line: number; row: R }[],
  key: (row: R) => string,
  what: string,
): { line: number; row: R }[] {
  const first = new Map<string, number>();
  return rows.filter(({ line, row }) => {
    const k = key(row);
    const earlier = first.get(k);
    if (earlier !== undefined) {
      ctx.add({ file, line, column, found: k, expected: `each ${what} once (already on line ${earlier})` });
      return false;
    }
    first.set(k, line);
    return true;
  });
}

/** Calls `onDuplicate` for every item whose key an earlier item already had. */
export function eachDuplicate<T>(items: readonly T[], key: (item: T) => string, onDuplicate: (item: T, key: string) => void): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) onDuplicate(item, k);
    seen.add(k);
  }
}
