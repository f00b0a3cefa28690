/**
 * Named (server-side prepared) statements for the hot fixed-shape queries. PostgreSQL plans an
 * unnamed statement on every execution; for the customer list that planning costs about as much
 * as running it. A query opts in by starting with PREPARED_MARKER (sql`${PREPARED}select …`):
 * Kysely's driver then sends it with a name derived from its text, so each pooled connection
 * parses and plans it once and PostgreSQL may switch to a cached generic plan. Opt-in only, so the
 * number of prepared statements per connection stays bounded by the code's query shapes — never
 * use it for SQL whose text varies with data (IN lists, inlined values).
 */
import { createHash } from "node:crypto";
import type pg from "pg";

/** The comment that marks a query as one to prepare. */
export const PREPARED_MARKER = "/*laoke:prepared*/";

function statementName(text: string): string {
  return `lk_${createHash("sha1").update(text).digest("base64url").slice(0, 20)}`;
}

/**
 * A pool for Kysely whose clients send marked queries as named statements. Everything else
 * (transactions, COPY, plain queries) passes straight through to the real pool.
 */
export function preparingPool(pool: pg.Pool): pg.Pool {
  return new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop !== "connect") return Reflect.get(target, prop, receiver);
      return async () => {
        const client = await target.connect();
        return new Proxy(client, {
          get(c, p, r) {
            if (p !== "query") return Reflect.get(c, p, r);
            const query = c.query.bind(c) as (...a: unknown[]) => unknown;
            return (text: unknown, ...rest: unknown[]) =>
              typeof text === "string" && text.startsWith(PREPARED_MARKER)
                ? query({ name: statementName(text), text, values: rest[0] }, ...rest.slice(1))
                : query(text, ...rest);
          },
        });
      };
    },
  });
}
