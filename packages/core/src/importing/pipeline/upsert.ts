/**
 * Set-based writes of the staged rows into the real tables, in chunks: each chunk of orders is
 * deduplicated, its buyers resolved and its orders upserted while the next chunk is being parsed;
 * the lines (宝贝) of all orders are written once at the end, when every order exists. Import-level
 * tables (touched_orders, import_seen_orders, import_buyers) keep the counts exact across
 * chunks. Re-importing the same or an overlapping export changes nothing that did not change:
 * orders compare a content hash of their own fields and, separately, of their lines.
 * Statements take $1 = shop id, $2 = batch id.
 */
import type pg from "pg";
import { exec, resolveCustomers } from "./resolve.ts";
import { STAGE_ORDERS_DDL } from "./stage.ts";

/** Tables that live for the whole import (the chunk tables come and go). */
const IMPORT_TABLES = `
  create temp table touched_orders (
    id bigint not null, platform text not null, external_id text not null, customer_id bigint not null,
    inserted boolean not null
  ) on commit drop;
  create index on touched_orders (id);
  create index on touched_orders (platform, external_id);
  create temp table import_seen_orders (platform text not null, external_id text not null, primary key (platform, external_id))
    on commit drop;
  create temp table import_buyers (
    own_platform text not null, own_kind text not null, own_value text not null,
    customer_id bigint not null, created boolean not null, primary key (own_platform, own_kind, own_value)
  ) on commit drop;
`;

/**
 * Orders of this chunk, one per (platform, external id): the first record wins (JD/Shopify repeat
 * order fields on several rows). Deduplicated in place (no copy of the staged rows) and renamed.
 */
const PREPARE_ORDERS = `
  delete from stage_orders s
   using (select platform, external_id, min(seq) as keep from stage_orders
           group by platform, external_id having count(*) > 1) d
   where s.platform = d.platform and s.external_id = d.external_id and s.seq <> d.keep;
  delete from stage_orders s
   using import_seen_orders x where x.platform = s.platform and x.external_id = s.external_id;
  alter table stage_orders rename to batch_orders;
  create unique index on batch_orders (platform, external_id);
  create unique index on batch_orders (seq);
  analyze batch_orders;
  analyze stage_identities;
  analyze stage_customers;
`;

/** After a chunk: remember what it did, drop its tables, empty the per-chunk staging tables. */
const END_CHUNK = `
  insert into touched_orders select * from chunk_touched;
  insert into import_seen_orders select platform, external_id from batch_orders;
  insert into import_buyers select own_platform, own_kind, own_value, customer_id, matched_by = 'new' from batch_buyers
  on conflict do nothing;
  drop table batch_orders, batch_buyers, batch_record_customers, chunk_touched, refresh_customers;
  truncate stage_identities, stage_customers;
`;

/** Lines of one order found in several files (overlapping 宝贝报表): keep those of the first file. */
const DEDUPE_ITEMS_ACROSS_FILES = `
  delete from stage_items s
   using (select platform, order_external_id, (array_agg(file order by seq))[1] as file
            from stage_items group by platform, order_external_id having count(distinct file) > 1) d
   where s.platform = d.platform and s.order_external_id = d.order_external_id and s.file <> d.file
`;

/**
 * A hash of each order's lines, to tell changed lines from unchanged ones. The same expression
 * over stored order_items (ITEMS_HASH_OF_STORED) must give the same value for the same lines.
 */
const PREPARE_ITEMS = `
  alter table stage_items rename to batch_items;
  create temp table batch_item_hashes on commit drop as
  select platform, order_external_id,
         hashtextextended(string_agg(row(external_id, merchant_code, title, attributes, unit_price_fen, quantity,
                             paid_fen, status, raw_status, refund_status, raw_refund_status, refund_fen)::text,
                             '|' order by seq), 0) as items_hash
    from batch_items group by platform, order_external_id;
  create unique index on batch_item_hashes (platform, order_external_id);
  analyze batch_item_hashes;
`;

/** Lines whose order is neither in this batch nor already in the database cannot be placed. */
const REJECT_ORPHAN_ITEMS = `
  with orphans as (
    delete from batch_items bi
     where not exists (select 1 from orders o where o.shop_id = $1 and o.platform = bi.platform and o.external_id = bi.order_external_id)
    returning file, row_number, order_external_id
  )
  insert into stage_rejects (file, row_number, field, code, message, raw)
  select file, row_number, null, 'orphan_item', 'no order ' || order_external_id || ' in this import or the database',
         jsonb_build_object('order', order_external_id)
    from orphans
`;

