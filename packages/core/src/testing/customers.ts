/**
 * Customers written straight into the tables, with exactly the identities, metrics and orders a
 * list, search or masking test needs (the importer has its own tests).
 */
import type { ChurnStatus, IdentityKind } from "@laoke/db";
import type pg from "pg";
import type { Shop } from "../shops/index.ts";

/** One order of a test customer; times are ISO strings. */
export interface TestCustomerOrder {
  externalId: string;
  orderedAt: string;
  paidFen?: number;
  status?: "unpaid" | "paid" | "shipped" | "completed" | "closed";
  platform?: string;
  receiverName?: string | null;
  receiverPhone?: string | null;
  receiverAddress?: string | null;
  buyerMessage?: string | null;
  items?: { title: string; unitPriceFen: number; quantity?: number; attributes?: Record<string, string> }[];
}

/** A customer to insert; metrics `null` (the default) means "not analysed yet". */
export interface TestCustomer {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  province?: string | null;
  city?: string | null;
  district?: string | null;
  address?: string | null;
  zip?: string | null;
  birthday?: string | null;
  firstOrderAt?: string | null;
  lastOrderAt?: string | null;
  mergedInto?: number;
  anonymised?: boolean;
  identities?: { platform: string; kind: IdentityKind; value: string; masked?: boolean }[];
  metrics?: {
    paidOrders?: number;
    totalSpentFen?: number;
    clvFen?: number | null;
    churnStatus?: ChurnStatus;
    aovTier?: number | null;
    pAlive?: number | null;
  } | null;
  orders?: TestCustomerOrder[];
}

/** Insert the customer with its identities, metrics and orders; returns its id. */
export async function insertTestCustomer(pool: pg.Pool, shop: Shop, c: TestCustomer): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    `insert into customers (shop_id, name, phone, email, province, city, district, address, zip, birthday,
                            first_order_at, last_order_at, merged_into_id, anonymised_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, case when $14 then now() end)
     returning id`,
    [
      shop.id,
      c.name ?? null,
      c.phone ?? null,
      c.email ?? null,
      c.province ?? null,
      c.city ?? null,
      c.district ?? null,
      c.address ?? null,
      c.zip ?? null,
      c.birthday ?? null,
      c.firstOrderAt ?? null,
      c.lastOrderAt ?? null,
      c.mergedInto ?? null,
      c.anonymised ?? false,
    ],
  );
  const id = Number(rows[0]?.id);
  for (const i of c.identities ?? []) {
    await pool.query(
      "insert into customer_identities (shop_id, customer_id, platform, kind, value, masked) values ($1, $2, $3, $4, $5, $6)",
      [shop.id, id, i.platform, i.kind, i.value, i.masked ?? false],
    );
  }
  if (c.metrics) {
    const m = c.metrics;
    const spent = m.totalSpentFen ?? 0;
    const orders = m.paidOrders ?? 1;
    await pool.query(
      `insert into customer_metrics (shop_id, customer_id, as_of, paid_orders, purchase_days, first_order_at,
                                     last_order_at, total_spent_fen, aov_fen, r_score, f_score, m_score, aov_tier,
                                     churn_status, p_alive, p_alive_low, p_alive_high, clv_fen, clv_low_fen, clv_high_fen)
       values ($1, $2, now(), $3, $3, $4, $5, $6, $7, 3, 2, 4, $8, $9, $10::real, $10::real * 0.8,
               least($10::real * 1.2, 1), $11::bigint, $11::bigint / 2, $11::bigint * 2)`,
      [
        shop.id,
        id,
        orders,
        c.firstOrderAt ?? null,
        c.lastOrderAt ?? null,
        spent,
        orders > 0 ? Math.round(spent / orders) : null,
        m.aovTier ?? null,
        m.churnStatus ?? "active",
        m.pAlive ?? null,
        m.clvFen ?? null,
      ],
    );
  }
  for (const o of c.orders ?? []) {
    const { rows: orderRows } = await pool.query<{ id: number }>(
      `insert into orders (shop_id, platform, external_id, customer_id, status, raw_status, ordered_at, paid_fen,
                           goods_fen, receiver_name, receiver_phone, receiver_province, receiver_city,
                           receiver_district, receiver_address, receiver_zip, buyer_message, content_hash)
       values ($1, $2, $3, $4, $5, $5, $6, $7, $7, $8, $9, $10, $11, $12, $13, $14, $15, 0) returning id`,
      [
        shop.id,
        o.platform ?? "taobao",
        o.externalId,
        id,
        o.status ?? "completed",
        o.orderedAt,
        o.paidFen ?? 0,
        o.receiverName ?? null,
        o.receiverPhone ?? null,
        c.province ?? null,
        c.city ?? null,
        c.district ?? null,
        o.receiverAddress ?? null,
        c.zip ?? null,
        o.buyerMessage ?? null,
      ],
    );
    const orderId = Number(orderRows[0]?.id);
    let line = 0;
    for (const it of o.items ?? []) {
      await pool.query(
        `insert into order_items (shop_id, order_id, line_no, title, attributes, unit_price_fen, quantity)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          shop.id,
          orderId,
          ++line,
          it.title,
          JSON.stringify(it.attributes ?? {}),
          it.unitPriceFen,
          it.quantity ?? 1,
        ],
      );
    }
  }
  return id;
}
