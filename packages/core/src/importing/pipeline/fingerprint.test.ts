import { describe, expect, it } from "vitest";
import { FingerprintMap, hash64, hashPair } from "./fingerprint.ts";

describe("FingerprintMap", () => {
  it("keeps every key's value through growth and tells absent keys apart", () => {
    const map = new FingerprintMap(16);
    const n = 200_000;
    for (let i = 0; i < n; i++) map.set(`taobao\u0000nick\u0000买家${i}`, i);
    expect(map.size).toBe(n);
    for (let i = 0; i < n; i += 7) expect(map.get(`taobao\u0000nick\u0000买家${i}`)).toBe(i);
    // Near misses: another kind, a swapped pair of characters, a prefix, the empty key.
    expect(map.get("taobao\u0000ouid\u0000买家1")).toBe(-1);
    expect(map.get("taobao\u0000nick\u0000家买1")).toBe(-1);
    expect(map.get("taobao\u0000nick\u0000买家")).toBe(-1);
    expect(map.get("")).toBe(-1);
    map.set("taobao\u0000nick\u0000买家5", 42);
    expect(map.get("taobao\u0000nick\u0000买家5")).toBe(42);
    expect(map.size).toBe(n);
    expect(() => map.set("x", -1)).toThrow(RangeError);
  });
});

describe("hash64 / hashPair", () => {
  it("is stable and spreads near-identical texts", () => {
    expect(hash64("交易成功\u00011000")).toBe(hash64("交易成功\u00011000"));
    const seen = new Set<string>();
    for (let i = 0; i < 50_000; i++) seen.add(hash64(`order ${i}`));
    expect(seen.size).toBe(50_000);
    expect(BigInt(hash64("a"))).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(hashPair("ab")).not.toEqual(hashPair("ba"));
  });
});