const UPSERT_PRODUCTS = `
  insert into products (shop_id, platform, product_key, external_id, merchant_code, title)
  select $1, platform, product_key, max(product_external_id), max(merchant_code), max(title)
    from batch_items group by platform, product_key
  on conflict (shop_id, platform, product_key) do update
     set title = excluded.title, merchant_code = coalesce(excluded.merchant_code, products.merchant_code),
         external_id = coalesce(excluded.external_id, products.external_id), updated_at = now()
   where products.title is distinct from excluded.title
      or products.merchant_code is distinct from coalesce(excluded.merchant_code, products.merchant_code);

  insert into skus (shop_id, product_id, attributes_key, external_id, merchant_code, attributes)
  select $1, p.id, k.attributes_key, k.sku_external_id, k.merchant_code, k.attributes_key::jsonb
    from (select platform, product_key, attributes_key, max(sku_external_id) as sku_external_id,
                 max(merchant_code) as merchant_code
            from batch_items group by platform, product_key, attributes_key) k
    join products p on p.shop_id = $1 and p.platform = k.platform and p.product_key = k.product_key
  on conflict (shop_id, product_id, attributes_key) do nothing;
`;

/** Upsert orders; only changed rows are written. `touched_orders` lists what was inserted or updated. */
const UPSERT_ORDERS = `
  with upserted as (
    insert into orders (
      shop_id, platform, external_id, customer_id, buyer_identity_id, status, raw_status,
      ordered_at, paid_at, shipped_at, received_at, completed_at, closed_at,
      goods_fen, shipping_fen, discount_fen, paid_fen, refunded_fen, currency, item_quantity,
      buyer_message, seller_memo, close_reason, is_mobile, shipping_company, tracking_no,
      receiver_name, receiver_name_masked, receiver_phone, receiver_phone_masked, receiver_country,
      receiver_province, receiver_city, receiver_district, receiver_address, receiver_address_masked, receiver_zip,
      content_hash, batch_id)
    select $1, bo.platform, bo.external_id, rc.customer_id, rc.identity_id, bo.status, bo.raw_status,
      bo.ordered_at, bo.paid_at, bo.shipped_at, bo.received_at, bo.completed_at, bo.closed_at,
      bo.goods_fen, bo.shipping_fen, bo.discount_fen, bo.paid_fen, bo.refunded_fen, coalesce(bo.currency, $3),
      bo.item_quantity, bo.buyer_message, bo.seller_memo, bo.close_reason, bo.is_mobile, bo.shipping_company,
      bo.tracking_no, bo.receiver_name, bo.receiver_name_masked, bo.receiver_phone, bo.receiver_phone_masked,
      bo.receiver_country, bo.receiver_province, bo.receiver_city, bo.receiver_district, bo.receiver_address,
      bo.receiver_address_masked, bo.receiver_zip,
      bo.content_hash,
      $2
    from batch_orders bo
    join batch_record_customers rc on rc.seq = bo.seq
    on conflict (shop_id, platform, external_id) do update set
      status = excluded.status, raw_status = excluded.raw_status, ordered_at = excluded.ordered_at,
      paid_at = excluded.paid_at, shipped_at = excluded.shipped_at, received_at = excluded.received_at,
      completed_at = excluded.completed_at, closed_at = excluded.closed_at, goods_fen = excluded.goods_fen,
      shipping_fen = excluded.shipping_fen, discount_fen = excluded.discount_fen, paid_fen = excluded.paid_fen,
      refunded_fen = excluded.refunded_fen, currency = excluded.currency, item_quantity = excluded.item_quantity,
      buyer_message = excluded.buyer_message, seller_memo = excluded.seller_memo,
      close_reason = excluded.close_reason, is_mobile = excluded.is_mobile,
      shipping_company = excluded.shipping_company, tracking_no = excluded.tracking_no,
      receiver_name = excluded.receiver_name, receiver_name_masked = excluded.receiver_name_masked,
      receiver_phone = excluded.receiver_phone, receiver_phone_masked = excluded.receiver_phone_masked,
      receiver_country = excluded.receiver_country, receiver_province = excluded.receiver_province,
      receiver_city = excluded.receiver_city, receiver_district = excluded.receiver_district,
      receiver_address = excluded.receiver_address, receiver_address_masked = excluded.receiver_address_masked,
      receiver_zip = excluded.receiver_zip, content_hash = excluded.content_hash,
      batch_id = excluded.batch_id,
      updated_at = now()
    where orders.content_hash <> excluded.content_hash
      -- An anonymised customer's orders keep their erased fields forever (docs/security.md).
      and not exists (select 1 from customers c where c.shop_id = orders.shop_id and c.id = orders.customer_id
                         and c.anonymised_at is not null)
    returning id, platform, external_id, customer_id, (xmax = 0) as inserted
  )
  insert into chunk_touched select * from upserted;
`;

