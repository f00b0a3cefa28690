/**
 * Per-customer purchase facts, read page by page (bounded memory for any shop size): the distinct
 * purchase days (shop time zone) with their net spend, paid order count and first/last paid order
 * time, plus the favourite product, SKU, colour and size from the lines. Everything later
 * (metrics.ts, predictions) is computed from these.
 */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";

/** Statuses that count as a purchase (closed and unpaid orders are kept but not counted). */
export const PAID_STATUSES = ["paid", "shipped", "completed"] as const;

/** What one customer bought, as of the analysis date. Days are days since 1970-01-01 in the shop's zone. */
export interface CustomerFacts {
  customerId: number;
  /** Distinct purchase days, ascending (same-day orders count once). */
  days: number[];
  /** Net spend (paid − refunded, 分) of each purchase day. */
  dayNetFen: number[];
  paidOrders: number;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  favouriteProductId: number | null;
  favouriteSkuId: number | null;
  favouriteColour: string | null;
  favouriteSize: string | null;
}

/** Which customers to read: every live customer, or the given ids. */
export type FactsScope = { kind: "all" } | { kind: "some"; customerIds: number[] };

interface FactsRow {
  id: number;
  days: number[] | null;
  nets: number[] | null;
  paid_orders: number;
  first_at: Date | null;
  last_at: Date | null;
}

interface FavouriteRow {
  customer_id: number;
  kind: "product" | "sku" | "colour" | "size";
  value: string;
}

// Attribute names that mean colour / size across platforms (淘宝 颜色分类/尺码, 京东 颜色/尺寸, Shopify Color/Size).
const COLOUR = sql`coalesce(i.attributes->>'颜色分类', i.attributes->>'颜色', i.attributes->>'Color', i.attributes->>'color', i.attributes->>'Colour')`;
const SIZE = sql`coalesce(i.attributes->>'尺码', i.attributes->>'尺寸', i.attributes->>'适用床尺寸', i.attributes->>'Size', i.attributes->>'size')`;

/**
 * Read the facts of the scope in pages of `pageSize` customers (ascending id), `asOf` excluded
 * orders after that time. Calls `onPage` with each page; returns the number of customers read.
 */
export async function readCustomerFacts(
  db: Kysely<Database>,
  shop: { id: number; timeZone: string },
  scope: FactsScope,
  asOf: Date,
  onPage: (facts: CustomerFacts[]) => Promise<void> | void,
  pageSize = 50_000,
): Promise<number> {
  let total = 0;
  if (scope.kind === "some") {
    const ids = [...new Set(scope.customerIds)].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += pageSize) {
      const page = ids.slice(i, i + pageSize);
      const facts = await readPage(db, shop, sql`select unnest(${page}::bigint[]) as id`, asOf);
      total += facts.length;
      await onPage(facts);
    }
    return total;
  }
  let after = 0;
  for (;;) {
    const facts = await readPage(
      db,
      shop,
      sql`select id from customers where shop_id = ${shop.id} and merged_into_id is null and id > ${after}
          order by id limit ${pageSize}`,
      asOf,
    );
    if (facts.length === 0) return total;
    total += facts.length;
    after = facts[facts.length - 1]?.customerId ?? after;
    await onPage(facts);
  }
}

async function readPage(
  db: Kysely<Database>,
  shop: { id: number; timeZone: string },
  page: ReturnType<typeof sql>,
  asOf: Date,
): Promise<CustomerFacts[]> {
  const paid = sql`o.shop_id = ${shop.id} and o.status in ('paid', 'shipped', 'completed') and o.ordered_at <= ${asOf}`;
  const { rows } = await sql<FactsRow>`
    with page as (${page}),
    d as (
      select o.customer_id, (o.ordered_at at time zone ${shop.timeZone})::date - date '1970-01-01' as day,
             sum(o.paid_fen - o.refunded_fen)::float8 as net, count(*)::int as n,
             min(o.ordered_at) as first_at, max(o.ordered_at) as last_at
        from page p join orders o on o.shop_id = ${shop.id} and o.customer_id = p.id
       where ${paid}
       group by 1, 2
    )
    select p.id, array_agg(d.day order by d.day) filter (where d.day is not null) as days,
           array_agg(d.net order by d.day) filter (where d.day is not null) as nets,
           coalesce(sum(d.n), 0)::int as paid_orders, min(d.first_at) as first_at, max(d.last_at) as last_at
      from page p left join d on d.customer_id = p.id
     group by p.id order by p.id`.execute(db);
  if (rows.length === 0) return [];

  // Favourites by quantity bought (refunded lines excluded); ties go to the smallest value, so
  // the result is stable from one run to the next.
  const favourites = await sql<FavouriteRow>`
    with page as (${page}),
    li as (
      select o.customer_id, i.product_id::text as product, i.sku_id::text as sku, ${COLOUR} as colour,
             ${SIZE} as size, i.quantity
        from page p join orders o on o.shop_id = ${shop.id} and o.customer_id = p.id
        join order_items i on i.shop_id = o.shop_id and i.order_id = o.id
       where ${paid} and i.refund_status <> 'refunded'
    ),
    g as (
      select customer_id,
             case when grouping(product) = 0 then 'product' when grouping(sku) = 0 then 'sku'
                  when grouping(colour) = 0 then 'colour' else 'size' end as kind,
             coalesce(product, sku, colour, size) as value, sum(quantity) as q
        from li
       group by grouping sets ((customer_id, product), (customer_id, sku), (customer_id, colour), (customer_id, size))
    )
    select distinct on (customer_id, kind) customer_id, kind, value
      from g where value is not null
     order by customer_id, kind, q desc, value`.execute(db);
  const byCustomer = new Map<number, Partial<Record<FavouriteRow["kind"], string>>>();
  for (const f of favourites.rows) {
    const id = Number(f.customer_id);
    const entry = byCustomer.get(id) ?? {};
    entry[f.kind] = f.value;
    byCustomer.set(id, entry);
  }

  return rows.map((r) => {
    const id = Number(r.id);
    const fav = byCustomer.get(id) ?? {};
    return {
      customerId: id,
      days: r.days ?? [],
      dayNetFen: r.nets ?? [],
      paidOrders: r.paid_orders,
      firstOrderAt: r.first_at,
      lastOrderAt: r.last_at,
      favouriteProductId: fav.product === undefined ? null : Number(fav.product),
      favouriteSkuId: fav.sku === undefined ? null : Number(fav.sku),
      favouriteColour: fav.colour ?? null,
      favouriteSize: fav.size ?? null,
    };
  });
}

/** The shop's latest order time (any status): the default "as of" of an analysis. Null for an empty shop. */
export async function latestOrderTime(db: Kysely<Database>, shopId: number): Promise<Date | null> {
  const { rows } = await sql<{ at: Date | null }>`
    select max(ordered_at) as at from orders where shop_id = ${shopId}`.execute(db);
  return rows[0]?.at ?? null;
}

/** Day number (days since 1970-01-01) of an instant in a time zone, as SQL computes it above. */
export function dayNumber(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
  return Math.round(Date.parse(`${parts}T00:00:00Z`) / 86_400_000);
}
