/**
 * Seeded randomness for the demo generator: a small fast PRNG (sfc32), the distributions the
 * customer-base models need (Marsaglia–Tsang Gamma, Beta from two Gammas, exponential), and
 * keyed bijections that make phones, e-mails and order numbers unique by construction, so the
 * generator never has to remember what it already handed out.
 */

/** 32-bit avalanche hash of a list of integers (murmur3 finaliser per word); stable across runs. */
export function hash32(...words: number[]): number {
  let h = 0x9e3779b9;
  for (const w of words) {
    let k = Math.imul(w | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    // Words above 2^32 (large seeds) must still matter.
    if (w > 0xffffffff || w < -0x80000000) h ^= Math.floor(w / 4294967296) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a hash of a string, used to remember nick names compactly. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * sfc32 generator. Re-seedable in place so the hot loop reuses one object per stream instead of
 * allocating one per customer; every stream is keyed by (seed, ...ids) so a customer's data depends
 * only on the seed and its index.
 */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 1;
  private spareNormal: number | undefined;

  constructor(...key: number[]) {
    this.reseed(...key);
  }

  /** Restart the stream for the given key. */
  reseed(...key: number[]): this {
    this.a = hash32(...key, 1);
    this.b = hash32(...key, 2);
    this.c = hash32(...key, 3);
    this.d = 1;
    this.spareNormal = undefined;
    // Discard the first outputs: sfc32 needs a few rounds to mix a fresh state.
    for (let i = 0; i < 12; i++) this.u32();
    return this;
  }

  /** Uniform unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi], both inclusive. */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Fisher–Yates shuffle in place (engine-independent, unlike sorting with a random comparator). */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i] as T;
      items[i] = items[j] as T;
      items[j] = t;
    }
    return items;
  }

  /** `n` decimal digits, leading zeros allowed. */
  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + this.int(10));
    return s;
  }

  /** Standard normal (Box–Muller, caching the second value). */
  normal(): number {
    const spare = this.spareNormal;
    if (spare !== undefined) {
      this.spareNormal = undefined;
      return spare;
    }
    let u = this.next();
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Exponential with the given rate (mean 1/rate). */
  exp(rate: number): number {
    return -Math.log(1 - this.next()) / rate;
  }

  /** Gamma(shape, rate) by Marsaglia–Tsang; shape < 1 uses the u^(1/shape) boost. */
  gamma(shape: number, rate = 1): number {
    if (shape < 1) {
      let u = this.next();
      while (u === 0) u = this.next();
      return (this.gamma(shape + 1, 1) * u ** (1 / shape)) / rate;
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
    }
  }

  /** Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b). */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x + y === 0 ? 0.5 : x / (x + y);
  }
}

/** Weighted choice over a fixed list by binary search on cumulative weights. */
export class Weighted<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new Error("Weighted: bad table");
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += Math.max(0, w);
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  /** Draw one item. */
  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

const HALF_BITS = 14;
const HALF_MASK = (1 << HALF_BITS) - 1;

/**
 * A keyed bijection of [0, 10^8): a 4-round Feistel network on 28 bits with cycle walking.
 * Distinct indices give distinct outputs, so 8-digit suffixes built from it never collide.
 */
export function permute8(index: number, key: number): number {
  if (index < 0 || index >= 100_000_000) throw new RangeError(`permute8: ${index} out of range`);
  let x = index;
  do {
    let left = x >>> HALF_BITS;
    let right = x & HALF_MASK;
    for (let round = 0; round < 4; round++) {
      const f = hash32(right, key, round) & HALF_MASK;
      const next = left ^ f;
      left = right;
      right = next;
    }
    x = (left << HALF_BITS) | right;
  } while (x >= 100_000_000);
  return x;
}

/** Zero-padded decimal. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
