/**
 * Identity resolution, set-based over the staged batch (see keys.ts for what the keys are):
 * 1. each distinct buyer ("own key") is matched to an existing identity;
 * 2. still unknown buyers join an existing customer through an unmasked phone/email link key,
 *    but only a customer who is not already a different buyer on the same platform; each such
 *    automatic merge is recorded in customer_merges and can be split again;
 * 3. the rest become new customers, written once with their profile;
 * 4. every other identity the records carry is remembered (masked ones flagged, never as keys);
 * 5. two existing customers now linked by one order through phone/email, and with no platform in
 *    common, are merged (recorded, undoable).
 * Statements take $1 = shop id, $2 = batch id.
 */
import type pg from "pg";
import { moveCustomerArchive } from "../../archive/index.ts";

/**
 * Buyers of this batch: one row per own key, from orders and customer-export records, with what a
 * new customer's row needs (latest order for the profile, first/last paid order) so new customers
 * are written once, complete, instead of inserted bare and updated.
 */
const COLLECT_BUYERS = `
  create temp table batch_buyers on commit drop as
  select g.*,
         -- Matched by key here; every other buyer gets a new customer id now (COALESCE evaluates
         -- nextval only when needed), which a link match may still replace: gaps are harmless.
         coalesce(i.customer_id, nextval(pg_get_serial_sequence('customers', 'id'))) as customer_id,
         i.id as identity_id,
         case when i.id is null then 'new' else 'key' end as matched_by,
         null::text as matched_value
  from (
    select own_platform, own_kind, own_value,
           array_agg(distinct platform) as platforms,
           min(link_phone) as link_phone, min(link_email) as link_email,
           (array_agg(seq order by ordered_at desc nulls last, seq desc))[1] as latest_seq,
           min(ordered_at) filter (where status in ('paid', 'shipped', 'completed')) as first_paid_at,
           max(ordered_at) filter (where status in ('paid', 'shipped', 'completed')) as last_paid_at
    from (
      select seq, platform, own_platform, own_kind, own_value, link_phone, link_email, ordered_at, status
        from batch_orders
      union all
      select seq, platform, own_platform, own_kind, own_value, link_phone, link_email, null, null
        from stage_customers
    ) s
    group by own_platform, own_kind, own_value
  ) g
  left join customer_identities i
    on i.shop_id = $1 and not i.masked
   and i.platform = g.own_platform and i.kind = g.own_kind and i.value = g.own_value;
  create unique index on batch_buyers (own_platform, own_kind, own_value);
  analyze batch_buyers;
`;

/**
 * A link match must not join two different buyers of one platform (two Taobao nicks sharing a
 * receiver phone are two customers), so the candidate may have no platform-specific identity on
 * any of the buyer's platforms. Email beats phone; the oldest customer wins ties.
 */
const MATCH_BY_LINK = `
  update batch_buyers b
     set customer_id = m.customer_id, matched_by = m.kind, matched_value = m.value
    from (
      select distinct on (b2.own_platform, b2.own_kind, b2.own_value)
             b2.own_platform, b2.own_kind, b2.own_value, i.customer_id, i.kind, i.value
        from batch_buyers b2
        -- Two equality joins, not one join on an OR: each uses the identity key index.
        join lateral (
          select customer_id, kind, value from customer_identities
           where shop_id = $1 and platform = '*' and kind = 'phone' and value = b2.link_phone and not masked
          union all
          select customer_id, kind, value from customer_identities
           where shop_id = $1 and platform = '*' and kind = 'email' and value = b2.link_email and not masked
        ) i on true
       where b2.matched_by = 'new'
         and not exists (
           select 1 from customer_identities o
            where o.shop_id = $1 and o.customer_id = i.customer_id
              and o.platform = any (b2.platforms)
         )
       order by b2.own_platform, b2.own_kind, b2.own_value, (i.kind = 'email') desc, i.customer_id
    ) m
   where b.matched_by = 'new'
     and b.own_platform = m.own_platform and b.own_kind = m.own_kind and b.own_value = m.own_value
`;

