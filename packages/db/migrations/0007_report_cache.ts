/**
 * Shop reports and the headline stats take seconds on a 1M-customer shop (they scan every order),
 * yet change only when data does: after an import, an analytics run or a settings change. Their
 * answers are kept here with the data version they were computed for (decision 0009).
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table report_cache (
      shop_id bigint not null references shops (id),
      cache_key text not null,
      data_version text not null,
      body jsonb not null,
      computed_at timestamptz not null default now(),
      compute_ms integer not null,
      primary key (shop_id, cache_key)
    );
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table report_cache`.execute(db);
}