const CREATE_CHUNK_TOUCHED = `
  create temp table chunk_touched (
    id bigint not null, platform text not null, external_id text not null, customer_id bigint not null,
    inserted boolean not null
  ) on commit drop
`;
/**
 * Lines, once every order of the import exists: an order's lines are written when the order is
 * new, or when the hash of its staged lines differs from the hash of its stored lines (computed
 * on the fly, so inserting an order never needs a second write). An order whose lines changed
 * but whose own fields did not counts as updated.
 */
const WRITE_ITEMS = `
  create temp table item_orders on commit drop as
  with candidates as (
    select o.id, o.platform, o.external_id, o.customer_id, h.items_hash,
           t.id is not null as touched, coalesce(t.inserted, false) as inserted
      from batch_item_hashes h
      join orders o on o.shop_id = $1 and o.platform = h.platform and o.external_id = h.order_external_id
      left join touched_orders t on t.id = o.id
  ), stored as (
    -- Orders inserted by this import have no stored lines: nothing to compare.
    select oi.order_id,
           hashtextextended(string_agg(row(oi.external_id, oi.merchant_code, oi.title, oi.attributes,
                               oi.unit_price_fen, oi.quantity, oi.paid_fen, oi.status, oi.raw_status,
                               oi.refund_status, oi.raw_refund_status, oi.refund_fen)::text,
                               '|' order by oi.line_no), 0) as items_hash
      from order_items oi join candidates c on c.id = oi.order_id and not c.inserted
     where oi.shop_id = $1
     group by oi.order_id
  )
  select c.id, c.platform, c.external_id, c.customer_id, c.touched
    from candidates c left join stored s on s.order_id = c.id
   where c.inserted or s.items_hash is distinct from c.items_hash;
  create unique index on item_orders (platform, external_id);
  analyze item_orders;

  update orders o set batch_id = $2, updated_at = now()
    from item_orders io where o.shop_id = $1 and o.id = io.id and not io.touched;

  insert into touched_orders select id, platform, external_id, customer_id, false from item_orders where not touched;

  delete from order_items oi using item_orders io where oi.shop_id = $1 and oi.order_id = io.id;

  insert into order_items (
    shop_id, order_id, line_no, external_id, product_id, sku_id, title, attributes, merchant_code,
    unit_price_fen, quantity, paid_fen, status, raw_status, refund_status, raw_refund_status, refund_fen)
  select $1, io.id, row_number() over (partition by io.id order by bi.seq), bi.external_id, p.id, s.id, bi.title,
         bi.attributes, bi.merchant_code, bi.unit_price_fen, bi.quantity, bi.paid_fen, bi.status, bi.raw_status,
         bi.refund_status, bi.raw_refund_status, bi.refund_fen
    from batch_items bi
    join item_orders io on io.platform = bi.platform and io.external_id = bi.order_external_id
    left join products p on p.shop_id = $1 and p.platform = bi.platform and p.product_key = bi.product_key
    left join skus s on s.shop_id = $1 and s.product_id = p.id and s.attributes_key = bi.attributes_key;
`;

/**
 * Customer profiles: a customer export (Shopify customers) is authoritative for what it has;
 * orders fill what is still empty or masked from the buyer, else the latest receiver (most shops
 * treat 收货人 as the customer until staff correct it). First/last order from paid orders.
 */
