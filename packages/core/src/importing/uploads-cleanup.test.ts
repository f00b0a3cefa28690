import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildShop, tempDir } from "../testing/fixtures.ts";
import { createIncomingDir, importJobDir } from "./uploads.ts";
import { cleanUploads } from "./uploads-cleanup.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h?.dispose());

async function job(shopId: number, status: string, finishedDaysAgo: number | null): Promise<number> {
  const { rows } = await h.pool.query(
    `insert into import_jobs (shop_id, status, files, finished_at)
     values ($1, $2, '[]', case when $3::int is null then null else now() - make_interval(days => $3::int) end)
     returning id`,
    [shopId, status, finishedDaysAgo],
  );
  return Number(rows[0].id);
}

function withFile(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "1.csv"), "订单编号,收货人\n1,张三\n");
  return dir;
}

describe("cleanUploads", () => {
  it("removes failed imports' uploads after 7 days and crash leftovers after a day, nothing else", async () => {
    const home = tempDir("laoke-cleanup-");
    const shop = await buildShop(h.db);
    const oldFailed = withFile(importJobDir(home, shop.id, await job(shop.id, "failed", 8)));
    const newFailed = withFile(importJobDir(home, shop.id, await job(shop.id, "failed", 2)));
    const running = withFile(importJobDir(home, shop.id, await job(shop.id, "running", null)));
    const staleIncoming = withFile(createIncomingDir(home, shop.id));
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    fs.utimesSync(staleIncoming, twoDaysAgo, twoDaysAgo);
    const freshIncoming = withFile(createIncomingDir(home, shop.id));

    expect(await cleanUploads(h.db, home)).toEqual({ failedJobs: 1, incoming: 1 });
    expect(fs.existsSync(oldFailed)).toBe(false);
    expect(fs.existsSync(staleIncoming)).toBe(false);
    for (const kept of [newFailed, running, freshIncoming]) expect(fs.existsSync(kept)).toBe(true);
    expect(await cleanUploads(h.db, home)).toEqual({ failedJobs: 0, incoming: 0 });
  });

  it("copes with a home that has no uploads yet", async () => {
    expect(await cleanUploads(h.db, tempDir("laoke-cleanup-empty-"))).toEqual({ failedJobs: 0, incoming: 0 });
  });
});
