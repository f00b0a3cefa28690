import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./testing/database.ts";

// The Citus rules of ARCHITECTURE.md §4, checked on the migrated schema so a new migration
// cannot break distribution by shop_id without failing here.
const REFERENCE_TABLES = new Set(["shops"]);
// Logins unique across shops (decision 0006): small local tables no business table references.
const LOCAL_TABLES = new Set([
  "kysely_migration",
  "kysely_migration_lock",
  "staff_accounts",
  "password_resets",
]);

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

async function businessTables(): Promise<string[]> {
  const { rows } = await h.pool.query<{ t: string }>(
    "select tablename as t from pg_tables where schemaname = 'public' order by 1",
  );
  return rows.map((r) => r.t).filter((t) => !REFERENCE_TABLES.has(t) && !LOCAL_TABLES.has(t));
}

describe("schema follows the Citus rules", () => {
  it("every business table has shop_id first in its primary key", async () => {
    const { rows } = await h.pool.query<{ table: string; cols: string[] }>(`
      select c.conrelid::regclass::text as table,
             array(select a.attname from unnest(c.conkey) with ordinality k(n, o)
                   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o)::text[] as cols
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where n.nspname = 'public' and c.contype = 'p'`);
    const pk = new Map(rows.map((r) => [r.table, r.cols]));
    for (const table of await businessTables())
      expect({ table, first: pk.get(table)?.[0] }).toEqual({ table, first: "shop_id" });
  });

  it("every unique constraint and index includes shop_id, every index leads with it", async () => {
    const { rows } = await h.pool.query<{ table: string; index: string; cols: string[]; unique: boolean }>(`
      select t.relname as table, i.relname as index, ix.indisunique as unique,
             array(select a.attname from unnest(ix.indkey) with ordinality k(n, o)
                   join pg_attribute a on a.attrelid = t.oid and a.attnum = k.n order by k.o)::text[] as cols
        from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid
        join pg_namespace n on n.oid = t.relnamespace
       where n.nspname = 'public'`);
    const tables = new Set(await businessTables());
    for (const r of rows.filter((x) => tables.has(x.table))) {
      expect({ index: r.index, first: r.cols[0] }).toEqual({ index: r.index, first: "shop_id" });
    }
  });

  it("foreign keys between business tables include shop_id on both sides", async () => {
    const { rows } = await h.pool.query<{
      name: string;
      from: string;
      to: string;
      cols: string[];
      refcols: string[];
    }>(`
      select c.conname as name, c.conrelid::regclass::text as from, c.confrelid::regclass::text as to,
             array(select a.attname from unnest(c.conkey) k(n) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n)::text[] as cols,
             array(select a.attname from unnest(c.confkey) k(n) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n)::text[] as refcols
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where n.nspname = 'public' and c.contype = 'f'`);
    for (const fk of rows) {
      if (REFERENCE_TABLES.has(fk.to)) continue;
      // Local tables may reference each other; a business table must never reference one.
      if (LOCAL_TABLES.has(fk.from) && LOCAL_TABLES.has(fk.to)) continue;
      expect({ fk: fk.name, toLocal: LOCAL_TABLES.has(fk.to) }).toEqual({ fk: fk.name, toLocal: false });
      expect({ fk: fk.name, has: fk.cols.includes("shop_id") && fk.refcols.includes("shop_id") }).toEqual({
        fk: fk.name,
        has: true,
      });
    }
  });

  it("has no triggers on business tables", async () => {
    const { rows } = await h.pool.query(
      "select tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal",
    );
    expect(rows).toEqual([]);
  });
});
