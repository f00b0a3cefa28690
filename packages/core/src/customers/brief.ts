/**
 * The customer beside a row of another list (回访, a group's roster, a segment's joins and leaves):
 * the name, always masked (the customer page has the audited unmask), and the first platform nick
 * or id, shown as the customer page shows identities. The list selects it in its own query.
 */
import type { IdentityKind } from "@laoke/db";
import { type RawBuilder, sql } from "kysely";
import { maskIdentityValue, maskName } from "./masking.ts";

/** A customer as other lists name it: masked name and platform nick or id (`null` when unknown). */
export interface CustomerBrief {
  id: number;
  name: string | null;
  nick: string | null;
}

/** The brief's columns as `customerBriefSql` selects them. */
export interface CustomerBriefColumns {
  customer_name: string | null;
  customer_nick_kind: IdentityKind | null;
  customer_nick: string | null;
}

/**
 * Columns (`customer_name`, `customer_nick_kind`, `customer_nick`) and left joins summarising the
 * customer that `row` (an alias with `shop_id` and `customer_id`) references: a key lookup each.
 */
export function customerBriefSql(row: string): {
  columns: RawBuilder<unknown>;
  joins: RawBuilder<unknown>;
} {
  const shopId = sql.ref(`${row}.shop_id`);
  const customerId = sql.ref(`${row}.customer_id`);
  return {
    columns: sql`cs.name as customer_name, cn.kind as customer_nick_kind, cn.value as customer_nick`,
    joins: sql`left join customers cs on cs.shop_id = ${shopId} and cs.id = ${customerId}
      left join lateral (
        select i.kind, i.value from customer_identities i
         where i.shop_id = ${shopId} and i.customer_id = ${customerId}
           and i.kind in ('nick', 'platform_customer_id')
         order by i.kind = 'nick' desc, i.id
         limit 1) cn on true`,
  };
}

/** The brief of customer `id` from its selected columns (name masked). */
export function toCustomerBrief(id: number, r: CustomerBriefColumns): CustomerBrief {
  return {
    id,
    name: maskName(r.customer_name),
    nick:
      r.customer_nick_kind === null || r.customer_nick === null
        ? null
        : maskIdentityValue(r.customer_nick_kind, r.customer_nick),
  };
}
