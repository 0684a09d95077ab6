import { chooseEncoding, type EncodingChoice } from './encoding.js';

export interface StreamDecodeOptions {
  /** A declaration from outside the bytes (an HTTP Content-Type charset); beats `sniff`. */
  declared?: string | null;
  /** Finds a declaration inside the first bytes (XML declaration, meta charset). */
  sniff?: (head: Uint8Array) => string | null;
  /** How many bytes to look at before choosing; inputs this small are checked whole. */
  windowBytes?: number;
}

/** Filled in while decoding, for diagnostics after (or during) the stream. */
export interface StreamDecodeInfo {
  choice: EncodingChoice | null;
  /** True once any byte could not be decoded and became U+FFFD. */
  replaced: boolean;
}

export const DEFAULT_SNIFF_WINDOW = 1024 * 1024;

/** A fresh info object to pass to decodeStream. */
export function createDecodeInfo(): StreamDecodeInfo {
  return { choice: null, replaced: false };
}

/**
 * Decode a byte stream into text chunks in bounded memory: the encoding is chosen from the
 * first `windowBytes` (so small inputs are checked whole), then the rest is decoded as it comes.
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array>, options: StreamDecodeOptions, info: StreamDecodeInfo): AsyncGenerator<string> {
  const windowBytes = options.windowBytes ?? DEFAULT_SNIFF_WINDOW;
  const head: Uint8Array[] = [];
  let headSize = 0;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  const emit = (bytes: Uint8Array, end: boolean): string => {
    const text = decoder!.decode(bytes, { stream: !end });
    if (!info.replaced && text.includes('\uFFFD')) info.replaced = true;
    return text;
  };
  const start = (complete: boolean): Uint8Array => {
    const all = Buffer.concat(head);
    const declared = options.declared ?? options.sniff?.(all) ?? null;
    info.choice = chooseEncoding(all, declared, complete);
    decoder = new TextDecoder(info.choice.encoding);
    return all.subarray(info.choice.bomBytes);
  };
  for await (const chunk of chunks) {
    if (decoder) {
      const text = emit(chunk, false);
      if (text) yield text;
      continue;
    }
    head.push(chunk);
    headSize += chunk.length;
    if (headSize >= windowBytes) {
      const text = emit(start(false), false);
      if (text) yield text;
    }
  }
  const tail = decoder ? emit(new Uint8Array(0), true) : emit(start(true), true);
  if (tail) yield tail;
}
