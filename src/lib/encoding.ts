/**
 * Bytes of a published file to text. A byte-order mark decides (UTF-8,
 * UTF-16 LE or BE); otherwise the encoding the SOURCE.md declares; otherwise
 * UTF-8, strictly: a file that is not valid UTF-8 is refused, never guessed.
 */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; expected: string };

export function decodeBytes(bytes: Uint8Array, declared: Encoding | null): Decoded {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  let encoding: Encoding = declared ?? "utf-8";
  let start = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) [encoding, start] = ["utf-8", 3];
  else if (a === 0xff && b === 0xfe) [encoding, start] = ["utf-16le", 2];
  else if (a === 0xfe && b === 0xff) [encoding, start] = ["utf-16be", 2];
  try {
    // Windows-1258 writes tones as combining marks: NFC composes them.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start)).normalize("NFC");
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      expected:
        encoding === "utf-8"
          ? 'UTF-8 text (if the file is a legacy export, declare its encoding in SOURCE.md, e.g. "encoding: windows-1258")'
          : `text in the declared encoding ${encoding}`,
    };
  }
}
