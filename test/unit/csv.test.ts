import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../src/lib/csv.ts";

describe("parseCsv(text, file)", () => {
  it("reads rows with their line numbers, across quoted line breaks and blank lines", () => {
    const text = 'a,b\n1,"two\nlines"\n\n3,4\n';
    const { table, problems } = parseCsv(text, "x.csv");
    expect(problems).toEqual([]);
    expect(table.rows).toEqual([
      { line: 2, cells: { a: "1", b: "two\nlines" } },
      { line: 5, cells: { a: "3", b: "4" } },
    ]);
  });
  it("drops a byte-order mark and reads CRLF", () => {
    const { table, problems } = parseCsv("\uFEFFa,b\r\n1,2\r\n", "x.csv");
    expect(problems).toEqual([]);
    expect(table.header).toEqual(["a", "b"]);
    expect(table.rows[0]?.cells).toEqual({ a: "1", b: "2" });
  });
  it("keeps a column named __proto__ as a column, without touching any object's prototype", () => {
    const { table, problems } = parseCsv("__proto__,b\n1,2\n", "x.csv");
    expect(problems).toEqual([]);
    const cells = table.rows[0]?.cells ?? {};
    expect(Object.keys(cells)).toEqual(["__proto__", "b"]);
    expect(Object.getOwnPropertyDescriptor(cells, "__proto__")?.value).toBe("1");
    expect(Object.getPrototypeOf(cells)).toBe(Object.prototype);
  });
  it("reports a row with the wrong number of fields, with its line", () => {
    const { problems } = parseCsv("a,b\n1,2\n3\n", "x.csv");
    expect(problems).toEqual([{ file: "x.csv", line: 3, column: "", found: "1 fields", expected: "2 fields, as in the header" }]);
  });
  it("reports text that was not UTF-8", () => {
    const { problems } = parseCsv("a\nL\uFFFDo Cai\n", "x.csv");
    expect(problems[0]).toMatchObject({ file: "x.csv", line: 2, expected: "UTF-8 text" });
  });
  it("reports duplicate and missing columns", () => {
    const { problems } = parseCsv("a,a\n1,2\n", "x.csv", ["b"]);
    expect(problems.map((p) => p.expected)).toEqual(["each column name once", 'a column named "b"']);
  });
  it("toCsv quotes only where needed and round-trips", () => {
    const text = toCsv(
      ["name", "n"],
      [
        ["Bà Rịa, Vũng Tàu", 1.5],
        ['say "hi"', null],
      ],
    );
    expect(text).toBe('name,n\n"Bà Rịa, Vũng Tàu",1.5\n"say ""hi""",\n');
    expect(parseCsv(text, "x.csv").table.rows.map((r) => r.cells["name"])).toEqual(["Bà Rịa, Vũng Tàu", 'say "hi"']);
  });
});
