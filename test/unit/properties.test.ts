/**
 * Property-based tests: whatever bytes arrive, the parser and the normaliser
 * either read them or refuse them with a reason; nothing throws, and no
 * refusal comes without a file, a line and what was expected.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../src/lib/csv.ts";
import { parseNumberCell } from "../../src/lib/input/numbers.ts";
import { parsePeriod } from "../../src/lib/input/periods.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";
import { normaliseText, slugify } from "../../src/lib/text.ts";
import { readDataFolder, withFile } from "../support/data-files.ts";

const legislatures = [
  { numeral: "XIV", start: 2016 },
  { numeral: "XV", start: 2021 },
];
const csvish = fc
  .array(fc.oneof(fc.string(), fc.constantFrom(",", '"', "\n", "\r\n", ";", "\uFEFF", "..", "30,26", "Lào Cai", "\uFFFD", "__proto__")), { maxLength: 40 })
  .map((parts) => parts.join(""));

describe("parseCsv(text)", () => {
  it("never throws, and every problem names the file, a line and what was expected", () => {
    fc.assert(
      fc.property(csvish, (text) => {
        const { table, problems } = parseCsv(text, "x.csv");
        for (const p of problems) {
          expect(p.file).toBe("x.csv");
          expect(p.line).toBeGreaterThanOrEqual(0);
          expect(p.expected.length).toBeGreaterThan(0);
        }
        // A header with an empty or repeated name is refused (a problem above); otherwise every row has its columns.
        // (Key order is not compared: an object lists integer-like keys such as "30" first.)
        if (problems.length === 0) for (const row of table.rows) expect(Object.keys(row.cells).sort()).toEqual([...table.header].sort());
      }),
      { numRuns: 300 },
    );
  });
  it("reads back any table it writes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = ["a,b", ...rows.map(([a, b]) => [a, b].map((c) => `"${c.replace(/"/gu, '""')}"`).join(","))].join("\n");
        const { table, problems } = parseCsv(text, "x.csv");
        if (problems.some((p) => p.expected === "UTF-8 text")) return;
        expect(table.rows.map((r) => [r.cells["a"], r.cells["b"]])).toEqual(rows.map(([a, b]) => [a, b]));
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseNumberCell(cell)", () => {
  it("gives a finite number, a missing mark or a reason — never NaN, never a throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.double().map(String),
          fc.integer().map((n) => n.toLocaleString("vi-VN")),
        ),
        (cell) => {
          const r = parseNumberCell(cell);
          if (r.kind === "number") expect(Number.isFinite(r.value)).toBe(true);
          if (r.kind === "invalid") expect(r.expected.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
  it("reads back every finite number written with a dot or a decimal comma", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = n.toString();
        if (/e/iu.test(text)) return;
        const dot = parseNumberCell(text);
        expect(dot).toEqual({ kind: "number", value: Number(text) });
      }),
      { numRuns: 300 },
    );
  });
});

describe("normaliseText and slugify", () => {
  it("normalising twice changes nothing; slugs are ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
        expect(slugify(s)).toMatch(/^[a-z0-9-]*$/u);
      }),
      { numRuns: 300 },
    );
  });
  it("parsePeriod reads or refuses any text with a reason", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parsePeriod(s, legislatures);
        if (!r.ok) expect(r.expected.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the whole build on arbitrary input", () => {
  const real = readDataFolder();
  it("refuses a mangled published file with located problems, never an unexplained exception", () => {
    fc.assert(
      fc.property(csvish, (text) => {
        const result = buildDataset(withFile(real, "sources/regional-series/regional_series.csv", text));
        if (result.ok) return;
        for (const p of result.problems) {
          expect(p.file.length).toBeGreaterThan(0);
          expect(p.expected.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("the project's own tables, any cell changed to anything", () => {
  const real = readDataFolder();
  const text = (path: string) => {
    const file = real.find((f) => f.path === path);
    if (!file) throw new Error(path);
    return new TextDecoder().decode(file.bytes);
  };
  // The tables a person edits by hand: a cell may hold a typo, markup, a formula, a huge number or nothing.
  const TABLES = ["targets.csv", "plans.csv", "mappings/reported_figures.csv", "mappings/qualifiers.csv", "mappings/national_targets.csv", "legal_quotes.csv"];
  const cellValue = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      "",
      "<b>x</b>",
      "=SUM(A1)",
      "@cmd",
      "350",
      "-5",
      "1e309",
      "2099",
      "nation|area|x",
      "pc_women_share@nowhere",
      "javascript:alert(1)",
      "__proto__",
    ),
  );
  for (const table of TABLES) {
    it(`${table}: the build reads it or refuses it with the file, a line and what was expected, and never throws`, () => {
      const { table: parsed } = parseCsv(text(table), table);
      fc.assert(
        fc.property(fc.nat(), fc.nat(), cellValue, (rowPick, columnPick, value) => {
          if (parsed.rows.length === 0) return;
          const row = rowPick % parsed.rows.length;
          const column = parsed.header[columnPick % parsed.header.length] ?? "";
          const rows = parsed.rows.map((r, i) => parsed.header.map((h) => (i === row && h === column ? value : (r.cells[h] ?? ""))));
          const result = buildDataset(withFile(real, table, toCsv(parsed.header, rows)));
          if (result.ok) return;
          for (const p of result.problems) {
            expect(p.file.length, JSON.stringify(p)).toBeGreaterThan(0);
            expect(p.line, JSON.stringify(p)).toBeGreaterThan(0);
            expect(p.expected.length, JSON.stringify(p)).toBeGreaterThan(0);
          }
        }),
        { numRuns: 25 },
      );
    });
  }
  it("targets.csv in any row order gives the same dataset", () => {
    const { table: parsed } = parseCsv(text("targets.csv"), "targets.csv");
    const original = buildDataset(real);
    if (!original.ok) throw new Error("the data does not build");
    const expected = JSON.stringify(original.dataset);
    fc.assert(
      fc.property(fc.shuffledSubarray(parsed.rows, { minLength: parsed.rows.length, maxLength: parsed.rows.length }), (shuffled) => {
        const rows = shuffled.map((r) => parsed.header.map((h) => r.cells[h] ?? ""));
        const result = buildDataset(withFile(real, "targets.csv", toCsv(parsed.header, rows)));
        expect(result.ok && JSON.stringify(result.dataset)).toBe(expected);
      }),
      { numRuns: 5 },
    );
  });
});
