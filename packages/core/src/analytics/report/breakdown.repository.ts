/** SQL of the breakdowns: buyers, repeat buyers, orders and revenue grouped by one dimension. */
import type { Database } from "@laoke/db";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import type { BreakdownDimension } from "./report.schema.ts";
import { type DayRange, KEPT_LINE, LINE_NET_FEN, orderDay, paidOrders, purchaseDays } from "./report.sql.ts";

/** One group: its key and label (product title, or the city's province), and totals. */
export interface BreakdownDbRow {
  key: string | null;
  label: string | null;
  buyers: number;
  repeat_buyers: number;
  orders: number;
  revenue_fen: number;
  revenue_share: number;
  /** Number of groups before the limit. */
  groups: number;
}

type Filter = DayRange & { platform: string | undefined };

/**
 * Per-customer figures within a group, as rows (key, label, customer_id, days, orders, net_fen).
 * Customer attributes put each buyer in one group; platform and product put a buyer in every
 * group they bought in, counting only the days, orders and revenue of that group.
 */
function customersByGroup(shop: Shop, by: BreakdownDimension, f: Filter): RawBuilder<unknown> {
  if (by === "platform") {
    return sql`
      select platform as key, null::text as label, customer_id, count(*) as days, sum(orders) as orders,
             sum(net_fen) as net_fen
        from (select o.platform, o.customer_id, ${orderDay(shop)} as day, count(*) as orders,
                     sum(o.paid_fen - o.refunded_fen) as net_fen
                from orders o where ${paidOrders(shop, f)} group by 1, 2, 3) d
       group by 1, 3`;
  }
  if (by === "product") {
    // A product's revenue is its lines' net value; its orders, the paid orders holding it.
    return sql`
      with lines as (
        select i.product_id, o.id, o.customer_id, ${orderDay(shop)} as day, sum(${LINE_NET_FEN}) as net_fen
          from orders o join order_items i on i.shop_id = o.shop_id and i.order_id = o.id
         where ${paidOrders(shop, f)} and i.shop_id = ${shop.id} and ${KEPT_LINE}
         group by 1, 2, 3, 4
      ),
      days as (
        select product_id, customer_id, day, count(*) as orders, sum(net_fen) as net_fen from lines group by 1, 2, 3
      )
      select d.product_id::text as key, p.title as label, d.customer_id, count(*) as days,
             sum(d.orders) as orders, sum(d.net_fen) as net_fen
        from days d join products p on p.shop_id = ${shop.id} and p.id = d.product_id
       group by d.product_id, p.title, d.customer_id`;
  }
  const key = {
    aovTier: sql`m.aov_tier::text`,
    province: sql`nullif(btrim(c.province), '')`,
    city: sql`nullif(btrim(c.city), '')`,
  }[by];
  const label = by === "city" ? sql`nullif(btrim(c.province), '')` : sql`null::text`;
  const metrics =
    by === "aovTier"
      ? sql`left join customer_metrics m on m.shop_id = ${shop.id} and m.customer_id = pc.customer_id`
      : sql``;
  return sql`
    select ${key} as key, ${label} as label, pc.*
      from (select customer_id, count(*) as days, sum(orders) as orders, sum(net_fen) as net_fen
              from (${purchaseDays(shop, f)}) d group by customer_id) pc
      join customers c on c.shop_id = ${shop.id} and c.id = pc.customer_id
      ${metrics}`;
}

const ORDER: Record<BreakdownDimension, RawBuilder<unknown>> = {
  aovTier: sql`key::int nulls last`,
  product: sql`repeat_buyers desc, buyers desc, key::bigint`,
  province: sql`buyers desc, revenue_fen desc, key nulls last`,
  city: sql`buyers desc, revenue_fen desc, key nulls last, label nulls last`,
  platform: sql`buyers desc, revenue_fen desc, key`,
};

/** The first `limit` groups of the dimension over the range, in the dimension's natural order. */
export async function selectBreakdown(
  db: Kysely<Database>,
  shop: Shop,
  by: BreakdownDimension,
  f: Filter,
  limit: number,
): Promise<BreakdownDbRow[]> {
  const { rows } = await sql<BreakdownDbRow>`
    with per_customer as (${customersByGroup(shop, by, f)}),
    grouped as (
      select key, label, count(*) as buyers, count(*) filter (where days >= 2) as repeat_buyers,
             sum(orders) as orders, sum(net_fen) as revenue_fen
        from per_customer group by key, label
    )
    select key, label, buyers::int, repeat_buyers::int, orders::int, revenue_fen::bigint,
           coalesce(revenue_fen::float8 / nullif(sum(revenue_fen) over (), 0), 0) as revenue_share,
           (count(*) over ())::int as groups
      from grouped
     order by ${ORDER[by]}
     limit ${limit}`.execute(db);
  return rows;
}

/** Whether an analytics run has given any customer of the shop a 客单价 tier. */
export async function hasAovTiers(db: Kysely<Database>, shop: Shop): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from customer_metrics where shop_id = ${shop.id} and aov_tier is not null) as found`.execute(
    db,
  );
  return rows[0]?.found ?? false;
}
