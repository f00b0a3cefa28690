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
 * The groups as rows (key, label, buyers, repeat_buyers, orders, revenue_fen). Customer
 * attributes put each buyer in one group; platform and product put a buyer in every group they
 * bought in, counting only the days, orders and revenue of that group.
 */
function groups(shop: Shop, by: BreakdownDimension, f: Filter): RawBuilder<unknown> {
  if (by === "product") return productGroups(shop, f);
  return sql`
    select key, label, count(*) as buyers, count(*) filter (where days >= 2) as repeat_buyers,
           sum(orders) as orders, sum(net_fen) as revenue_fen
      from (${customersByGroup(shop, by, f)}) as per_customer
     group by key, label`;
}

/** Per-customer figures within a group: (key, label, customer_id, days, orders, net_fen). */
function customersByGroup(
  shop: Shop,
  by: Exclude<BreakdownDimension, "product">,
  f: Filter,
): RawBuilder<unknown> {
  if (by === "platform") {
    return sql`
      select platform as key, null::text as label, customer_id, count(*) as days, sum(orders) as orders,
             sum(net_fen) as net_fen
        from (select o.platform, o.customer_id, ${orderDay(shop)} as day, count(*) as orders,
                     sum(o.paid_fen - o.refunded_fen) as net_fen
                from orders o where ${paidOrders(shop, f)} group by 1, 2, 3) d
       group by 1, 3`;
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

/**
 * Per-product groups straight from the lines, sorted once by (product, customer, day, order): a
 * row starts a buyer, a purchase day or an order when it differs from the row before, and a
 * repeat buyer at the first row of their second day. The product's revenue is its lines' net
 * value; its orders, the paid orders holding it. Titles are joined after the limit.
 */
function productGroups(shop: Shop, f: Filter): RawBuilder<unknown> {
  return sql`
    select product_id::text as key, null::text as label, count(*) filter (where new_buyer) as buyers,
           count(*) filter (where new_day and day_rank = 2) as repeat_buyers,
           count(*) filter (where new_order) as orders, sum(net_fen) as revenue_fen
      from (select product_id, net_fen,
                   customer_id is distinct from lag(customer_id) over w as new_buyer,
                   (customer_id, day) is distinct from (lag(customer_id) over w, lag(day) over w) as new_day,
                   order_id is distinct from lag(order_id) over w as new_order,
                   dense_rank() over (partition by product_id, customer_id order by day) as day_rank
              from (select i.product_id, o.customer_id, ${orderDay(shop)} as day, o.id as order_id,
                           ${LINE_NET_FEN} as net_fen
                      from orders o join order_items i on i.shop_id = o.shop_id and i.order_id = o.id
                     where ${paidOrders(shop, f)} and i.shop_id = ${shop.id} and ${KEPT_LINE}) as l
            window w as (partition by product_id order by customer_id, day, order_id)) as flagged
     group by product_id`;
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
  // Titles only for the rows kept: carrying them through the aggregation cost more than the join.
  const [label, titles] =
    by === "product"
      ? [sql`p.title`, sql`join products p on p.shop_id = ${shop.id} and p.id = r.key::bigint`]
      : [sql`r.label`, sql``];
  const { rows } = await sql<BreakdownDbRow>`
    select r.key, ${label} as label, r.buyers::int, r.repeat_buyers::int, r.orders::int,
           r.revenue_fen::bigint, r.revenue_share, r.groups
      from (select *, coalesce(revenue_fen::float8 / nullif(sum(revenue_fen) over (), 0), 0) as revenue_share,
                   (count(*) over ())::int as groups
              from (${groups(shop, by, f)}) as g
             order by ${ORDER[by]}
             limit ${limit}) as r
      ${titles}
     order by ${ORDER[by]}`.execute(db);
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
