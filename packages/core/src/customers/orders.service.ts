/** Reading orders: a page newest first with filters, and one order; receivers masked. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import { type Order, toOrder } from "./customers.mappers.ts";
import { ListOrdersInput, type ListOrdersInput as ListOrdersInputType } from "./customers.schema.ts";
import { liveCustomer } from "./customers.service.ts";
import { findOrderRow, listOrderRows } from "./orders.repository.ts";

const DEFAULT_LIMIT = 50;

/**
 * A page of the shop's orders, newest first. `q` is an order number; `from` is inclusive, `to`
 * exclusive. A `customerId` that is not a live customer of the shop answers `not_found`.
 */
export async function listOrders(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: ListOrdersInputType,
): Promise<{ items: Order[]; nextCursor: string | null }> {
  authorize(actor, "customers:read", shopId);
  const v = parseInput(ListOrdersInput, input);
  if (v.customerId !== undefined) await liveCustomer(db, shopId, v.customerId);
  const limit = v.limit ?? DEFAULT_LIMIT;
  const after = v.cursor ? decodeCursor(v.cursor, ["timestamp", "number"]) : null;
  const rows = await listOrderRows(
    db,
    shopId,
    {
      customerId: v.customerId,
      externalId: v.q,
      status: v.status,
      platform: v.platform,
      from: v.from,
      to: v.to,
    },
    after ? { at: after[0] as string, id: after[1] as number } : null,
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toOrder),
    nextCursor: rows.length > limit && last ? encodeCursor([last.ordered_key, last.id]) : null,
  };
}

/** One order of the shop with its lines (masked receiver), or `not_found`. */
export async function getOrder(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  orderId: number,
): Promise<Order> {
  authorize(actor, "customers:read", shopId);
  const row = await findOrderRow(db, shopId, orderId);
  if (!row) throw new DomainError("not_found");
  return toOrder(row);
}
