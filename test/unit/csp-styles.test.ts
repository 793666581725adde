import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LOOSE_STYLE_SRC, styleHashes, withHashedStyles } from "../../src/lib/publish/csp-styles.ts";
import { cspContent } from "../../src/site-csp.ts";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = (body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${cspContent([])}"><style>p{color:red}</style></head><body>${body}</body></html>`;

describe("withHashedStyles(html)", () => {
  it("the layouts' policy has the loose directive this step replaces", () => {
    expect(cspContent([])).toContain(LOOSE_STYLE_SRC);
  });
  it("allows exactly the page's style elements and attributes, each once, and no longer 'unsafe-inline'", () => {
    const html = withHashedStyles(page('<svg style="font-size:12px"></svg><i style="font-size:12px"></i><b style="background:#c2410c"></b>'));
    const policy = /content="([^"]*)"/u.exec(html)?.[1] ?? "";
    expect(policy).not.toContain("'unsafe-inline'");
    const styleSrc = policy.split("; ").find((d) => d.startsWith("style-src")) ?? "";
    expect(styleSrc.split(" ").sort()).toEqual(
      ["style-src", "'self'", "'unsafe-hashes'", hash("p{color:red}"), hash("font-size:12px"), hash("background:#c2410c")].sort(),
    );
    expect(html).toContain("<style>p{color:red}</style>");
  });
  it("hashes an attribute as the browser reads it, entities decoded", () => {
    expect(styleHashes('<p style="font-family:&quot;Be Vietnam Pro&quot;">').attributes).toEqual([hash('font-family:"Be Vietnam Pro"')]);
  });
  it("leaves a page without the policy, and the same words in the page's text, alone", () => {
    const text = `<p>${LOOSE_STYLE_SRC}</p>`;
    expect(withHashedStyles(text)).toBe(text);
    expect(withHashedStyles(page(text))).toContain(`<p>${LOOSE_STYLE_SRC}</p>`);
  });
  it("needs no 'unsafe-hashes' on a page without style attributes", () => {
    expect(withHashedStyles(page(""))).toContain(`style-src 'self' ${hash("p{color:red}")};`);
  });
});
