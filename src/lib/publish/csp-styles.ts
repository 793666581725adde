/**
 * Tightens a built page's Content-Security-Policy from `style-src 'self'
 * 'unsafe-inline'` to the hashes of the styles the page really has: its
 * `<style>` elements (Astro's inlined CSS, Plot's chart styles) and its style
 * attributes (Plot and the legends write a handful of distinct ones), the
 * latter allowed through 'unsafe-hashes'. A style injected later matches no
 * hash and is refused. Runs on every HTML file after the build.
 */
import { createHash } from "node:crypto";

export const LOOSE_STYLE_SRC = "style-src 'self' 'unsafe-inline'";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** An attribute value as the browser reads it (the hash is over the decoded text). */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|apos);/giu, (entity, body: string) => {
    const name = body.toLowerCase();
    if (name === "amp") return "&";
    if (name === "quot") return '"';
    if (name === "lt") return "<";
    if (name === "gt") return ">";
    if (name === "apos") return "'";
    const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
  });
}

export function styleHashes(html: string): { elements: string[]; attributes: string[] } {
  const elements = new Set<string>();
  for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/giu)) elements.add(sha256(m[1] ?? ""));
  const attributes = new Set<string>();
  for (const m of html.matchAll(/\sstyle=(?:"([^"]*)"|'([^']*)')/giu)) attributes.add(sha256(decodeAttribute(m[1] ?? m[2] ?? "")));
  return { elements: [...elements].sort(), attributes: [...attributes].sort() };
}

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/iu;

/** The page with its policy's loose style-src replaced; a page without one is returned unchanged. */
export function withHashedStyles(html: string): string {
  const meta = POLICY_META.exec(html);
  if (!meta || !(meta[2] ?? "").includes(LOOSE_STYLE_SRC)) return html;
  const { elements, attributes } = styleHashes(html);
  const hashes = [...new Set([...elements, ...attributes])];
  const strict = ["style-src 'self'", attributes.length > 0 ? "'unsafe-hashes'" : "", ...hashes].filter(Boolean).join(" ");
  return html.replace(POLICY_META, (_, open: string, policy: string, close: string) => open + policy.replace(LOOSE_STYLE_SRC, strict) + close);
}
