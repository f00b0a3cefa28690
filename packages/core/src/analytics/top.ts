/** The shop's top customers by predicted value, chance of still being active, or spend. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { maskName, maskPhone } from "../customers/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { getShopById, type Shop } from "../shops/index.ts";

export const TOP_CUSTOMER_ORDERS = ["clv", "p-alive", "spend"] as const;
export type TopCustomerOrder = (typeof TOP_CUSTOMER_ORDERS)[number];

const TopQuery = z.object({
  by: z.enum(TOP_CUSTOMER_ORDERS),
  limit: z.coerce.number().int().min(1).max(10_000),
});

/** One line of the ranking (values as stored by the last analytics run). */
export interface TopCustomer {
  customerId: number;
  name: string | null;
  phone: string | null;
  province: string | null;
  purchaseDays: number;
  totalSpentFen: number;
  lastOrderAt: Date | null;
  churnStatus: string;
  pAlive: number | null;
  expectedPurchases: number | null;
  clvFen: number | null;
  clvLowFen: number | null;
  clvHighFen: number | null;
  predictionSource: string | null;
}

// Each ordering follows one index of customer_metrics (0002_analytics.ts).
const ORDER_BY = {
  clv: sql`m.clv_fen desc nulls last, m.customer_id`,
  "p-alive": sql`m.p_alive desc nulls last, m.customer_id`,
  spend: sql`m.total_spent_fen desc, m.customer_id`,
} as const;

/** Top `limit` customers by `by`; fails with `invalid_input` on a bad order or limit. */
export async function listTopCustomers(
  db: Kysely<Database>,
  shop: Shop,
  query: { by: string; limit: number | string },
): Promise<TopCustomer[]> {
  const parsed = TopQuery.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError("invalid_input", {
      field: String(issue?.path[0] ?? ""),
      value: String((query as Record<string, unknown>)[String(issue?.path[0])] ?? ""),
    });
  }
  const { by, limit } = parsed.data;
  const { rows } = await sql<{
    customer_id: number;
    name: string | null;
    phone: string | null;
    province: string | null;
    purchase_days: number;
    total_spent_fen: number;
    last_order_at: Date | null;
    churn_status: string;
    p_alive: number | null;
    expected_purchases: number | null;
    clv_fen: number | null;
    clv_low_fen: number | null;
    clv_high_fen: number | null;
    prediction_source: string | null;
  }>`
    select m.customer_id, c.name, c.phone, c.province, m.purchase_days, m.total_spent_fen, m.last_order_at, m.churn_status,
           m.p_alive, m.expected_purchases, m.clv_fen, m.clv_low_fen, m.clv_high_fen, m.prediction_source
      from customer_metrics m
      join customers c on c.shop_id = m.shop_id and c.id = m.customer_id
     where m.shop_id = ${shop.id} and c.merged_into_id is null
     order by ${ORDER_BY[by]}
     limit ${limit}`.execute(db);
  return rows.map((r) => ({
    customerId: Number(r.customer_id),
    name: r.name,
    phone: r.phone,
    province: r.province,
    purchaseDays: r.purchase_days,
    totalSpentFen: Number(r.total_spent_fen),
    lastOrderAt: r.last_order_at,
    churnStatus: r.churn_status,
    pAlive: r.p_alive,
    expectedPurchases: r.expected_purchases,
    clvFen: r.clv_fen === null ? null : Number(r.clv_fen),
    clvLowFen: r.clv_low_fen === null ? null : Number(r.clv_low_fen),
    clvHighFen: r.clv_high_fen === null ? null : Number(r.clv_high_fen),
    predictionSource: r.prediction_source,
  }));
}

/**
 * The ranking for the dashboard (needs `customers:read`): names and phones are masked for every
 * role (`张*`, `138****1234`); seeing them in full is a customer-detail action that is audited.
 */
export async function listMaskedTopCustomers(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  query: { by: string; limit: number | string },
): Promise<TopCustomer[]> {
  authorize(actor, "customers:read", shopId);
  const rows = await listTopCustomers(db, await getShopById(db, shopId), query);
  return rows.map((r) => ({ ...r, name: maskName(r.name), phone: maskPhone(r.phone) }));
}
