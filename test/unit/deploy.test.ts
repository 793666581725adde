import { describe, expect, it } from "vitest";
import { HEADER_RULES, headersFile, headersFor, pathMatches } from "../../src/lib/publish/deploy.ts";

describe("what the host must send", () => {
  it("pages may not be framed; embeds may, in both languages", () => {
    expect(headersFor("/plans/x/").get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(headersFor("/embed/x/").get("Content-Security-Policy")).toContain("frame-ancestors *");
    expect(headersFor("/en/embed/x/").get("Content-Security-Policy")).toContain("frame-ancestors *");
  });
  it("hashed assets for a year, immutable; HTML for ten minutes; data for an hour", () => {
    expect(headersFor("/_astro/site.Ab12.css").get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(headersFor("/").get("Cache-Control")).toBe("public, max-age=600, must-revalidate");
    expect(headersFor("/data/observations.csv").get("Cache-Control")).toBe("public, max-age=3600, must-revalidate");
  });
  it("writes the _headers format: a path, then its headers indented", () => {
    const text = headersFile();
    expect(text.startsWith("/*\n  Content-Security-Policy: frame-ancestors 'none'")).toBe(true);
    expect(text.split("\n").filter((l) => l.startsWith("/"))).toEqual(HEADER_RULES.map((r) => r.path));
    expect(pathMatches("/embed/*", "/embedded/")).toBe(false);
  });
});