const UPDATE_CUSTOMERS = `
  update customers c set
    name = coalesce(sc.name, c.name), name_masked = case when sc.name is not null then sc.name_masked else c.name_masked end,
    phone = coalesce(sc.phone, c.phone), phone_masked = case when sc.phone is not null then sc.phone_masked else c.phone_masked end,
    email = coalesce(sc.email, c.email), gender = coalesce(sc.gender, c.gender), birthday = coalesce(sc.birthday, c.birthday),
    country = coalesce(sc.country, c.country), province = coalesce(sc.province, c.province),
    city = coalesce(sc.city, c.city), district = coalesce(sc.district, c.district),
    address = coalesce(sc.address, c.address),
    address_masked = case when sc.address is not null then sc.address_masked else c.address_masked end,
    zip = coalesce(sc.zip, c.zip),
    accepts_email_marketing = coalesce(sc.accepts_email_marketing, c.accepts_email_marketing),
    accepts_sms_marketing = coalesce(sc.accepts_sms_marketing, c.accepts_sms_marketing),
    note = coalesce(sc.note, c.note), updated_at = now()
  from (select distinct on (rc.customer_id) rc.customer_id, s.*
          from stage_customers s join batch_record_customers rc using (seq)
         order by rc.customer_id, s.seq desc) sc
  where c.shop_id = $1 and c.id = sc.customer_id
    and row(sc.name, sc.name_masked, sc.phone, sc.phone_masked, sc.email, sc.gender, sc.birthday, sc.country,
            sc.province, sc.city, sc.district, sc.address, sc.address_masked, sc.zip, sc.accepts_email_marketing,
            sc.accepts_sms_marketing, sc.note)
        is distinct from
        row(coalesce(sc.name, c.name), case when sc.name is not null then sc.name_masked else c.name_masked end,
            coalesce(sc.phone, c.phone), case when sc.phone is not null then sc.phone_masked else c.phone_masked end,
            coalesce(sc.email, c.email), coalesce(sc.gender, c.gender), coalesce(sc.birthday, c.birthday),
            coalesce(sc.country, c.country), coalesce(sc.province, c.province), coalesce(sc.city, c.city),
            coalesce(sc.district, c.district), coalesce(sc.address, c.address),
            case when sc.address is not null then sc.address_masked else c.address_masked end,
            coalesce(sc.zip, c.zip), coalesce(sc.accepts_email_marketing, c.accepts_email_marketing),
            coalesce(sc.accepts_sms_marketing, c.accepts_sms_marketing), coalesce(sc.note, c.note));

  update customers c set
    name = case when c.name is null or (c.name_masked and not o.name_masked) then o.name else c.name end,
    name_masked = case when c.name is null or (c.name_masked and not o.name_masked) then o.name_masked else c.name_masked end,
    phone = case when c.phone is null or (c.phone_masked and not o.receiver_phone_masked) then o.receiver_phone else c.phone end,
    phone_masked = case when c.phone is null or (c.phone_masked and not o.receiver_phone_masked) then o.receiver_phone_masked else c.phone_masked end,
    email = coalesce(c.email, o.buyer_email),
    country = coalesce(c.country, o.receiver_country),
    province = coalesce(c.province, o.receiver_province), city = coalesce(c.city, o.receiver_city),
    district = coalesce(c.district, o.receiver_district),
    address = case when c.address is null or (c.address_masked and not o.receiver_address_masked) then o.receiver_address else c.address end,
    address_masked = case when c.address is null or (c.address_masked and not o.receiver_address_masked) then o.receiver_address_masked else c.address_masked end,
    zip = coalesce(c.zip, o.receiver_zip),
    accepts_email_marketing = coalesce(c.accepts_email_marketing, o.accepts_marketing),
    updated_at = now()
  from (select distinct on (rc.customer_id) rc.customer_id,
               coalesce(bo.buyer_name, bo.receiver_name) as name,
               case when bo.buyer_name is not null then bo.buyer_name_masked else bo.receiver_name_masked end as name_masked,
               bo.receiver_phone, bo.receiver_phone_masked, bo.buyer_email, bo.receiver_country, bo.receiver_province,
               bo.receiver_city, bo.receiver_district, bo.receiver_address, bo.receiver_address_masked,
               bo.receiver_zip, bo.accepts_marketing
          from batch_orders bo join batch_record_customers rc using (seq)
          join chunk_touched t on t.platform = bo.platform and t.external_id = bo.external_id
         where not rc.is_new
         order by rc.customer_id, bo.ordered_at desc) o
  where c.shop_id = $1 and c.id = o.customer_id;

  create temp table refresh_customers on commit drop as
  select customer_id from chunk_touched
  except select customer_id from batch_buyers where matched_by = 'new'
  union select survivor_id from customer_merges where shop_id = $1 and batch_id = $2;
  analyze refresh_customers;

  update customers c set first_order_at = x.first_at, last_order_at = x.last_at, updated_at = now()
    from (select r.customer_id,
                 min(o.ordered_at) filter (where o.status in ('paid', 'shipped', 'completed')) as first_at,
                 max(o.ordered_at) filter (where o.status in ('paid', 'shipped', 'completed')) as last_at
            from refresh_customers r
            left join orders o on o.shop_id = $1 and o.customer_id = r.customer_id
           group by r.customer_id) x
   where c.shop_id = $1 and c.id = x.customer_id
     and (c.first_order_at is distinct from x.first_at or c.last_order_at is distinct from x.last_at);
`;