/** New customers, with their profile from their latest order of the batch (see UPDATE_CUSTOMERS). */
const CREATE_CUSTOMERS = `
  insert into customers (
    shop_id, id, name, name_masked, phone, phone_masked, email, country, province, city, district,
    address, address_masked, zip, accepts_email_marketing, first_order_at, last_order_at)
  select $1, b.customer_id, coalesce(o.buyer_name, o.receiver_name),
         case when o.buyer_name is not null then o.buyer_name_masked else coalesce(o.receiver_name_masked, false) end,
         o.receiver_phone, coalesce(o.receiver_phone_masked, false), o.buyer_email, o.receiver_country,
         o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address,
         coalesce(o.receiver_address_masked, false), o.receiver_zip, o.accepts_marketing,
         b.first_paid_at, b.last_paid_at
    from batch_buyers b left join batch_orders o on o.seq = b.latest_seq
   where b.matched_by = 'new';
`;

const INSERT_OWN_IDENTITIES = `
  with inserted as (
    insert into customer_identities (shop_id, customer_id, platform, kind, value, masked, batch_id)
    select $1, customer_id, own_platform, own_kind, own_value, false, $2
      from batch_buyers where identity_id is null
    returning id, platform, kind, value
  )
  update batch_buyers b set identity_id = x.id
    from inserted x
   where b.identity_id is null and b.own_platform = x.platform and b.own_kind = x.kind and b.own_value = x.value
`;

const RECORD_LINK_MERGES = `
  insert into customer_merges (shop_id, survivor_id, merged_customer_id, identity_ids, reason, matched_value, batch_id)
  select $1, customer_id, null, array[identity_id], matched_by, matched_value, $2
    from batch_buyers where matched_by in ('phone', 'email')
`;

/** Which customer each staged record (order or customer row) belongs to. */
const MAP_RECORDS = `
  create temp table batch_record_customers on commit drop as
  select s.seq, b.customer_id, b.identity_id, b.matched_by = 'new' as is_new
    from (select seq, own_platform, own_kind, own_value from batch_orders
          union all select seq, own_platform, own_kind, own_value from stage_customers) s
    join batch_buyers b using (own_platform, own_kind, own_value);
  create unique index on batch_record_customers (seq);
  analyze batch_record_customers;
`;

/**
 * Remember every other identity: unmasked ones are unique per shop (first owner keeps a shared
 * phone), masked ones are kept per customer for display only.
 */
const INSERT_OTHER_IDENTITIES = `
  insert into customer_identities (shop_id, customer_id, platform, kind, value, masked, batch_id)
  select $1, rc.customer_id, x.platform, x.kind, x.value, false, $2
    -- The first record that stays carries the identity (a skipped duplicate order carries none).
    from (select si.platform, si.kind, si.value, min(si.seq) as seq
            from stage_identities si join batch_record_customers b using (seq)
           where not si.masked group by si.platform, si.kind, si.value) x
    join batch_record_customers rc using (seq)
  on conflict (shop_id, platform, kind, value) where not masked do nothing;

  insert into customer_identities (shop_id, customer_id, platform, kind, value, masked, batch_id)
  select distinct $1::bigint, rc.customer_id, si.platform, si.kind, si.value, true, $2::bigint
    from stage_identities si join batch_record_customers rc using (seq)
   where si.masked
     and not exists (
       select 1 from customer_identities i
        where i.shop_id = $1 and i.customer_id = rc.customer_id and i.masked
          and i.platform = si.platform and i.kind = si.kind and i.value = si.value
     );
`;

/**
 * Pairs of customers this batch links through a phone/email: the record's customer and another
 * owner of its '*' link identity. Usually empty (a buyer's link keys belong to them), so it is
 * collected first with hash joins and checked pair by pair afterwards.
 */
const LINK_CANDIDATES = `
  select distinct rc.customer_id as a, i.customer_id as b, i.kind as reason, i.value
    from stage_identities si
    join batch_record_customers rc using (seq)
    join customer_identities i
      on i.shop_id = $1 and i.platform = '*' and not i.masked and i.kind = si.kind and i.value = si.value
   where si.platform = '*' and not si.masked and i.customer_id <> rc.customer_id
`;

/**
 * May customers $2 and $3 merge? Both live, no platform in common (two buyers of one platform are
 * two people even when they share a phone), and never split apart before.
 */
