/**
 * A map from non-negative int32 keys to int32 values in two typed arrays (open addressing, linear
 * probing). The scorer's per-token caches use it instead of `Map<number, …>`: no boxed entries,
 * and a probe is a multiply, a mask and one or two array reads.
 */
export class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  private shift: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.keys = new Int32Array(size).fill(-1);
    this.vals = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for `key` (0 <= key < 2^31), or -1 when absent. */
  get(key: number): number {
    const keys = this.keys;
    // Fibonacci hashing: the high bits of the product depend on every bit of the key.
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.vals[slot];
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Store `value` for `key` (0 <= key < 2^31). */
  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.rehash();
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (this.keys[slot] === -1) this.count++;
    this.keys[slot] = key;
    this.vals[slot] = value;
  }

  clear(): void {
    this.keys.fill(-1);
    this.count = 0;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    this.keys = new Int32Array(oldKeys.length * 2).fill(-1);
    this.vals = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.shift = 32 - Math.log2(this.keys.length);
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== -1) this.set(oldKeys[i], oldVals[i]);
  }
}

/** A growable pool of K-vectors in one Float32Array; a vector is addressed by its offset. */
export class VectorPool {
  data: Float32Array;
  private used = 0;

  constructor(private readonly k: number, capacity = 256) {
    this.data = new Float32Array(capacity * k);
  }

  /** Offset of a new zeroed vector. `data` may be replaced: read it again after calling. */
  alloc(): number {
    if (this.used + this.k > this.data.length) {
      const d = new Float32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    const o = this.used;
    this.used += this.k;
    this.data.fill(0, o, o + this.k);
    return o;
  }

  clear(): void {
    this.used = 0;
  }
}
