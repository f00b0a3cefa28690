import fs from "node:fs";
import path from "node:path";
import type { Shop } from "@laoke/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/src/testing/fixtures.ts";
import { writeTaobaoExport } from "../../core/src/testing/taobao-files.ts";
import { loadConfig } from "./config.ts";
import { type BossQueue, startBoss } from "./jobs/boss.ts";
import type { JobQueue } from "./jobs/queue.ts";
import { CLEANUP_CRON, NIGHTLY_CRON, startWorker, type Worker } from "./jobs/worker.ts";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

// Upload imports end to end on real PostgreSQL: multipart upload → import_jobs row → pg-boss
// (in the test database) → the worker's import.run → analytics.recompute.
const UNKNOWN_FORMAT = path.resolve(
  import.meta.dirname,
  "../../core/src/importing/fixtures/unknown-format.csv",
);

let server: TestServer;
let boss: BossQueue;
let worker: Worker;
let home: string;
let shop: Shop;
let owner: Session;

beforeAll(async () => {
  home = tempDir("laoke-uploads-home-");
  // The queue is started on the test database, which exists only once the server does.
  const jobs: JobQueue = { send: (name, payload, options) => boss.send(name, payload, options) };
  const config = loadConfig({}, { logLevel: "silent", cookieSecure: true, loginRatePerMinute: 1000, home });
  server = await createTestServer({ jobs, deps: { config } });
  boss = await startBoss(server.handle, { poolSize: 2 });
  worker = await startWorker(server.handle, boss, {
    home,
    pollingIntervalSeconds: 0.5,
    progressIntervalMs: 50,
  });
  shop = await buildTestShop(server);
  owner = await signIn(server, shop, "owner");
});
afterAll(async () => {
  await worker?.stop();
  await boss?.stop({ timeoutMs: 1000 });
  await server?.close();
});

/** A multipart/form-data body as a browser sends it. */
async function form(
  files: { name: string; content: Buffer | string }[],
  fields: Record<string, string> = {},
) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  for (const f of files) body.append("files", new Blob([f.content]), f.name);
  const request = new Request("http://localhost/", { method: "POST", body });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": String(request.headers.get("content-type")) },
  };
}

async function upload(
  session: Session,
  files: { name: string; content: Buffer | string }[],
  fields: Record<string, string> = {},
) {
  const { payload, headers } = await form(files, fields);
  return call(server, session, { method: "POST", url: "/api/v1/imports", payload, headers });
}

/** Poll the job until it has finished. */
async function finished(session: Session, id: number, headers: Record<string, string> = {}) {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const res = await call(server, session, { url: `/api/v1/imports/${id}`, headers });
    expect(res.statusCode).toBe(200);
    const job = res.json();
    if (job.status === "succeeded" || job.status === "failed") return job;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await server.handle.pool.query<{ n: number }>(sql, params);
  return Number(rows[0]?.n);
}

function taobaoPair(suffix: string) {
  const [orders, items] = writeTaobaoExport(tempDir(), suffix, [
    { id: "7100000000000001", nick: "上传买家", created: "2025-06-01 10:00:00" },
    { id: "7100000000000002", nick: "上传买家", created: "2025-06-20 21:00:00" },
    { id: "7100000000000003", nick: "坏行买家", created: "2025-13-01 10:00:00" },
  ]);
  return [
    // A file name Excel would run as a formula once it lands in the rejects CSV.
    { name: `=SUM(1)订单${suffix}.csv`, content: fs.readFileSync(orders) },
    { name: `../../宝贝${suffix}.csv`, content: fs.readFileSync(items) },
  ];
}

