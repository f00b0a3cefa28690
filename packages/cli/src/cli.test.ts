import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/src/testing/fixtures.ts";
import { writeTaobaoExport } from "../../core/src/testing/taobao-files.ts";

// The acceptance contract of the command line, run as a user runs it: the real bin, a real
// database (DATABASE_URL), stdout's last line as JSON, and exit codes 0 / 1 / 2.
const BIN = path.resolve(import.meta.dirname, "../bin/laoke.js");
let h: Awaited<ReturnType<typeof createTestDatabase>>;
let home: string;

beforeAll(async () => {
  h = await createTestDatabase();
  home = tempDir("laoke-cli-home-");
});
afterAll(async () => {
  await h?.dispose();
});

function laoke(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: h.url, LAOKE_HOME: home, LAOKE_LANG: "", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = r.stdout.trim().split("\n");
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, last: lines[lines.length - 1] ?? "" };
}

describe("laoke CLI contract", () => {
  it("migrates, creates a shop, and refuses a duplicate slug in Chinese or English", () => {
    expect(laoke(["db", "migrate", "--json"])).toMatchObject({ code: 0 });
    const created = laoke(["shop", "create", "--slug", "cli-shop", "--name", "命令行小店", "--json"]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.last)).toMatchObject({
      slug: "cli-shop",
      name: "命令行小店",
      timeZone: "Asia/Shanghai",
      currency: "CNY",
    });
    const dup = laoke(["shop", "create", "--slug", "cli-shop", "--name", "x"]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain("已存在");
    expect(laoke(["shop", "create", "--slug", "cli-shop", "--name", "x", "--lang", "en"]).stderr).toContain(
      "already exists",
    );
    expect(
      laoke(["shop", "create", "--slug", "cli-shop", "--name", "x"], { LAOKE_LANG: "en" }).stderr,
    ).toContain("already exists");
  });

  it("imports with --json (last line is the summary object) and exits 0 even with rejected rows", () => {
    const dir = tempDir();
    const files = writeTaobaoExport(dir, "cli", [
      { id: "7000000000000001", nick: "命令行买家", created: "2025-06-01 10:00:00" },
      { id: "7000000000000002", nick: "命令行买家", created: "2025-06-20 21:00:00" },
      { id: "7000000000000003", nick: "坏行", created: "2025-13-01 10:00:00" },
    ]);
    const r = laoke(["import", "--shop", "cli-shop", ...files, "--json"]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.last);
    expect(summary).toMatchObject({
      format: "taobao",
      orders: { inserted: 2, updated: 0, unchanged: 0 },
      items: 2,
      customers: { created: 1, matched: 0 },
      rejected: 2,
    });
    expect(fs.existsSync(summary.rejectsFile)).toBe(true);
    const again = JSON.parse(laoke(["import", "--shop", "cli-shop", ...files, "--json"]).last);
    expect(again.orders).toEqual({ inserted: 0, updated: 0, unchanged: 2 });

    const stats = laoke(["stats", "--shop", "cli-shop", "--json"]);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.last)).toEqual({
      customers: 1,
      buyers: 1,
      orders: 2,
      paidOrders: 2,
      revenueFen: 11800,
      repeatRate: 1,
    });
  });

  it("analyzes after an import, on demand (--full), and ranks customers", () => {
    // The import above already ran the incremental analysis: metrics exist.
    const top = laoke(["customers", "top", "--shop", "cli-shop", "--by", "spend", "--limit", "5", "--json"]);
    expect(top.code).toBe(0);
    expect(JSON.parse(top.last)).toMatchObject([
      { purchaseDays: 2, totalSpentFen: 11800, churnStatus: "active" },
    ]);

    const full = laoke(["analyze", "--shop", "cli-shop", "--full", "--json"]);
    expect(full.code).toBe(0);
    expect(JSON.parse(full.last)).toMatchObject({ mode: "full", customers: 1 });
    const again = laoke(["analyze", "--shop", "cli-shop", "--json"]);
    expect(JSON.parse(again.last)).toMatchObject({ mode: "incremental", customers: 0 });
    expect(laoke(["analyze", "--shop", "cli-shop"]).stdout).toContain("已分析");

    // clv fit on the shop's own orders: the contract's keys, and the verdict on so little data.
    const fit = laoke(["clv", "fit", "--shop", "cli-shop", "--model", "bgnbd", "--json"]);
    expect(fit.code).toBe(0);
    const out = JSON.parse(fit.last);
    expect(Object.keys(out).slice(0, 4)).toEqual(["model", "params", "logLikelihood", "customers"]);
    expect(out).toMatchObject({ model: "bgnbd", customers: 1, trust: { reason: "too_few_customers" } });
    expect(laoke(["clv", "fit", "--shop", "cli-shop", "--input", "x.txt", "--format", "cdnow"]).code).toBe(2);

    // Shop reports as JSON: the whole-history repeat rate agrees with stats.
    const report = laoke(["report", "repeat-rate", "--shop", "cli-shop", "--granularity", "month"]);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.last)).toMatchObject({
      granularity: "month",
      total: { buyers: 1, repeatRate: 1 },
    });
    expect(laoke(["report", "nope", "--shop", "cli-shop"]).code).toBe(2);
    expect(laoke(["report", "cohorts", "--shop", "cli-shop", "--from", "2025-02-30"]).code).toBe(1);

    // Settings: merged into the overrides, validated, null restores the default.
    const set = laoke([
      "settings",
      "--shop",
      "cli-shop",
      "--analytics",
      '{"churnDays": 120, "clv": {"horizonDays": 180}}',
      "--json",
    ]);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.last)).toMatchObject({
      analytics: { churnDays: 120, clv: { horizonDays: 180, model: "bgnbd" } },
      overrides: { churnDays: 120, clv: { horizonDays: 180 } },
    });
    const back = laoke(["settings", "--shop", "cli-shop", "--analytics", '{"churnDays": null}', "--json"]);
    expect(JSON.parse(back.last).overrides).toEqual({ clv: { horizonDays: 180 } });
    expect(laoke(["settings", "--shop", "cli-shop", "--analytics", '{"churnDays": -3}']).code).toBe(1);
    expect(laoke(["settings", "--shop", "cli-shop", "--analytics", "{not json"]).code).toBe(2);

    expect(laoke(["customers", "top", "--shop", "cli-shop", "--by", "nope"]).code).toBe(2);
    expect(laoke(["analyze", "--shop", "cli-shop", "--as-of", "yesterday-ish"]).code).toBe(2);
  });

  it("an import whose analysis fails still exits 0 (the orders are committed) and says so", async () => {
    // Settings no valid analysis accepts (stored behind the validation's back).
    await h.pool.query(`update shops set analytics_settings = '{"churnDays": -5}' where slug = 'cli-shop'`);
    try {
      const files = writeTaobaoExport(tempDir(), "analysis-fails", [
        { id: "7000000000000009", nick: "又一位买家", created: "2025-07-01 10:00:00" },
      ]);
      const r = laoke(["import", "--shop", "cli-shop", ...files, "--json"]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.last).orders.inserted).toBe(1);
      expect(r.stderr).toContain("重算失败");
    } finally {
      await h.pool.query(`update shops set analytics_settings = '{}' where slug = 'cli-shop'`);
    }
  });

  it("exits 1 on a fatal import error and 2 on bad usage", () => {
    const dir = tempDir();
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, "foo,bar\n1,2\n");
    const fatal = laoke(["import", "--shop", "cli-shop", bad, "--json"]);
    expect(fatal.code).toBe(1);
    expect(fatal.stderr).toContain("无法识别");
    expect(laoke(["import", bad]).code).toBe(2);
    expect(laoke(["import", "--shop", "cli-shop", "--format", "nope", bad]).code).toBe(2);
    expect(laoke(["no-such-command"]).code).toBe(2);
    expect(laoke(["stats", "--shop", "missing-shop"]).code).toBe(1);
  });

  it("runs the demo end to end through the real importer", () => {
    const r = laoke(["demo", "--customers", "150", "--seed", "3", "--json", "--no-serve"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.last);
    expect(out.import.rejected).toBe(0);
    expect(out.stats.customers).toBeGreaterThanOrEqual(150);
    // Net new customers: buyers merged across the two exports count once.
    expect(out.import.customers.created).toBe(out.stats.customers);
    expect(out.import.format).toBe("taobao,shopify");
    expect(out.stats.repeatRate).toBeGreaterThan(0.1);
    expect(out.logins).toEqual([
      { role: "owner", email: "owner@demo.laoke", created: true, password: "laoke-demo-2026" },
      { role: "aftersale", email: "aftersale@demo.laoke", created: true, password: "laoke-demo-2026" },
    ]);
    const human = laoke(["demo", "--customers", "150", "--seed", "3", "--no-serve"]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("复购率");
    expect(human.stdout).toContain("未变 ");
    // The logins exist from the first run: kept, and their password not printed again.
    expect(human.stdout).toContain("owner@demo.laoke(账号已存在");
    expect(human.stdout).not.toContain("正在启动服务");
  });
});
