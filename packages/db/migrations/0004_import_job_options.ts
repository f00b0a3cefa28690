/**
 * What an upload import needs beyond 0003's `import_jobs`: the options the uploader chose
 * (`dry_run`, the column `mapping`), the language its rejects CSV is written in, and which API key
 * uploaded it when no staff member did (so the job's `import.finished` audit event names the same
 * actor as `import.started`). The foreign key keeps shop_id on both sides (Citus rules).
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table import_jobs
      add column dry_run boolean not null default false,
      add column mapping jsonb,
      add column language text not null default 'zh-CN',
      add column created_by_api_key bigint,
      add foreign key (shop_id, created_by_api_key) references api_keys (shop_id, id);
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table import_jobs
      drop column created_by_api_key,
      drop column language,
      drop column mapping,
      drop column dry_run;
  `.execute(db);
}
