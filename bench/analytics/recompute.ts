/**
 * bench/analytics recompute: full and incremental analytics runs on a demo shop, against the
 * cheapest possible read of the same data measured in the same run (one aggregate over the
 * shop's paid orders), so the ratio is comparable across machines. Usage:
 *   npm run bench:analytics -- [--customers 1000000] [--seed 1] [--history-copies 0] [--keep]
 * The demo generator makes ~2.4 orders per customer; `--history-copies N` then copies every order
 * and its lines N times, each copy four years earlier than the last (new external ids, same
 * customers), so `--customers 1000000 --history-copies 1` is the issue's 1M customers / ~5M orders.
 * Steps: generate the demo exports → import (not timed here, see bench/import) → full run →
 * import ~10k more orders (a later export) → incremental run. Uses an embedded server under a
 * temporary LAOKE_HOME unless DATABASE_URL is set (database bench_analytics is recreated).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  createShop,
  generateDemoShop,
  importOrders,
  OPERATOR,
  type RecomputeResult,
  recomputeAnalytics,
} from "@laoke/core";
import { type Database, migrateToLatest, openDatabase } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import pg from "pg";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "1000000" },
    seed: { type: "string", default: "1" },
    "history-copies": { type: "string", default: "0" },
    keep: { type: "boolean" },
  },
});
const customers = Number(values.customers);
const seed = Number(values.seed);
const historyCopies = Number(values["history-copies"]);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "laoke-bench-analytics-"));
// As root the embedded server runs as `postgres`, which must traverse this directory.
fs.chmodSync(work, 0o755);

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

/** Peak RSS of this process while `fn` runs (sampled every 100 ms). */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const t0 = process.hrtime.bigint();
  try {
    const value = await fn();
    return {
      value,
      seconds: Number(process.hrtime.bigint() - t0) / 1e9,
      peakRssMb: Math.round(peak / 2 ** 20),
    };
  } finally {
    clearInterval(timer);
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Copy every order of the shop and its lines `copies` times, each copy four years earlier. */
async function copyHistory(db: Kysely<Database>, shopId: number, copies: number): Promise<number> {
  const times = ["ordered_at", "paid_at", "shipped_at", "received_at", "completed_at", "closed_at"];
  const same = `platform, customer_id, buyer_identity_id, status, raw_status, goods_fen, shipping_fen, discount_fen,
    paid_fen, refunded_fen, currency, item_quantity, buyer_message, seller_memo, close_reason, is_mobile,
    shipping_company, tracking_no, receiver_name, receiver_name_masked, receiver_phone, receiver_phone_masked,
    receiver_country, receiver_province, receiver_city, receiver_district, receiver_address, receiver_address_masked,
    receiver_zip, content_hash, batch_id`;
  const lines = `line_no, external_id, product_id, sku_id, title, attributes, merchant_code, unit_price_fen, quantity,
    paid_fen, status, raw_status, refund_status, raw_refund_status, refund_fen`;
  for (let k = 1; k <= copies; k++) {
    const shift = `interval '${4 * k} years'`;
    await db.transaction().execute(async (trx) => {
      await sql`create temp table copied on commit drop as
        select id as old_id, nextval(pg_get_serial_sequence('orders', 'id')) as new_id
          from orders where shop_id = ${shopId} and external_id not like '%-h%'`.execute(trx);
      await sql
        .raw(`insert into orders (shop_id, id, external_id, ${times.join(", ")}, ${same})
          select o.shop_id, c.new_id, o.external_id || '-h${k}', ${times.map((t) => `o.${t} - ${shift}`).join(", ")}, ${same
            .split(",")
            .map((col) => `o.${col.trim()}`)
            .join(", ")}
            from orders o join copied c on c.old_id = o.id where o.shop_id = ${shopId}`)
        .execute(trx);
      await sql
        .raw(`insert into order_items (shop_id, order_id, ${lines})
          select i.shop_id, c.new_id, ${lines
            .split(",")
            .map((col) => `i.${col.trim()}`)
            .join(", ")}
            from order_items i join copied c on c.old_id = i.order_id where i.shop_id = ${shopId}`)
        .execute(trx);
      await sql`update customers set first_order_at = first_order_at - ${sql.raw(shift)}
         where shop_id = ${shopId} and first_order_at is not null`.execute(trx);
    });
  }
  await sql`vacuum analyze orders, order_items, customers`.execute(db);
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from orders where shop_id = ${shopId}`.execute(db);
  return rows[0]?.n ?? 0;
}

async function main() {
  log(`generating ${customers.toLocaleString()} customers…`);
  const demo = await generateDemoShop({ customers, seed, outDir: path.join(work, "files") });
  // A later export: ~10k orders from a second generator run whose window starts where the first ends.
  const later = await generateDemoShop({
    customers: 9500,
    seed: seed + 1000,
    outDir: path.join(work, "later"),
    start: new Date(Date.UTC(2026, 10, 1)),
    end: new Date(Date.UTC(2026, 10, 20)),
  });

  let url = process.env.DATABASE_URL;
  let server: Awaited<ReturnType<typeof openDatabase>> | undefined;
  if (!url) {
    server = await openDatabase({ home: path.join(work, "home"), poolSize: 2 });
    url = server.url;
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query("drop database if exists bench_analytics with (force)");
  await admin.query("create database bench_analytics");
  await admin.end();
  const u = new URL(url);
  u.pathname = "/bench_analytics";
  const handle = await openDatabase({ databaseUrl: u.toString(), poolSize: 2 });
  await migrateToLatest(handle.db);
  const shop = await createShop(handle.db, OPERATOR, { slug: "bench", name: "bench" });
  const importOptions = {
    shop,
    format: "auto" as const,
    rejectsDir: path.join(work, "rejects"),
    rejectsHeader: ["file", "row", "field", "code", "reason", "raw"],
    describeReject: (r: { code: string }) => r.code,
  };
  log(`importing ${demo.orders.toLocaleString()} orders…`);
  await importOrders(handle.pool, OPERATOR, { ...importOptions, files: demo.files });
  let orders = demo.orders;
  if (historyCopies > 0) {
    log(`copying the order history ${historyCopies} time(s), four years earlier each…`);
    orders = await copyHistory(handle.db, shop.id, historyCopies);
  }

  log("baseline: one aggregate over the paid orders…");
  const baseline = await measured(() =>
    sql`select count(*) from (
          select customer_id, count(distinct (ordered_at at time zone 'Asia/Shanghai')::date), sum(paid_fen - refunded_fen)
            from orders where shop_id = ${shop.id} and status in ('paid', 'shipped', 'completed')
           group by customer_id) t`.execute(handle.db),
  );
  log("full recompute…");
  const full = await measured(() => recomputeAnalytics(handle, OPERATOR, shop, { mode: "full" }));

  log(`importing a later export (${later.orders.toLocaleString()} orders)…`);
  const second = await importOrders(handle.pool, OPERATOR, { ...importOptions, files: later.files });
  log("incremental recompute…");
  const incremental = await measured(() =>
    recomputeAnalytics(handle, OPERATOR, shop, { mode: "incremental" }),
  );

  const brief = (r: { value: RecomputeResult; seconds: number; peakRssMb: number }) => ({
    seconds: round(r.seconds),
    mode: r.value.mode,
    customers: r.value.customers,
    peakRssMb: r.peakRssMb,
    timingsMs: r.value.timingsMs,
  });
  console.log(
    JSON.stringify(
      {
        customers: demo.customers,
        orders,
        laterOrders: second.orders,
        baselineSeconds: round(baseline.seconds),
        full: { ...brief(full), ratioToBaseline: round(full.seconds / baseline.seconds) },
        incremental: brief(incremental),
        targets: { fullSeconds: 60, incrementalSeconds: 5 },
      },
      null,
      2,
    ),
  );
  await handle.close();
  await server?.close();
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
}

await main();