describe("upload imports", () => {
  let jobId: number;

  it("queues the upload (202), the worker imports it, and the shop's analytics are recomputed", async () => {
    const res = await upload(owner, taobaoPair("a"));
    expect(res.statusCode).toBe(202);
    const queued = res.json();
    expect(queued).toMatchObject({ status: "queued", format: "auto", dryRun: false, error: null });
    // Client names are metadata, cleaned of any path; the stored files are named by the server.
    expect(queued.files.map((f: { name: string }) => f.name)).toEqual(["=SUM(1)订单a.csv", "宝贝a.csv"]);
    expect(queued.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    jobId = queued.id;

    const job = await finished(owner, jobId);
    expect(job).toMatchObject({
      status: "succeeded",
      format: "taobao",
      summary: { orders: { inserted: 2, updated: 0, unchanged: 0 }, customers: { created: 1 }, rejected: 2 },
      progress: { phase: "done", rows: 6 },
      error: null,
      rejectsUrl: `/api/v1/imports/${jobId}/rejects.csv`,
      createdBy: { kind: "staff", id: owner.memberId },
    });
    expect(job.batchId).toBe(job.summary.batchId);
    expect(job.progress.totalBytes).toBe(job.files[0].size + job.files[1].size);
    expect(await count("select count(*) as n from orders where shop_id = $1", [shop.id])).toBe(2);
    expect(await count("select count(*) as n from customers where shop_id = $1", [shop.id])).toBe(1);
    // A succeeded import's uploads are deleted; its rejects CSV stays.
    expect(fs.existsSync(path.join(home, "uploads", String(shop.id), String(jobId)))).toBe(false);

    // Audited as the uploader, both when started (request) and finished (worker).
    const audit = await server.handle.pool.query(
      `select action, actor_kind, actor_member_id from audit_events
        where shop_id = $1 and target_type = 'import_job' and $2 = any(target_ids) order by id`,
      [shop.id, String(jobId)],
    );
    expect(audit.rows).toEqual([
      { action: "import.started", actor_kind: "staff", actor_member_id: owner.memberId },
      { action: "import.finished", actor_kind: "staff", actor_member_id: owner.memberId },
    ]);

    // The follow-up analytics.recompute job ran for the shop.
    const deadline = Date.now() + 45_000;
    while ((await count("select count(*) as n from customer_metrics where shop_id = $1", [shop.id])) === 0) {
      if (Date.now() > deadline) throw new Error("no analytics run after the import");
      await new Promise((r) => setTimeout(r, 250));
    }
    const runs = await server.handle.pool.query(
      "select status from analytics_runs where shop_id = $1 and status = 'succeeded'",
      [shop.id],
    );
    expect(runs.rowCount).toBeGreaterThan(0);
  });

  it("serves the rejects CSV: UTF-8 with BOM, the bad row, formula-like cells neutralised", async () => {
    const res = await call(server, owner, { url: `/api/v1/imports/${jobId}/rejects.csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toContain("attachment");
    const text = res.rawPayload.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("7100000000000003");
    expect(text).toContain("invalid_date");
    expect(text).toContain("'=SUM(1)订单a.csv");
    expect(text).not.toMatch(/(^|,)=SUM/m);
  });

  it("lists the shop's imports newest first, with a cursor", async () => {
    const second = (await upload(owner, taobaoPair("b"), { dryRun: "true" })).json();
    const done = await finished(owner, second.id);
    expect(done).toMatchObject({ status: "succeeded", dryRun: true, summary: { dryRun: true } });
    const page = (await call(server, owner, { url: "/api/v1/imports?limit=1" })).json();
    expect(page.items.map((j: { id: number }) => j.id)).toEqual([second.id]);
    const next = (
      await call(server, owner, { url: `/api/v1/imports?limit=1&cursor=${page.nextCursor}` })
    ).json();
    expect(next.items.map((j: { id: number }) => j.id)).toEqual([jobId]);
  });

  it("answers 404 for another shop's import ids", async () => {
    const other = await buildTestShop(server);
    const stranger = await signIn(server, other, "owner");
    for (const url of [`/api/v1/imports/${jobId}`, `/api/v1/imports/${jobId}/rejects.csv`]) {
      const res = await call(server, stranger, { url });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe("not_found");
    }
    expect((await call(server, stranger, { url: "/api/v1/imports" })).json().items).toEqual([]);
  });

  it("refuses uploads from roles without the import permission (403)", async () => {
    for (const role of ["aftersale", "analyst"] as const) {
      const member = await signIn(server, shop, role);
      const res = await upload(member, taobaoPair("c"));
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: "forbidden", data: { permission: "import" } });
      expect((await call(server, member, { url: "/api/v1/imports" })).statusCode).toBe(403);
    }
  });

  it("fails a file it cannot read for good: catalogue message, no orders, no retry, files kept", async () => {
    const other = await buildTestShop(server);
    const admin = await signIn(server, other, "admin");
    const res = await upload(admin, [{ name: "花名册.csv", content: fs.readFileSync(UNKNOWN_FORMAT) }]);
    expect(res.statusCode).toBe(202);
    const id = res.json().id;
    const job = await finished(admin, id);
    expect(job).toMatchObject({ status: "failed", summary: null, error: { code: "unknown_format" } });
    expect(job.error.message).toContain("无法识别文件 花名册.csv 的格式");
    const en = await call(server, admin, {
      url: `/api/v1/imports/${id}`,
      headers: { "accept-language": "en" },
    });
    expect(en.json().error.message).toContain("Cannot recognise the format of 花名册.csv");
    expect(await count("select count(*) as n from orders where shop_id = $1", [other.id])).toBe(0);
    expect(fs.existsSync(path.join(home, "uploads", String(other.id), String(id), "1.csv"))).toBe(true);
    // Finished without throwing: pg-boss completed the job instead of retrying it.
    const state = await server.handle.pool.query(
      "select state, retry_count from pgboss.job where name = 'import.run' and (data->>'jobId')::int = $1",
      [id],
    );
    expect(state.rows).toEqual([{ state: "completed", retry_count: 0 }]);
    const audit = await server.handle.pool.query(
      "select data from audit_events where shop_id = $1 and action = 'import.finished'",
      [other.id],
    );
    expect(audit.rows[0]?.data).toMatchObject({ status: "failed", code: "unknown_format" });
  });

  it("takes uploads from an API key with the import permission, and audits the key as the actor", async () => {
    const created = await call(server, owner, {
      method: "POST",
      url: "/api/v1/api-keys",
      payload: { name: "ERP 同步", permissions: ["import"] },
    });
    expect(created.statusCode).toBe(201);
    const key = { memberId: 0, email: "", headers: { authorization: `Bearer ${created.json().token}` } };
    const res = await upload(key, taobaoPair("k"));
    expect(res.statusCode).toBe(202);
    const job = await finished(key, res.json().id);
    expect(job).toMatchObject({ status: "succeeded", createdBy: { kind: "api_key", id: created.json().id } });
    const audit = await server.handle.pool.query(
      `select action, actor_kind, actor_api_key_id, actor_name from audit_events
        where shop_id = $1 and target_type = 'import_job' and $2 = any(target_ids) order by id`,
      [shop.id, String(job.id)],
    );
    expect(audit.rows).toEqual(
      ["import.started", "import.finished"].map((action) => ({
        action,
        actor_kind: "api_key",
        actor_api_key_id: created.json().id,
        actor_name: "ERP 同步",
      })),
    );
  });

  it("checks the upload itself: files needed, csv needs a mapping, a mapping must be valid", async () => {
    const none = await upload(owner, [], { format: "auto" });
    expect(none.statusCode).toBe(400);
    expect(none.json().code).toBe("upload_invalid");
    const csv = await upload(owner, [{ name: "a.csv", content: "x,y\n1,2\n" }], { format: "csv" });
    expect(csv.json().code).toBe("mapping_required");
    const bad = await upload(owner, [{ name: "a.csv", content: "x,y\n1,2\n" }], {
      format: "csv",
      mapping: '{"columns": {"nope": "x"}}',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: "mapping_invalid", data: { field: "nope" } });
    const format = await upload(owner, [{ name: "a.csv", content: "x" }], { format: "excel" });
    expect(format.json()).toMatchObject({ code: "invalid_input", data: { field: "format" } });
    // Nothing of the refused uploads is left behind.
    const dir = path.join(home, "uploads", String(shop.id));
    expect(fs.readdirSync(dir).filter((d) => d.startsWith(".incoming-"))).toEqual([]);
  });

  it("imports a custom sheet with an uploaded column mapping", async () => {
    const sheet =
      "单号,下单时间,实付,买家\nC-1,2025-05-01 10:00:00,88.00,映射买家\nC-2,2025-05-09 10:00:00,12.50,映射买家\n";
    const mapping = JSON.stringify({
      columns: { externalId: "单号", createdAt: "下单时间", paidAmount: "实付", buyerNick: "买家" },
    });
    const res = await upload(owner, [{ name: "自定义.csv", content: sheet }], { format: "csv", mapping });
    expect(res.statusCode).toBe(202);
    const job = await finished(owner, res.json().id);
    expect(job).toMatchObject({ status: "succeeded", summary: { orders: { inserted: 2 }, rejected: 0 } });
    expect(job.rejectsUrl).toBeNull();
  });
});

describe("upload limits", () => {
  it("refuses a file over LAOKE_UPLOAD_LIMIT_MB (413) and keeps nothing of it", async () => {
    const small = await createTestServer({
      deps: {
        config: loadConfig(
          {},
          { logLevel: "silent", home, uploadLimitBytes: 1024, loginRatePerMinute: 1000 },
        ),
      },
    });
    try {
      const smallShop = await buildTestShop(small);
      const member = await signIn(small, smallShop, "owner");
      const { payload, headers } = await form([{ name: "big.csv", content: "x".repeat(4096) }]);
      const res = await call(small, member, { method: "POST", url: "/api/v1/imports", payload, headers });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ code: "payload_too_large", data: { limit: "1 KB" } });
      expect(fs.readdirSync(path.join(home, "uploads", String(smallShop.id)))).toEqual([]);
      expect((await call(small, member, { url: "/api/v1/imports" })).json().items).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe("job runtime", () => {
  it("registers the hourly tick of the nightly full recompute", async () => {
    const schedules = await boss.boss.getSchedules();
    expect(schedules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "analytics.nightly", cron: NIGHTLY_CRON }),
        expect.objectContaining({ name: "uploads.cleanup", cron: CLEANUP_CRON }),
      ]),
    );
    expect(schedules).toHaveLength(2);
    const queues = Object.fromEntries((await boss.boss.getQueues()).map((q) => [q.name, q]));
    expect(queues["import.run"]).toMatchObject({ retryLimit: 2, deadLetter: "import.failed" });
    expect(queues["analytics.recompute"]).toMatchObject({
      policy: "stately",
      retryLimit: 2,
      retryBackoff: true,
    });
  });

  it("marks an import failed when the queue gives up on it (import.failed), and never runs it after", async () => {
    await boss.boss.offWork("import.run");
    let id = 0;
    try {
      const res = await upload(owner, taobaoPair("d"));
      expect(res.statusCode).toBe(202);
      id = res.json().id;
      // What pg-boss sends to the dead-letter queue after the last retry, a crash or a timeout.
      await boss.send("import.failed", { shopId: shop.id, jobId: id });
      const job = await finished(owner, id);
      expect(job).toMatchObject({ status: "failed", error: { code: "import_interrupted" } });
      expect(job.error.message).toContain("请重新上传");
    } finally {
      await worker.stop();
      worker = await startWorker(server.handle, boss, { home, pollingIntervalSeconds: 0.5 });
    }
    // The waiting import.run now finds the job finished and skips it.
    const deadline = Date.now() + 20_000;
    let state: unknown[] = [];
    while (Date.now() < deadline) {
      state = (
        await server.handle.pool.query(
          "select state, output from pgboss.job where name = 'import.run' and (data->>'jobId')::int = $1",
          [id],
        )
      ).rows;
      if ((state[0] as { state?: string } | undefined)?.state === "completed") break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(state).toEqual([{ state: "completed", output: { status: "skipped" } }]);
    expect((await call(server, owner, { url: `/api/v1/imports/${id}` })).json().status).toBe("failed");
  });

  it("queues one recompute per shop and mode however many are sent", async () => {
    const other = await buildTestShop(server);
    // Stop the recompute worker so the first job stays waiting.
    await boss.boss.offWork("analytics.recompute");
    try {
      const payload = { shopId: other.id, mode: "incremental" as const };
      const key = { singletonKey: `analytics.recompute:${other.id}:incremental` };
      const first = await boss.send("analytics.recompute", payload, key);
      const second = await boss.send("analytics.recompute", payload, key);
      expect(first).not.toBeNull();
      expect(second).toBeNull();
    } finally {
      await worker.stop();
      worker = await startWorker(server.handle, boss, { home, pollingIntervalSeconds: 0.5 });
    }
  });
});
