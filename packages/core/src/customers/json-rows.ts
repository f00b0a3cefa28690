/**
 * Rows as one JSON document. node-postgres decodes every column of every row in JavaScript
 * (about a microsecond per value on a small server); asking PostgreSQL for one JSON value and
 * parsing it with JSON.parse costs a fraction of that, which is what keeps the customer list and
 * detail under their latency targets at 500 requests/s (bench/api).
 */
import { type Database, PREPARED_MARKER } from "@laoke/db";
import { type Kysely, type RawBuilder, sql } from "kysely";

// Timestamps arrive as ISO strings inside JSON; every timestamptz column of laoke is named *_at
// (or as_of), and no other column is: those become Dates like node-postgres would make them.
const TIMESTAMP_KEY = /(_at|^as_of)$/;

/** Turn the timestamp fields of a row parsed from JSON into Dates (in place). */
export function reviveTimestamps<T>(row: T): T {
  if (row === null || typeof row !== "object") return row;
  const r = row as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    const v = r[key];
    if (typeof v === "string" && TIMESTAMP_KEY.test(key)) r[key] = new Date(v);
  }
  return row;
}

/**
 * Run `query` and return its rows, in its order, fetched as one JSON array. `prepared` sends it as
 * a named statement (see @laoke/db prepared.ts): only for fixed-shape SQL with explicit columns.
 */
export async function queryAsJsonRows<R>(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  options: { prepared?: boolean } = {},
): Promise<R[]> {
  const marker = sql.raw(options.prepared ? PREPARED_MARKER : "");
  // row_number() over () numbers the rows in the order the (sorted, limited) subquery yields them.
  const { rows } = await sql<{
    rows: R[];
  }>`${marker}select coalesce(json_agg(p order by p.row_no), '[]'::json) as rows
      from (select x.*, row_number() over () as row_no from (${query}) x) p`.execute(db);
  const out = rows[0]?.rows ?? [];
  for (const r of out) reviveTimestamps(r);
  return out;
}
