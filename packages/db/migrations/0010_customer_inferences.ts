/**
 * Behaviour read from a customer's orders (payday buyer, gift buyer, plus size, promotion-driven,
 * seasonal, preferred colour and size, likely gender): each inference keeps its evidence and a
 * confidence, and staff may confirm or reject it (decision 0011). Derived like customer_products
 * (no foreign keys), recomputed after each import for the customers whose orders changed; a
 * staff decision survives recomputation.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table customer_inferences (
      shop_id bigint not null,
      customer_id bigint not null,
      kind text not null check (kind in ('payday_buyer', 'gift_buyer', 'plus_size', 'promotion_driven',
                                         'seasonal_buyer', 'preferred_colour', 'preferred_size', 'likely_gender')),
      value text,
      confidence real not null check (confidence between 0 and 1),
      evidence jsonb not null,
      status text not null default 'inferred' check (status in ('inferred', 'confirmed', 'rejected')),
      decided_by_member_id bigint,
      decided_by_name text,
      decided_at timestamptz,
      computed_at timestamptz not null default now(),
      primary key (shop_id, customer_id, kind)
    );
    create index customer_inferences_kind on customer_inferences (shop_id, kind, customer_id) where status <> 'rejected';

    -- The shop's own share of purchase days on payday, before festivals, in promotions and per
    -- season: what a customer's timing is compared with (refreshed weekly, or with a full pass).
    alter table segment_state add column behaviour_base_rates jsonb;
    -- The next refresh of every shop is a full one, so existing customers get their inferences.
    update segment_state set products_refreshed_at = null;
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table customer_inferences; alter table segment_state drop column behaviour_base_rates`.execute(
    db,
  );
}