const MAY_MERGE = `
  select
    (select count(*) from customers where shop_id = $1 and id in ($2, $3) and merged_into_id is null) = 2
    and not exists (
      select 1 from customer_identities x join customer_identities y
        on y.shop_id = x.shop_id and y.platform = x.platform
       where x.shop_id = $1 and x.customer_id = $2 and y.customer_id = $3 and x.platform <> '*'
    )
    and not exists (
      select 1 from customer_merges m
       where m.shop_id = $1 and m.undone_at is not null
         and least(m.survivor_id, coalesce(m.merged_customer_id, m.split_customer_id)) = least($2::bigint, $3::bigint)
         and greatest(m.survivor_id, coalesce(m.merged_customer_id, m.split_customer_id)) = greatest($2::bigint, $3::bigint)
    ) as ok
`;

/** Run the resolution steps for the staged chunk; returns how many automatic merges it made. */
export async function resolveCustomers(
  client: pg.PoolClient,
  shopId: number,
  batchId: number,
): Promise<{ merged: number }> {
  await exec(client, COLLECT_BUYERS, [shopId]);
  const linked = await client.query(MATCH_BY_LINK, [shopId]);
  await exec(client, CREATE_CUSTOMERS, [shopId]);
  await client.query(INSERT_OWN_IDENTITIES, [shopId, batchId]);
  await client.query(RECORD_LINK_MERGES, [shopId, batchId]);
  await exec(client, MAP_RECORDS, []);
  await exec(client, INSERT_OTHER_IDENTITIES, [shopId, batchId]);
  const merged = await mergeLinkedCustomers(client, shopId, batchId);
  return { merged: merged + (linked.rowCount ?? 0) };
}

/** Merge linked pairs one at a time, following earlier merges of this batch (chains of links). */
async function mergeLinkedCustomers(client: pg.PoolClient, shopId: number, batchId: number): Promise<number> {
  const { rows } = await client.query<{ a: number; b: number; reason: string; value: string }>(
    LINK_CANDIDATES,
    [shopId],
  );
  const mergedInto = new Map<number, number>();
  const live = (id: number): number => {
    let current = Number(id);
    while (mergedInto.has(current)) current = mergedInto.get(current) as number;
    return current;
  };
  let merged = 0;
  for (const pair of rows) {
    const a = live(pair.a);
    const b = live(pair.b);
    if (a === b) continue;
    const survivor = Math.min(a, b);
    const loser = Math.max(a, b);
    const check = await client.query<{ ok: boolean }>(MAY_MERGE, [shopId, survivor, loser]);
    if (!check.rows[0]?.ok) continue;
    await mergeCustomers(client, shopId, survivor, loser, pair.reason, pair.value, batchId);
    mergedInto.set(loser, survivor);
    merged++;
  }
  return merged;
}

/** Move every identity and order of `mergedId` to `survivorId`, recording how to undo it, and what staff wrote about them. */
export async function mergeCustomers(
  client: pg.PoolClient,
  shopId: number,
  survivorId: number,
  mergedId: number,
  reason: string,
  value: string,
  batchId: number | null,
): Promise<void> {
  await client.query(
    `with moved as (
       update customer_identities set customer_id = $2 where shop_id = $1 and customer_id = $3 returning id
     )
     insert into customer_merges (shop_id, survivor_id, merged_customer_id, identity_ids, reason, matched_value, batch_id)
     select $1, $2, $3, coalesce(array_agg(id order by id), '{}'), $4, $5, $6 from moved`,
    [shopId, survivorId, mergedId, reason, value, batchId],
  );
  await client.query(
    "update orders set customer_id = $2, updated_at = now() where shop_id = $1 and customer_id = $3",
    [shopId, survivorId, mergedId],
  );
  await client.query("update batch_record_customers set customer_id = $1 where customer_id = $2", [
    survivorId,
    mergedId,
  ]);
  await client.query(
    "update customers set merged_into_id = $2, updated_at = now() where shop_id = $1 and id = $3",
    [shopId, survivorId, mergedId],
  );
  await moveCustomerArchive(client, shopId, mergedId, survivorId);
}

/** Run a multi-statement SQL text with parameters, one statement at a time (the extended protocol allows one). */
export async function exec(client: pg.PoolClient, sqlText: string, params: unknown[]): Promise<void> {
  for (const statement of sqlText
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const used = [...statement.matchAll(/\$(\d+)/g)].reduce((m, x) => Math.max(m, Number(x[1])), 0);
    await client.query(statement, params.slice(0, used));
  }
}
