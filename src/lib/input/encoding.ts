/**
 * Bytes of a published file to text. A byte-order mark decides (UTF-8,
 * UTF-16 LE or BE); otherwise the encoding the SOURCE.md declares; otherwise
 * UTF-8, strictly: a file that is not valid UTF-8 is refused, never guessed.
 */
import type { Encoding } from "../model.ts";
export type { Encoding } from "../model.ts";

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; expected: string };

/** The encoding a file is in and where its text starts: a byte-order mark decides, else the declaration, else UTF-8. */
function encodingOf(bytes: Uint8Array, declared: Encoding | null): { encoding: Encoding; start: number } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", start: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", start: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", start: 2 };
  return { encoding: declared ?? "utf-8", start: 0 };
}

function refusal(encoding: Encoding): { ok: false; expected: string } {
  return {
    ok: false,
    expected:
      encoding === "utf-8"
        ? 'UTF-8 text (if the file is a legacy export, declare its encoding in SOURCE.md, e.g. "encoding: windows-1258")'
        : `text in the declared encoding ${encoding}`,
  };
}

/**
 * The same decoding, a piece at a time, for files too large to hold as one
 * string beside what is built from them. Each piece ends at a line break
 * (the rest waits for the next piece) and is NFC-normalised, so no combining
 * mark is cut from its letter. Throws a DecodeError at the first bytes that
 * do not decode.
 */
export function* decodeChunks(bytes: Uint8Array, declared: Encoding | null, chunkBytes = 4 * 1024 * 1024): Generator<string, void, undefined> {
  const { encoding, start } = encodingOf(bytes, declared);
  const decoder = new TextDecoder(encoding, { fatal: true });
  let carry = "";
  for (let at = start; at < bytes.length; at += chunkBytes) {
    let piece: string;
    try {
      piece = carry + decoder.decode(bytes.subarray(at, Math.min(bytes.length, at + chunkBytes)), { stream: at + chunkBytes < bytes.length });
    } catch {
      throw new DecodeError(refusal(encoding).expected);
    }
    const cut = piece.lastIndexOf("\n") + 1;
    carry = piece.slice(cut);
    if (cut > 0) yield piece.slice(0, cut).normalize("NFC");
  }
  if (carry !== "") yield carry.normalize("NFC");
}

export class DecodeError extends Error {
  readonly expected: string;
  constructor(expected: string) {
    super(expected);
    this.expected = expected;
  }
}

export function decodeBytes(bytes: Uint8Array, declared: Encoding | null): Decoded {
  const { encoding, start } = encodingOf(bytes, declared);
  try {
    // Windows-1258 writes tones as combining marks: NFC composes them.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start)).normalize("NFC");
    return { ok: true, text, encoding };
  } catch {
    return refusal(encoding);
  }
}
