import { TAG_COUNT } from './tags.js';

/**
 * The tagger's weights. Features are 32-bit hashes (see features/hash.ts), sorted ascending;
 * weight of feature f for tag t is `weights[f*K + t] * scale`.
 */
export interface NerModel {
  meta: { version: number; tags: string[]; trainedOn: string[]; clusters: boolean; note?: string };
  hashes: Uint32Array;
  weights: Int16Array;
  scale: number;
  /** (K+1) x K transition scores; row K is the sentence start. */
  transitions: Float32Array;
}

const MAGIC = 'NGNER\u0001';

/**
 * Encode a model as bytes: magic, u32 meta length, meta JSON (UTF-8), then padded to 4 bytes:
 * u32 feature count, f32 scale, u32 hashes[n], f32 transitions[(K+1)K], i16 weights[n*K].
 * Little-endian throughout.
 */
export function encodeModel(m: NerModel): Uint8Array {
  const meta = new TextEncoder().encode(JSON.stringify(m.meta));
  const head = 6 + 4 + meta.length;
  const pad = (4 - (head % 4)) % 4;
  const n = m.hashes.length;
  const size = head + pad + 8 + n * 4 + m.transitions.length * 4 + n * TAG_COUNT * 2;
  const buf = new Uint8Array(size);
  const dv = new DataView(buf.buffer);
  for (let i = 0; i < 6; i++) buf[i] = MAGIC.charCodeAt(i);
  dv.setUint32(6, meta.length, true);
  buf.set(meta, 10);
  let o = head + pad;
  dv.setUint32(o, n, true);
  dv.setFloat32(o + 4, m.scale, true);
  o += 8;
  for (let i = 0; i < n; i++, o += 4) dv.setUint32(o, m.hashes[i], true);
  for (let i = 0; i < m.transitions.length; i++, o += 4) dv.setFloat32(o, m.transitions[i], true);
  for (let i = 0; i < m.weights.length; i++, o += 2) dv.setInt16(o, m.weights[i], true);
  return buf;
}

/** Decode bytes written by `encodeModel`; throws on a file that is not a model. */
export function decodeModel(buf: Uint8Array): NerModel {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (let i = 0; i < 6; i++) if (buf[i] !== MAGIC.charCodeAt(i)) throw new Error('newsgraph: not an NER model file');
  const metaLen = dv.getUint32(6, true);
  const meta = JSON.parse(new TextDecoder().decode(buf.subarray(10, 10 + metaLen))) as NerModel['meta'];
  const head = 10 + metaLen;
  let o = head + ((4 - (head % 4)) % 4);
  const n = dv.getUint32(o, true);
  const scale = dv.getFloat32(o + 4, true);
  o += 8;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++, o += 4) hashes[i] = dv.getUint32(o, true);
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let i = 0; i < transitions.length; i++, o += 4) transitions[i] = dv.getFloat32(o, true);
  const weights = new Int16Array(n * TAG_COUNT);
  for (let i = 0; i < weights.length; i++, o += 2) weights[i] = dv.getInt16(o, true);
  return { meta, hashes, weights, scale, transitions };
}
