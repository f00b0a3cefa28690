import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BinaryRows, copyBinaryStream } from "./copy-binary.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

describe("binary COPY rows", () => {
  it("store every type as text COPY would: whole numbers, reals, dates, times, text, nulls", async () => {
    await h.pool.query(`create table binary_copy_check (i8 bigint, i4 integer, i2 smallint, f4 real, t text,
                        d date, ts timestamptz)`);
    const out = new BinaryRows(16); // tiny, so it has to grow
    const rows = [
      [
        9_007_199_254_740_991,
        2_147_483_647,
        32_767,
        0.1234567,
        "颜色分类\t黑色\n",
        20_000,
        Date.UTC(2026, 10, 27, 8, 30, 15, 123),
      ],
      [-5_000_000_000, -1, -2, -3.5e-5, "", 0, 0],
      [null, null, null, Number.NaN, null, null, null],
    ] as const;
    for (const r of rows) {
      out.row(7);
      out.value("int8", r[0]);
      out.value("int4", r[1]);
      out.value("int2", r[2]);
      out.value("float4", r[3]);
      out.value("text", r[4]);
      out.value("date", r[5]);
      out.value("timestamptz", r[6]);
    }
    const client = await h.pool.connect();
    try {
      await copyBinaryStream(
        client,
        "binary_copy_check",
        ["i8", "i4", "i2", "f4", "t", "d", "ts"],
        [out.take()],
      );
    } finally {
      client.release();
    }
    const { rows: stored } = await h.pool.query(
      `select i8::text, i4, i2, f4::float8 as f4, t, d::text, extract(epoch from ts)::float8 * 1000 as ts
         from binary_copy_check order by i8 desc nulls last`,
    );
    expect(stored[0]).toEqual({
      i8: "9007199254740991",
      i4: 2_147_483_647,
      i2: 32_767,
      f4: Math.fround(0.1234567),
      t: "颜色分类\t黑色\n",
      d: "2024-10-04",
      ts: Date.UTC(2026, 10, 27, 8, 30, 15, 123),
    });
    expect(stored[1]).toEqual({
      i8: "-5000000000",
      i4: -1,
      i2: -2,
      f4: Math.fround(-3.5e-5),
      t: "",
      d: "1970-01-01",
      ts: 0,
    });
    expect(stored[2]).toEqual({ i8: null, i4: null, i2: null, f4: null, t: null, d: null, ts: null });
  });

  it("refuse a fraction where the column is whole, as text COPY would", () => {
    const out = new BinaryRows();
    out.row(1);
    expect(() => out.value("int8", 1.5)).toThrow(RangeError);
    expect(() => out.value("int4", "12" as unknown as number)).toThrow(TypeError);
  });
});
