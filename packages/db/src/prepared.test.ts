import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREPARED_MARKER } from "./prepared.ts";
import { createTestDatabase } from "./testing/database.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h?.dispose());

describe("prepared statements", () => {
  it("sends marked queries as named statements, once per connection, and others unnamed", async () => {
    await h.db.connection().execute(async (conn) => {
      const marked = (n: number) =>
        sql<{ x: number }>`${sql.raw(PREPARED_MARKER)}select ${n}::int as x`.execute(conn);
      expect((await marked(1)).rows).toEqual([{ x: 1 }]);
      expect((await marked(2)).rows).toEqual([{ x: 2 }]);
      await sql`select 3 as plain`.execute(conn);
      const { rows } = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements`.execute(conn);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.name).toMatch(/^lk_/);
      expect(rows[0]?.statement.startsWith(PREPARED_MARKER)).toBe(true);
    });
  });
});
