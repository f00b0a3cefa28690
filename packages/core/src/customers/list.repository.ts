/**
 * SQL of the customer list and its export. Each sort follows one index of migration 0005 with a
 * keyset condition that is a single row comparison, so a page costs the same at row 50 and at row
 * 900,000, and no query counts the shop:
 * - last/first order: customers_list_* (live customers only; no paid order sorts last);
 * - spend, paid orders, CLV: customer_metrics_list_* first, then the customers without a value
 *   (not analysed yet, or no CLV) by id — `pageWithoutMetric`;
 * - a search (q) reads its matches first (`offset 0` keeps the planner from walking a sort index
 *   in the hope of meeting them early) and sorts them: its cost follows the number of matches.
 */
import type { Database } from "@laoke/db";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { CustomerSort } from "./customers.schema.ts";
import { queryAsJsonRows } from "./json-rows.ts";

/** One customer of a list page, as stored. */
export interface CustomerListRow {
  id: number;
  name: string | null;
  name_masked: boolean;
  phone: string | null;
  phone_masked: boolean;
  email: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  /** The street address: only a clear export shows it. */
  address: string | null;
  first_order_at: Date | null;
  last_order_at: Date | null;
  /** The order times as PostgreSQL text: exact to the microsecond, for cursors (a Date keeps ms). */
  first_order_key: string | null;
  last_order_key: string | null;
  paid_orders: number | null;
  total_spent_fen: number | null;
  aov_fen: number | null;
  churn_status: string | null;
  r_score: number | null;
  f_score: number | null;
  m_score: number | null;
  aov_tier: number | null;
  p_alive: number | null;
  clv_fen: number | null;
  platforms: string[];
}

/** What a search looks for: identity values, an order number, phones, a name prefix (LIKE). */
export interface SearchTerms {
  values: string[];
  orderNo: string;
  phones: string[];
  namePattern: string;
}

/** Filters of the list. */
export interface ListFilter {
  province?: string | undefined;
  platform?: string | undefined;
  churnStatus?: string | undefined;
  tier?: number | undefined;
  /** Members of a saved segment. */
  segment?: number | undefined;
  tag?: number | undefined;
  search?: SearchTerms | undefined;
}

/** Where the previous page stopped: its last row's sort value and id. */
export interface Keyset {
  /** A timestamp as PostgreSQL text (order-date sorts) or a number (metric sorts). */
  value: string | number | null;
  id: number;
}

type Db = Kysely<Database>;

const COLUMNS = sql`
  c.id, c.name, c.name_masked, c.phone, c.phone_masked, c.email, c.province, c.city, c.district, c.address,
  c.first_order_at, c.last_order_at, m.paid_orders, m.total_spent_fen, m.aov_fen, m.churn_status,
  m.r_score, m.f_score, m.m_score, m.aov_tier, m.p_alive, m.clv_fen,
  c.first_order_at::text as first_order_key, c.last_order_at::text as last_order_key,
  array(select distinct i.platform from customer_identities i
         where i.shop_id = c.shop_id and i.customer_id = c.id and i.platform <> '*' order by 1) as platforms`;

const METRICS_JOIN = sql`left join customer_metrics m on m.shop_id = c.shop_id and m.customer_id = c.id`;

/** Sort keys on customers: never null (no paid order = '-infinity'), as indexed in 0005. */
const CUSTOMER_KEYS = {
  last_order: sql`coalesce(c.last_order_at, '-infinity'::timestamptz)`,
  first_order: sql`coalesce(c.first_order_at, '-infinity'::timestamptz)`,
} as const;

/** Sort keys on customer_metrics, and the nulls clause of the index that serves each. */
const METRIC_KEYS = {
  spend: { key: sql`m.total_spent_fen`, indexNulls: sql`` },
  orders: { key: sql`m.paid_orders`, indexNulls: sql`` },
  clv: { key: sql`m.clv_fen`, indexNulls: sql` nulls last` },
} as const;

/** True when the sort reads customer_metrics (and so has customers without a value). */
export function isMetricSort(sort: CustomerSort): sort is keyof typeof METRIC_KEYS {
  return sort in METRIC_KEYS;
}

function conditions(shopId: number, f: ListFilter): RawBuilder<unknown> {
  const parts = [sql`c.merged_into_id is null`, sql`c.anonymised_at is null`];
  if (f.province !== undefined) parts.push(sql`c.province = ${f.province}`);
  if (f.platform !== undefined) {
    parts.push(sql`exists (select 1 from customer_identities i
                            where i.shop_id = c.shop_id and i.customer_id = c.id and i.platform = ${f.platform})`);
  }
  if (f.churnStatus !== undefined) parts.push(sql`m.churn_status = ${f.churnStatus}`);
  if (f.tier !== undefined) parts.push(sql`m.aov_tier = ${f.tier}`);
  if (f.segment !== undefined) {
    parts.push(sql`exists (select 1 from segment_members sm
                            where sm.shop_id = c.shop_id and sm.segment_id = ${f.segment} and sm.customer_id = c.id)`);
  }
  if (f.tag !== undefined) {
    parts.push(sql`exists (select 1 from customer_tags t
                            where t.shop_id = c.shop_id and t.tag_id = ${f.tag} and t.customer_id = c.id)`);
  }
  if (f.search) {
    const s = f.search;
    // Exact matches (identity value, order number, phone) by their indexes, or a name prefix.
    parts.push(sql`(c.id = any(array(
        select customer_id from customer_identities where shop_id = ${shopId} and value = any(${s.values}::text[])
        union all select customer_id from orders where shop_id = ${shopId} and external_id = ${s.orderNo}
        union all select id from customers where shop_id = ${shopId} and phone = any(${s.phones}::text[])))
      or c.name like ${s.namePattern})`);
  }
  return sql.join(parts, sql` and `);
}

