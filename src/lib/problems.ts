/**
 * A problem found in input data. The build collects every problem and stops
 * with one report, so a person can fix all of them in one pass.
 */
export interface Problem {
  /** Path of the file, relative to the data folder. */
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when not tied to a line. */
  line: number;
  /** Column name, or "" when the problem is about the whole row or file. */
  column: string;
  /** The value found, as read. */
  found: string;
  /** What was expected instead. */
  expected: string;
  /** A fix to try, such as the closest known name. */
  suggestion?: string;
}

/** Orders problems by file, line and column so reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column.localeCompare(b.column) || a.expected.localeCompare(b.expected),
  );
}

/** One line per problem: `file:line [column] found "x", expected y (did you mean z?)`. */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  const column = p.column ? ` [${p.column}]` : "";
  const hint = p.suggestion ? ` — ${p.suggestion}` : "";
  return `${where}${column}: found ${JSON.stringify(p.found)}, expected ${p.expected}${hint}`;
}

/** The whole report: a count, then one line per problem. */
export function formatProblemReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const head = `${sorted.length} problem${sorted.length === 1 ? "" : "s"} in the input data; nothing was written.`;
  return [head, ...sorted.map((p) => `  ${formatProblem(p)}`)].join("\n");
}

/** Thrown by scripts when problems stop the build. */
export class DataProblemsError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblemReport(problems));
    this.name = "DataProblemsError";
    this.problems = sortProblems(problems);
  }
}