/** Rejects staged by parsers and by the steps above become rows of import_rejects. */
const SAVE_REJECTS = `
  insert into import_rejects (shop_id, batch_id, file, row_number, field, code, message, raw)
  select $1, $2, file, row_number, field, code, message, raw from stage_rejects order by file, row_number
`;

/** Counts of the whole import, for the summary. */
export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  items: number;
  orphanItems: number;
  customersCreated: number;
  customersMatched: number;
}

/** Create the tables that span the whole import. */
export async function beginImport(client: pg.PoolClient): Promise<void> {
  await client.query(IMPORT_TABLES);
}

/**
 * Process the staged orders of one chunk: dedupe, resolve buyers, upsert orders, refresh the
 * customers they touch. Returns how many customers were merged. Leaves empty staging tables.
 */
export async function processOrderChunk(
  client: pg.PoolClient,
  shopId: number,
  batchId: number,
  currency: string,
): Promise<number> {
  await exec(client, PREPARE_ORDERS, []);
  const { merged } = await resolveCustomers(client, shopId, batchId);
  await client.query(CREATE_CHUNK_TOUCHED);
  await client.query(UPSERT_ORDERS, [shopId, batchId, currency]);
  // Statistics before the joins below: without them the planner takes these for empty tables.
  await exec(client, "create index on chunk_touched (platform, external_id);\nanalyze chunk_touched", []);
  await exec(client, UPDATE_CUSTOMERS, [shopId, batchId]);
  await exec(client, END_CHUNK, []);
  await client.query(STAGE_ORDERS_DDL);
  return merged;
}

/** Write every staged line (after the last chunk), save rejects, and count the whole import. */
export async function finishImport(
  client: pg.PoolClient,
  shopId: number,
  batchId: number,
  itemsFromSeveralFiles: boolean,
): Promise<ImportCounts> {
  if (itemsFromSeveralFiles) await client.query(DEDUPE_ITEMS_ACROSS_FILES);
  await exec(client, PREPARE_ITEMS, []);
  const orphans = await client.query(REJECT_ORPHAN_ITEMS, [shopId]);
  await exec(client, UPSERT_PRODUCTS, [shopId]);
  await client.query("analyze touched_orders");
  await exec(client, WRITE_ITEMS, [shopId, batchId]);
  await client.query(SAVE_REJECTS, [shopId, batchId]);
  const { rows } = await client.query<Omit<ImportCounts, "orphanItems">>(
    `select (select count(*) filter (where inserted) from touched_orders)::int as inserted,
            (select count(*) filter (where not inserted) from touched_orders)::int as updated,
            (select count(*) from import_seen_orders s
              where not exists (select 1 from touched_orders t
                                 where t.platform = s.platform and t.external_id = s.external_id))::int as unchanged,
            (select count(*) from batch_items bi join item_orders io
               on io.platform = bi.platform and io.external_id = bi.order_external_id)::int as items,
            -- Per buyer (own key) of the import: created = founded a customer that is still live; a
            -- buyer whose new customer was merged into another later in the same import (a Taobao
            -- and a Shopify export imported together) was in the end matched, like any other.
            (select count(*) from import_buyers ib join customers c on c.shop_id = $1 and c.id = ib.customer_id
              where ib.created and c.merged_into_id is null)::int as "customersCreated",
            (select count(*) from import_buyers ib join customers c on c.shop_id = $1 and c.id = ib.customer_id
              where not ib.created or c.merged_into_id is not null)::int as "customersMatched"`,
    [shopId],
  );
  const r = rows[0] as Omit<ImportCounts, "orphanItems">;
  return { ...r, orphanItems: orphans.rowCount ?? 0 };
}
