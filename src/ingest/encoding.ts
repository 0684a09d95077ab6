/**
 * Character encodings: find what bytes declare (BOM, HTTP header, XML declaration, meta
 * charset), check it against what they are, and decode. Only encodings TextDecoder knows are
 * used; ISO-8859-1 is decoded as Windows-1252, its superset, as browsers do.
 */

export type EncodingSource = 'bom' | 'declared' | 'detected';

export interface EncodingChoice {
  /** A TextDecoder encoding name: utf-8, windows-1252, utf-16le, ... */
  encoding: string;
  source: EncodingSource;
  /** Bytes of BOM to skip. */
  bomBytes: number;
  /** Set when the declaration was wrong or unknown, for a warning. */
  problem: string | null;
}

/** The canonical TextDecoder name for a label, or null when TextDecoder does not know it. */
export function normaliseEncodingLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2] : null;
}

/** A byte-order mark at the start, with its length. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

// Declarations are ASCII in every encoding we accept, so the head can be read as Latin-1.
const asciiHead = (bytes: Uint8Array, max: number): string => new TextDecoder('windows-1252').decode(bytes.subarray(0, max));

/** The encoding named in an XML declaration `<?xml version="1.0" encoding="..."?>`. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const m = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(asciiHead(bytes, 512));
  return m ? m[1] : null;
}

/** The charset of `<meta charset>` or `<meta http-equiv="Content-Type" content="...">` near the top of HTML. */
export function metaDeclaredCharset(bytes: Uint8Array): string | null {
  const head = asciiHead(bytes, 4096);
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\scharset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag);
      const cs = charsetFromContentType(content ? content[2] : null);
      if (cs) return cs;
    }
  }
  return null;
}

/**
 * Scan for UTF-8 validity. `complete` false allows a multi-byte sequence cut off at the end
 * (the rest is in the next chunk). Returns whether the bytes are valid and whether any byte is
 * non-ASCII.
 */
export function checkUtf8(bytes: Uint8Array, complete = true): { valid: boolean; nonAscii: boolean } {
  let nonAscii = false;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    nonAscii = true;
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return { valid: false, nonAscii };
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      // A sequence cut off by the end of the buffer is fine when more bytes follow.
      if (i + k >= n) return { valid: !complete, nonAscii };
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return { valid: false, nonAscii };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { valid: false, nonAscii };
    i += need + 1;
  }
  return { valid: true, nonAscii };
}

const SINGLE_BYTE = new Set(['windows-1252', 'iso-8859-2', 'iso-8859-15', 'windows-1250', 'windows-1251']);

/**
 * Choose how to decode `head` (the first bytes, or all of them when `complete`): a BOM wins;
 * then a declaration, checked against the bytes (UTF-8 declared over invalid bytes falls back to
 * Windows-1252; a single-byte charset declared over valid multi-byte UTF-8 is taken as UTF-8,
 * because real Latin-1 text almost never forms valid UTF-8 sequences); then detection.
 */
export function chooseEncoding(head: Uint8Array, declared: string | null, complete = true): EncodingChoice {
  const bom = bomEncoding(head);
  if (bom) return { encoding: bom.encoding, source: 'bom', bomBytes: bom.length, problem: null };
  const utf8 = checkUtf8(head, complete);
  const known = normaliseEncodingLabel(declared);
  if (declared && !known) {
    const encoding = utf8.valid ? 'utf-8' : 'windows-1252';
    return { encoding, source: 'detected', bomBytes: 0, problem: `unknown encoding "${declared}" declared; decoded as ${encoding}` };
  }
  if (known === 'utf-8' || known === null) {
    if (utf8.valid) return { encoding: 'utf-8', source: known ? 'declared' : 'detected', bomBytes: 0, problem: null };
    return {
      encoding: 'windows-1252', source: 'detected', bomBytes: 0,
      problem: known ? 'declared UTF-8 but the bytes are not valid UTF-8; decoded as Windows-1252' : null,
    };
  }
  if (SINGLE_BYTE.has(known) && utf8.valid && utf8.nonAscii) {
    return { encoding: 'utf-8', source: 'detected', bomBytes: 0, problem: `declared ${declared} but the bytes are UTF-8; decoded as UTF-8` };
  }
  return { encoding: known, source: 'declared', bomBytes: 0, problem: null };
}

/** Decode a whole buffer with a choice from chooseEncoding (never throws; bad bytes become U+FFFD). */
export function decodeWith(bytes: Uint8Array, choice: EncodingChoice): string {
  return new TextDecoder(choice.encoding).decode(bytes.subarray(choice.bomBytes));
}
