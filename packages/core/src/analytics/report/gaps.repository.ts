/** SQL of purchase gaps: between a customer's purchase days, and between days they bought one product. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { type DayRange, KEPT_LINE, orderDay, paidOrders, purchaseDaySequence } from "./report.sql.ts";

/** How many gaps of `gap` days, and how many of them are a customer's first gap (one per repeat buyer). */
export interface GapRow {
  gap: number;
  gaps: number;
  first_gaps: number;
}

/** Frequency table of the gaps between consecutive purchase days, both days within the range. */
export async function selectPurchaseGaps(
  db: Kysely<Database>,
  shop: Shop,
  range: DayRange,
  platform: string | undefined,
): Promise<GapRow[]> {
  const { rows } = await sql<GapRow>`
    select day - prev_day as gap, count(*)::int as gaps, (count(*) filter (where prev2_day is null))::int as first_gaps
      from (${purchaseDaySequence(shop, { platform, ...range })}) as s
     where prev_day is not null
     group by 1 order by 1`.execute(db);
  return rows;
}

/** One product's buyers and one of its gap values with how many re-orders had it. */
export interface ProductGapRow {
  product_id: number;
  title: string;
  buyers: number;
  repeat_buyers: number;
  gap: number;
  gaps: number;
}

/**
 * Gap frequencies of the `limit` products with the most repeat buyers (customers who bought the
 * product on ≥ 2 days of the range; at least `minRepeatBuyers`), between consecutive days on
 * which the same customer bought the product. Ordered by repeat buyers, product id, gap.
 */
export async function selectProductGaps(
  db: Kysely<Database>,
  shop: Shop,
  range: DayRange,
  platform: string | undefined,
  options: { limit: number; minRepeatBuyers: number },
): Promise<ProductGapRow[]> {
  const { rows } = await sql<ProductGapRow>`
    with pd as materialized (
      select i.product_id, o.customer_id, ${orderDay(shop)} as day
        from orders o
        join order_items i on i.shop_id = o.shop_id and i.order_id = o.id
       where ${paidOrders(shop, { platform, ...range })} and i.shop_id = ${shop.id} and ${KEPT_LINE}
       group by 1, 2, 3
    ),
    per_buyer as (select product_id, customer_id, count(*) as days from pd group by 1, 2),
    top as (
      select product_id, count(*) as buyers, count(*) filter (where days >= 2) as repeat_buyers
        from per_buyer group by product_id
      having count(*) filter (where days >= 2) >= ${options.minRepeatBuyers}
       order by repeat_buyers desc, product_id limit ${options.limit}
    ),
    g as (
      select product_id, day - lag(day) over (partition by product_id, customer_id order by day) as gap
        from pd where product_id in (select product_id from top)
    )
    select t.product_id, p.title, t.buyers::int, t.repeat_buyers::int, g.gap, count(*)::int as gaps
      from top t
      join products p on p.shop_id = ${shop.id} and p.id = t.product_id
      join g on g.product_id = t.product_id
     where g.gap is not null
     group by t.product_id, p.title, t.buyers, t.repeat_buyers, g.gap
     order by t.repeat_buyers desc, t.product_id, g.gap`.execute(db);
  return rows;
}
