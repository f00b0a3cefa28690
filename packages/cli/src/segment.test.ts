import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createSegment, getShopBySlug, OPERATOR } from "@laoke/core";
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/src/testing/fixtures.ts";
import { writeTaobaoExport } from "../../core/src/testing/taobao-files.ts";

// `laoke segment count|export` as a user runs them: the real bin on a real database.
const BIN = path.resolve(import.meta.dirname, "../bin/laoke.js");
let h: Awaited<ReturnType<typeof createTestDatabase>>;
let home: string;

function laoke(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: h.url, LAOKE_HOME: home, LAOKE_LANG: "" },
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = r.stdout.trim().split("\n");
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, last: lines[lines.length - 1] ?? "" };
}

beforeAll(async () => {
  h = await createTestDatabase();
  home = tempDir("laoke-cli-segment-");
  expect(laoke(["shop", "create", "--slug", "seg", "--name", "分群小店"]).code).toBe(0);
  const files = writeTaobaoExport(tempDir(), "seg", [
    { id: "8000000000000001", nick: "老客甲", created: "2025-06-01 10:00:00" },
    { id: "8000000000000002", nick: "老客甲", created: "2025-07-01 10:00:00" },
    { id: "8000000000000003", nick: "新客乙", created: "2025-07-02 10:00:00" },
    {
      id: "8000000000000004",
      nick: "大客丙",
      created: "2025-07-03 10:00:00",
      items: [{ title: "羊绒大衣", price: "1299.00", qty: 1 }],
    },
  ]);
  // The import runs the analysis too, so metrics exist for the rules below.
  expect(laoke(["import", "--shop", "seg", ...files, "--json"]).code).toBe(0);
});
afterAll(async () => {
  await h?.dispose();
});

describe("laoke segment", () => {
  it("counts a rule given inline or as a file, with --json as the last line", () => {
    const inline = laoke([
      "segment",
      "count",
      "--shop",
      "seg",
      "--rule",
      '{"field":"paid_orders","op":"gte","value":2}',
      "--json",
    ]);
    expect(inline.code).toBe(0);
    expect(JSON.parse(inline.last)).toMatchObject({ count: 1 });

    const file = path.join(tempDir(), "rule.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        any: [
          { field: "total_spent_fen", op: "gte", value: 100_000 },
          { field: "product_keyword", op: "bought", value: "T恤" },
        ],
      }),
    );
    expect(
      JSON.parse(laoke(["segment", "count", "--shop", "seg", "--rule", file, "--json"]).last),
    ).toMatchObject({
      count: 3,
    });
    expect(laoke(["segment", "count", "--shop", "seg", "--rule", file]).stdout).toContain(
      "符合条件的客户:3 位",
    );
  });

  it("explains a bad rule (exit 1, with its path) and bad usage (exit 2)", () => {
    const bad = laoke([
      "segment",
      "count",
      "--shop",
      "seg",
      "--rule",
      '{"all":[{"field":"province","op":"gt","value":1}]}',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("all[0].op");
    expect(bad.stderr).toContain("这个字段不能用这个比较方式");
    expect(laoke(["segment", "count", "--shop", "seg", "--rule", "{nope"]).code).toBe(2);
    expect(laoke(["segment", "count", "--shop", "seg", "--rule", "missing-file.json"]).code).toBe(2);
    expect(laoke(["segment", "export", "--shop", "seg", "--segment", "x", "--out", "a.csv"]).code).toBe(2);
    expect(laoke(["segment", "export", "--shop", "seg", "--segment", "999", "--out", "a.csv"]).code).toBe(1);
  });

  it("exports a saved segment's members to CSV and audits it", async () => {
    const shop = await getShopBySlug(h.db, "seg");
    const segment = await createSegment(h.db, OPERATOR, shop.id, {
      name: "复购老客",
      rule: { field: "paid_orders", op: "gte", value: 2 },
    });
    const out = path.join(tempDir(), "members.csv");
    const r = laoke([
      "segment",
      "export",
      "--shop",
      "seg",
      "--segment",
      String(segment.id),
      "--out",
      out,
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.last)).toEqual({ segment: "复购老客", customers: 1, file: out });
    const csv = fs.readFileSync(out, "utf8");
    expect(csv.startsWith("\uFEFF客户编号")).toBe(true);
    expect(csv.trim().split("\n")).toHaveLength(2);
    const { rows } = await h.pool.query(
      "select data from audit_events where shop_id = $1 and action = 'customers.exported'",
      [shop.id],
    );
    expect(rows[0]?.data).toMatchObject({ filter: { segment: segment.id }, rows: 1, complete: true });
  });
});
