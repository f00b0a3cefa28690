import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  civil,
  DEFAULT_END_MS,
  DEFAULT_START_MS,
  formatDateTime,
  mothersDay,
  Seasonality,
} from "./calendar.ts";
import { buildCatalogue } from "./catalogue.ts";
import { csvField, encodeGb18030 } from "./csv-writer.ts";
import { NickFactory, personName } from "./names.ts";
import { permute8, Rng } from "./random.ts";
import { PROVINCES } from "./regions.ts";

describe("Rng", () => {
  it("is deterministic per key and differs across keys", () => {
    const a = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.u32()
      )(new Rng(1, 2)),
    );
    const b = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.u32()
      )(new Rng(1, 2)),
    );
    const c = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.u32()
      )(new Rng(1, 3)),
    );
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("samples Gamma and Beta with the right moments", () => {
    const rng = new Rng(9);
    const n = 40_000;
    for (const [shape, rate] of [
      [0.25, 4.5],
      [6, 1],
      [4, 0.01],
    ] as const) {
      let sum = 0;
      let sq = 0;
      for (let i = 0; i < n; i++) {
        const x = rng.gamma(shape, rate);
        sum += x;
        sq += x * x;
      }
      const mean = sum / n;
      expect(mean / (shape / rate)).toBeCloseTo(1, 1);
      expect((sq / n - mean * mean) / (shape / rate ** 2)).toBeGreaterThan(0.85);
    }
    let beta = 0;
    for (let i = 0; i < n; i++) beta += rng.beta(0.8, 2.4);
    expect(beta / n).toBeCloseTo(0.8 / 3.2, 2);
  });

  it("permute8 is a bijection (no collisions on a large sample)", () => {
    const seen = new Set<number>();
    let max = 0;
    for (let i = 0; i < 200_000; i++) {
      const v = permute8(i * 431, 7);
      max = Math.max(max, v);
      seen.add(v);
    }
    expect(seen.size).toBe(200_000);
    expect(max).toBeLessThan(100_000_000);
  });
});

describe("names", () => {
  it("hands out unique nicks", () => {
    const rng = new Rng(3);
    const f = new NickFactory(20_000);
    const nicks = new Set<string>();
    for (let i = 0; i < 20_000; i++) nicks.add(f.next(rng, i, personName(rng, i % 2 === 0), 1990));
    expect(nicks.size).toBe(20_000);
  });
});

describe("calendar", () => {
  it("formats Shanghai wall-clock time and finds festivals", () => {
    expect(formatDateTime(DEFAULT_START_MS)).toBe("2023-01-01 00:00:00");
    expect(formatDateTime(DEFAULT_END_MS - 1000)).toBe("2026-10-31 23:59:59");
    expect(civil(mothersDay(2025))).toEqual({ y: 2025, m: 5, d: 11 });
    const s = new Seasonality(DEFAULT_START_MS, DEFAULT_END_MS);
    const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    expect(s.demand("normal", day("2024-11-11"))).toBeGreaterThan(4 * s.demand("normal", day("2024-09-10")));
    expect(s.demand("normal", day("2024-02-11"))).toBeLessThan(0.5 * s.demand("normal", day("2024-03-12")));
    expect(s.isGiftWindow(day("2025-02-08"))).toBe(true);
  });
});

describe("encoding", () => {
  it("encodes GB18030 exactly like iconv-lite", () => {
    const products = buildCatalogue(1, DEFAULT_START_MS, DEFAULT_END_MS);
    const cities = PROVINCES.items.flatMap((p) =>
      p.cities.items.map((c) => `${p.name} ${c.name} ${c.districts}`),
    );
    const sample = [
      ...products.flatMap((p) => [p.title, ...[...p.skus.values()].map((s) => s.attributes)]),
      ...cities,
      "买家已付款，等待卖家发货 '13812345678 No:YT1 0元 € 😀 ¥",
    ].join("\r\n");
    expect(encodeGb18030(sample).equals(iconv.encode(sample, "gb18030"))).toBe(true);
    expect(encodeGb18030("ascii only").toString("latin1")).toBe("ascii only");
  });

  it("quotes CSV fields only when needed", () => {
    expect(csvField("交易成功")).toBe("交易成功");
    expect(csvField('="123"')).toBe('"=""123"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
  });
});
