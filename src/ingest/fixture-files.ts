import { packagePath } from '../model/paths.js';

/** Path of a test fixture we wrote, under src/ingest/fixtures/ (the same from src and dist-*). */
export function fixturePath(name: string): string {
  return packagePath('src', 'ingest', 'fixtures', name);
}

/** Drain an async iterable into an array (tests only: inputs are small). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

/** A byte stream from a buffer, cut into chunks of `size` bytes (to test chunk boundaries). */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  if (bytes.length === 0) yield new Uint8Array(0);
}
