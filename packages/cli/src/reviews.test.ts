import { spawnSync } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/src/testing/fixtures.ts";
import { writeCsv } from "../../core/src/testing/sheet-files.ts";
import { writeTaobaoExport } from "../../core/src/testing/taobao-files.ts";

// `laoke reviews import` and `laoke groups import` as a user runs them: the real bin on a real database.
const BIN = path.resolve(import.meta.dirname, "../bin/laoke.js");
let h: Awaited<ReturnType<typeof createTestDatabase>>;
let home: string;
const dir = tempDir("laoke-cli-reviews-");

function laoke(args: string[], lang = "") {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: h.url, LAOKE_HOME: home, LAOKE_LANG: lang },
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = r.stdout.trim().split("\n");
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, last: lines[lines.length - 1] ?? "" };
}

beforeAll(async () => {
  h = await createTestDatabase();
  home = tempDir("laoke-cli-reviews-home-");
  expect(laoke(["shop", "create", "--slug", "rev", "--name", "评价小店"]).code).toBe(0);
  const files = writeTaobaoExport(dir, "rev", [
    { id: "8300000000000001", nick: "回头客", phone: "'13800138000" },
    { id: "8300000000000002", nick: "新客" },
  ]);
  expect(laoke(["import", "--shop", "rev", ...files, "--json", "--no-analyze"]).code).toBe(0);
});
afterAll(async () => {
  await h?.dispose();
});

describe("laoke reviews import", () => {
  it("imports a Taobao review export, says what it did and changes nothing the second time", () => {
    const file = writeCsv(
      dir,
      "评价.csv",
      ["订单编号", "买家昵称", "评价内容", "评价结果", "评价时间"],
      [
        ['="8300000000000001"', "回头客", "第二次买了", "好评", "2025-03-05 10:00:00"],
        ["", "新客", "物流慢", "中评", "2025-03-06 10:00:00"],
        ["", "路人", "?", "差评", "2025-03-07 10:00:00"],
      ],
    );
    const first = laoke(["reviews", "import", "--shop", "rev", file, "--json"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.last)).toMatchObject({
      inserted: 2,
      unchanged: 0,
      rejected: 1,
      rejects: [
        { row: 4, field: "买家昵称", code: "unmatched_customer", reason: expect.stringContaining("找不到") },
      ],
    });
    const again = laoke(["reviews", "import", "--shop", "rev", file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("评价导入完成:新增 0、更新 0、未变 2;拒绝 1 行");
    expect(again.stdout).toContain("第 4 行");
    const english = laoke(["reviews", "import", "--shop", "rev", file], "en");
    expect(english.stdout).toContain("0 new, 0 updated, 2 unchanged; 1 rows rejected");
  });

  it("explains a file that is not a review export (exit 1)", () => {
    const bad = writeCsv(dir, "bad.csv", ["a", "b"], [["1", "2"]], "utf-8");
    const r = laoke(["reviews", "import", "--shop", "rev", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("不像评价导出");
  });
});

describe("laoke groups import", () => {
  it("creates the group when new and replaces its roster idempotently", () => {
    const file = writeCsv(
      dir,
      "群成员.csv",
      ["群昵称", "手机号", "入群时间"],
      [
        ["老王", "+86 138 0013 8000", "2024-05-01"],
        ["小透明", "", "2024-05-02"],
      ],
    );
    const first = laoke(["groups", "import", "--shop", "rev", "--group", "老客群", file, "--json"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.last)).toMatchObject({
      group: "老客群",
      created: true,
      members: 2,
      inserted: 2,
      matched: 1,
      unmatched: 1,
    });
    const again = laoke(["groups", "import", "--shop", "rev", "--group", "老客群", file]);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain("已新建群");
    expect(again.stdout).toContain("共 2 人(新增 0、更新 0、未变 2、移除 0)");
    expect(laoke(["groups", "import", "--shop", "rev", file]).code).toBe(2);
  });
});
