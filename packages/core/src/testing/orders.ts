/**
 * Orders written straight into the tables, for analytics tests that need exact purchase histories
 * (the importer has its own tests). One customer per distinct `customer` label.
 */
import type pg from "pg";
import type { Shop } from "../shops/index.ts";

/** One order of a test history. `at` is an ISO time (with offset) or a `YYYY-MM-DD` day at noon in the shop's zone. */
export interface TestOrder {
  customer: string;
  at: string;
  paidFen: number;
  refundedFen?: number;
  status?: "unpaid" | "paid" | "shipped" | "completed" | "closed";
  platform?: string;
  province?: string;
  city?: string;
  /** Lines: product title (product key) with optional 颜色分类/尺码 and quantity. */
  items?: { product: string; colour?: string; size?: string; quantity?: number; priceFen?: number }[];
}

/** Insert the orders (and customers, products, SKUs, lines); returns customer ids by label. */
export async function insertTestOrders(
  pool: pg.Pool,
  shop: Shop,
  orders: TestOrder[],
): Promise<Map<string, number>> {
  const client = await pool.connect();
  const customers = new Map<string, number>();
  const products = new Map<string, number>();
  const skus = new Map<string, number>();
  try {
    await client.query("begin");
    let n = 0;
    for (const o of orders) {
      let customerId = customers.get(o.customer);
      if (customerId === undefined) {
        const { rows } = await client.query<{ id: number }>(
          "insert into customers (shop_id, name, province, city) values ($1, $2, $3, $4) returning id",
          [shop.id, o.customer, o.province ?? null, o.city ?? null],
        );
        customerId = Number(rows[0]?.id);
        customers.set(o.customer, customerId);
      }
      const at = /^\d{4}-\d{2}-\d{2}$/.test(o.at) ? `${o.at} 12:00:00` : o.at;
      n++;
      const { rows } = await client.query<{ id: number }>(
        `insert into orders (shop_id, platform, external_id, customer_id, status, raw_status, ordered_at,
                             paid_fen, refunded_fen, goods_fen, receiver_province, receiver_city, content_hash)
         values ($1, $2, $3, $4, $5, $5, (case when $6 ~ '([+-]dd:?dd|Z)$' then $6::timestamptz else $6::timestamp at time zone $7 end), $8, $9, $8, $10, $11, 0) returning id`,
        [
          shop.id,
          o.platform ?? "taobao",
          `T${process.pid}-${Date.now()}-${n}`,
          customerId,
          o.status ?? "completed",
          at,
          shop.timeZone,
          o.paidFen,
          o.refundedFen ?? 0,
          o.province ?? null,
          o.city ?? null,
        ],
      );
      const orderId = Number(rows[0]?.id);
      let line = 0;
      for (const item of o.items ?? []) {
        let productId = products.get(item.product);
        if (productId === undefined) {
          const r = await client.query<{ id: number }>(
            "insert into products (shop_id, platform, product_key, title) values ($1, 'taobao', $2, $2) returning id",
            [shop.id, item.product],
          );
          productId = Number(r.rows[0]?.id);
          products.set(item.product, productId);
        }
        const attributes: Record<string, string> = {};
        if (item.colour) attributes.颜色分类 = item.colour;
        if (item.size) attributes.尺码 = item.size;
        const attributesKey = JSON.stringify(attributes);
        const skuKey = `${item.product}|${attributesKey}`;
        let skuId = skus.get(skuKey);
        if (skuId === undefined) {
          const r = await client.query<{ id: number }>(
            `insert into skus (shop_id, product_id, attributes_key, attributes) values ($1, $2, $3, $4::jsonb) returning id`,
            [shop.id, productId, attributesKey, attributesKey],
          );
          skuId = Number(r.rows[0]?.id);
          skus.set(skuKey, skuId);
        }
        line++;
        await client.query(
          `insert into order_items (shop_id, order_id, line_no, product_id, sku_id, title, attributes, unit_price_fen, quantity, paid_fen)
           values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::bigint, $9::int, $8::bigint * $9::int)`,
          [
            shop.id,
            orderId,
            line,
            productId,
            skuId,
            item.product,
            attributesKey,
            item.priceFen ?? o.paidFen,
            item.quantity ?? 1,
          ],
        );
      }
    }
    await client.query("commit");
  } catch (e) {
    await client.query("rollback");
    throw e;
  } finally {
    client.release();
  }
  return customers;
}