/** A page sorted by last or first order (no search). */
export async function pageByOrderDate(
  db: Db,
  shopId: number,
  sort: keyof typeof CUSTOMER_KEYS,
  f: ListFilter,
  after: Keyset | null,
  limit: number,
): Promise<CustomerListRow[]> {
  const key = CUSTOMER_KEYS[sort];
  const keyset = after
    ? sql`and (${key}, c.id) < (coalesce(${after.value}::timestamptz, '-infinity'::timestamptz), ${after.id})`
    : sql``;
  return queryAsJsonRows<CustomerListRow>(
    db,
    sql`
    select ${COLUMNS} from customers c ${METRICS_JOIN}
     where c.shop_id = ${shopId} and ${conditions(shopId, f)} ${keyset}
     order by ${key} desc, c.id desc
     limit ${limit}`,
    { prepared: true },
  );
}

/** A page of customers with a value of the metric, by that value (no search). */
export async function pageByMetric(
  db: Db,
  shopId: number,
  sort: keyof typeof METRIC_KEYS,
  f: ListFilter,
  after: Keyset | null,
  limit: number,
): Promise<CustomerListRow[]> {
  const { key, indexNulls } = METRIC_KEYS[sort];
  const keyset = after ? sql`and (${key}, m.customer_id) < (${after.value}, ${after.id})` : sql``;
  return queryAsJsonRows<CustomerListRow>(
    db,
    sql`
    select ${COLUMNS} from customer_metrics m join customers c on c.shop_id = m.shop_id and c.id = m.customer_id
     where m.shop_id = ${shopId} and ${key} is not null and ${conditions(shopId, f)} ${keyset}
     order by ${key} desc${indexNulls}, m.customer_id desc
     limit ${limit}`,
    { prepared: true },
  );
}

/** The customers without a value of the metric (they sort last), by id (no search). */
export async function pageWithoutMetric(
  db: Db,
  shopId: number,
  sort: keyof typeof METRIC_KEYS,
  f: ListFilter,
  afterId: number | null,
  limit: number,
): Promise<CustomerListRow[]> {
  const { key } = METRIC_KEYS[sort];
  const keyset = afterId === null ? sql`` : sql`and c.id < ${afterId}`;
  return queryAsJsonRows<CustomerListRow>(
    db,
    sql`
    select ${COLUMNS} from customers c ${METRICS_JOIN}
     where c.shop_id = ${shopId} and ${key} is null and ${conditions(shopId, f)} ${keyset}
     order by c.id desc
     limit ${limit}`,
    { prepared: true },
  );
}

/** Sort key and order of the general query (searches and the export): nulls always last. */
function generalOrder(sort: CustomerSort): { key: RawBuilder<unknown>; nulls: RawBuilder<unknown> } {
  return isMetricSort(sort)
    ? { key: METRIC_KEYS[sort].key, nulls: sql` nulls last` }
    : { key: CUSTOMER_KEYS[sort], nulls: sql`` };
}

/**
 * A page of a search, any sort: the matches first (ids and sort keys only; customer_metrics read
 * by key lookups, and only when the sort or a filter needs it), sorted and cut to the page, and
 * only then the page's columns (see the file comment).
 */
export async function pageOfSearch(
  db: Db,
  shopId: number,
  sort: CustomerSort,
  f: ListFilter,
  after: Keyset | null,
  limit: number,
): Promise<CustomerListRow[]> {
  const { key, nulls } = generalOrder(sort);
  const needsMetrics = isMetricSort(sort) || f.churnStatus !== undefined || f.tier !== undefined;
  // A lateral subquery with a limit is not flattened: a key lookup per match, never a hash join
  // over the shop's whole metrics table.
  const metrics = needsMetrics
    ? sql`left join lateral (select * from customer_metrics m
                              where m.shop_id = c.shop_id and m.customer_id = c.id limit 1) m on true`
    : sql``;
  let keyset = sql``;
  if (after && !isMetricSort(sort)) {
    keyset = sql`where (x.sort_key, x.id) < (coalesce(${after.value}::timestamptz, '-infinity'::timestamptz), ${after.id})`;
  } else if (after && after.value === null) {
    keyset = sql`where x.sort_key is null and x.id < ${after.id}`;
  } else if (after) {
    keyset = sql`where (x.sort_key < ${after.value} or (x.sort_key = ${after.value} and x.id < ${after.id})
                        or x.sort_key is null)`;
  }
  return queryAsJsonRows<CustomerListRow>(
    db,
    sql`
    select ${COLUMNS}
      from (select x.* from (
              select c.shop_id, c.id, ${key} as sort_key from customers c ${metrics}
               where c.shop_id = ${shopId} and ${conditions(shopId, f)}
              offset 0) x
            ${keyset}
            order by x.sort_key desc${nulls}, x.id desc
            limit ${limit}) page
      join customers c on c.shop_id = page.shop_id and c.id = page.id
      ${METRICS_JOIN}
     order by page.sort_key desc${nulls}, page.id desc`,
    { prepared: true },
  );
}

/** The whole filtered list in list order, for the export to read through a cursor. */
export function exportQuery(shopId: number, sort: CustomerSort, f: ListFilter): RawBuilder<CustomerListRow> {
  const { key, nulls } = generalOrder(sort);
  return sql<CustomerListRow>`
    select ${COLUMNS} from customers c ${METRICS_JOIN}
     where c.shop_id = ${shopId} and ${conditions(shopId, f)}
     order by ${key} desc${nulls}, c.id desc`;
}
