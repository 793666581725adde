import { describe, expect, it } from "vitest";
import { withLateCode } from "../../src/lib/publish/late-code.ts";

const SCRIPT = '<script type="module" src="/_astro/compare.B5iO7sNg.js"></script>';

describe("code a page needs only once a reader acts waits in its template", () => {
  it("moves the bundled module script written after the template into it, leaving the rest of the page as it was", () => {
    const page = `<main><p>x</p><template data-late-code="compare"></template>${SCRIPT}<p>after</p></main>`;
    expect(withLateCode(page, "compare/index.html")).toBe(`<main><p>x</p><template data-late-code="compare">${SCRIPT}</template><p>after</p></main>`);
  });
  it("moves each template's own script on a page with two, and leaves a page without a template unchanged", () => {
    const other = '<script type="module" src="/_astro/sort.DJJn6m7t.js"></script>';
    const page = `<template data-late-code="a"></template>\n${SCRIPT}<div></div><template data-late-code="b"></template>${other}`;
    expect(withLateCode(page, "p.html")).toBe(`<template data-late-code="a">${SCRIPT}</template><div></div><template data-late-code="b">${other}</template>`);
    const plain = `<main>${SCRIPT}</main>`;
    expect(withLateCode(plain, "p.html")).toBe(plain);
  });
  it("stops the build when a template is not followed by a bundled script: the file, the line, what was found and what was expected", () => {
    const page = `<html>\n<body>\n<template data-late-code="compare"></template><p>no script</p></body></html>`;
    expect(() => withLateCode(page, "compare/index.html")).toThrow(
      /^compare\/index\.html, line 3: found <template data-late-code="compare"> followed by "<p>no script<\/p>.*expected the page's bundled <script type="module" src="…"> right after it$/u,
    );
    // An inline script (Astro's is:inline) is not the bundled code either.
    expect(() => withLateCode(`<template data-late-code="x"></template><script>go()</script>`, "x.html")).toThrow(/line 1: found/u);
  });
});
