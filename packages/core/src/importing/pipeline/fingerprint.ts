/**
 * Compact string keys for the first-import path (bulk.ts), which must remember every order and
 * identity of an import of millions of rows within the importer's memory budget. A JavaScript
 * Map of strings costs ~170 bytes a key (measured: 1M keys, 219 MB RSS); this table keeps a
 * 96-bit fingerprint and a 32-bit value per key in typed arrays, ~24 bytes a key at its load
 * factor, outside V8's heap.
 *
 * Two different keys with the same 96-bit fingerprint would be taken for one: for the ~3M keys of
 * a 1M-order import the chance is about n²/2⁹⁷ ≈ 10⁻¹⁶, below a machine's memory error rate.
 */

/** Three 32-bit lanes of a murmur3-style hash over the UTF-16 code units, two units per block. */
const out = new Uint32Array(3);

/** Fingerprint `s` into the module's scratch lanes (read them right away). */
function fingerprint(s: string): Uint32Array {
  let h1 = 0x9747b28c;
  let h2 = 0x1b873593;
  let h3 = 0x7f4a7c15;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    h1 = mixLane(h1, k, 0xcc9e2d51, 0x1b873593, 0xe6546b64);
    h2 = mixLane(h2, k, 0x85ebca6b, 0xc2b2ae35, 0x52dce729);
    h3 = mixLane(h3, k, 0x27d4eb2f, 0x165667b1, 0x38495ab5);
  }
  if (i < n) {
    const k = s.charCodeAt(i);
    h1 = mixLane(h1, k, 0xcc9e2d51, 0x1b873593, 0xe6546b64);
    h2 = mixLane(h2, k, 0x85ebca6b, 0xc2b2ae35, 0x52dce729);
    h3 = mixLane(h3, k, 0x27d4eb2f, 0x165667b1, 0x38495ab5);
  }
  // The length and each lane into the others, then murmur3's finaliser.
  h1 ^= n;
  h2 ^= n;
  h3 ^= n;
  h1 = (h1 + h2 + h3) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  out[0] = avalanche(h1);
  out[1] = avalanche(h2);
  out[2] = avalanche(h3);
  return out;
}

function mixLane(h: number, block: number, c1: number, c2: number, add: number): number {
  let k = Math.imul(block, c1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, c2);
  let x = h ^ k;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + add) | 0;
}

function avalanche(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A 64-bit hash of `s` as the decimal text of a signed bigint, for a `bigint` column (the
 * orders' content hash). Not for secrets: it only tells changed rows from unchanged ones.
 */
export function hash64(s: string): string {
  const f = fingerprint(s);
  return BigInt.asIntN(64, (BigInt(f[0] as number) << 32n) | BigInt(f[1] as number)).toString();
}

/** Two independent 32-bit hashes of `s`, for cheap change detection kept in typed arrays. */
export function hashPair(s: string): [number, number] {
  const f = fingerprint(s);
  return [f[1] as number, f[2] as number];
}

const EMPTY = -1;
const MAX_LOAD = 0.7;

/**
 * A map from string keys to non-negative 32-bit integers, by fingerprint: open addressing with
 * linear probing (any capacity, grown by half); the keys themselves are not kept.
 */
export class FingerprintMap {
  private capacity: number;
  private lanes: Uint32Array;
  private values: Int32Array;
  size = 0;

  constructor(initialCapacity = 1 << 16) {
    this.capacity = Math.max(16, initialCapacity);
    this.lanes = new Uint32Array(this.capacity * 3);
    this.values = new Int32Array(this.capacity).fill(EMPTY);
  }

  /** The value of `key`, or -1 when absent. */
  get(key: string): number {
    const f = fingerprint(key);
    return this.values[this.slotOf(f[0] as number, f[1] as number, f[2] as number)] as number;
  }

  /** Set `key` to `value` (≥ 0), replacing any value it had. */
  set(key: string, value: number): void {
    if (value < 0) throw new RangeError("FingerprintMap values are non-negative");
    const f = fingerprint(key);
    const a = f[0] as number;
    const b = f[1] as number;
    const c = f[2] as number;
    let slot = this.slotOf(a, b, c);
    if (this.values[slot] === EMPTY) {
      if (this.size + 1 > this.capacity * MAX_LOAD) {
        this.grow();
        slot = this.slotOf(a, b, c);
      }
      this.lanes[slot * 3] = a;
      this.lanes[slot * 3 + 1] = b;
      this.lanes[slot * 3 + 2] = c;
      this.size++;
    }
    this.values[slot] = value;
  }

  /** Bytes held by the table (outside V8's heap). */
  get bytes(): number {
    return this.lanes.byteLength + this.values.byteLength;
  }

  /** The slot holding this fingerprint, or the empty slot where it would go. */
  private slotOf(a: number, b: number, c: number): number {
    const lanes = this.lanes;
    const values = this.values;
    const capacity = this.capacity;
    let slot = a % capacity;
    while (values[slot] !== EMPTY) {
      const at = slot * 3;
      if (lanes[at] === a && lanes[at + 1] === b && lanes[at + 2] === c) return slot;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
    return slot;
  }

  private grow(): void {
    const oldLanes = this.lanes;
    const oldValues = this.values;
    // By half, not double: at a million keys each step is tens of MB, and old and new coexist.
    this.capacity = Math.ceil(this.capacity * 1.5);
    this.lanes = new Uint32Array(this.capacity * 3);
    this.values = new Int32Array(this.capacity).fill(EMPTY);
    for (let s = 0; s < oldValues.length; s++) {
      const v = oldValues[s] as number;
      if (v === EMPTY) continue;
      const a = oldLanes[s * 3] as number;
      const b = oldLanes[s * 3 + 1] as number;
      const c = oldLanes[s * 3 + 2] as number;
      const slot = this.slotOf(a, b, c);
      this.lanes[slot * 3] = a;
      this.lanes[slot * 3 + 1] = b;
      this.lanes[slot * 3 + 2] = c;
      this.values[slot] = v;
    }
  }
}
