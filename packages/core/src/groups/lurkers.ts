/**
 * Who is a lurker (潜水): a group member silent for `days` — no activity in the roster (最后发言)
 * and, when matched to a customer, no paid order (paid, shipped or completed) in that time.
 * Members who joined within the last `days` have not been there long enough and never count. The
 * segment field `lurker_in_group` (segments/compile.ts) tests the same three conditions.
 */
import { type RawBuilder, sql } from "kysely";

/** The lurker condition over a roster row aliased `m`. */
export function lurkerCondition(days: number): RawBuilder<boolean> {
  const since = sql`now() - make_interval(days => ${days}::int)`;
  return sql<boolean>`(
    (m.last_active_at is null or m.last_active_at < ${since})
    -- A day's precision is enough here: the server's calendar day, not the shop's.
    and (m.joined_at is null or m.joined_at <= (${since})::date)
    and not exists (
      select 1 from orders o
       where o.shop_id = m.shop_id and o.customer_id = m.customer_id
         and o.status in ('paid', 'shipped', 'completed') and o.ordered_at >= ${since}))`;
}
