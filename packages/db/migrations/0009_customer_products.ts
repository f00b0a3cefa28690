/**
 * What each customer bought, per product (paid orders only): the index segment rules read for
 * "bought / did not bought product X (in the last N days)" (decision 0010). Scanning order lines
 * for a popular product took 1.5 s on a 1M-customer shop; this table answers with an index-only
 * scan. It is derived data, rebuilt for the customers whose orders changed after each import
 * (segment_state keeps how far it got), so it has no foreign keys, like customer_metrics.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table customer_products (
      shop_id bigint not null,
      customer_id bigint not null,
      product_id bigint not null,
      first_bought_at timestamptz not null,
      last_bought_at timestamptz not null,
      orders integer not null,
      quantity integer not null,
      spent_fen bigint not null,
      primary key (shop_id, customer_id, product_id)
    );
    create index customer_products_product on customer_products (shop_id, product_id, last_bought_at, customer_id);

    create table segment_state (
      shop_id bigint not null references shops (id),
      -- customer_products reflects every import batch up to this id.
      products_through_batch_id bigint,
      products_refreshed_at timestamptz,
      primary key (shop_id)
    );
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table segment_state, customer_products`.execute(db);
}
