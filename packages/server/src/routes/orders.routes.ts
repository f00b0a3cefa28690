/** Orders: a page newest first with filters, and one order, with lines; receivers masked. */
import { getOrder, listOrders, ORDER_STATUSES } from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { OrderSchema } from "./customers.schemas.ts";
import { IdParams, isoDate, PageQuery } from "./schemas.ts";

const OrdersQuery = PageQuery.extend({
  customerId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  q: z.string().trim().min(1).max(100).optional().describe("An order number (exact)"),
  status: z.enum(ORDER_STATUSES).optional(),
  platform: z.string().trim().min(1).max(32).optional(),
  from: isoDate.optional().describe("Ordered at or after (inclusive)"),
  to: isoDate.optional().describe("Ordered before (exclusive)"),
});

/** Register the /orders routes. */
export async function orderRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/orders",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["orders"],
        summary: "The shop's orders newest first, with lines (receivers masked), by keyset pages",
        querystring: OrdersQuery,
        response: { 200: z.object({ items: z.array(OrderSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listOrders(db, actor, actor.shopId, request.query);
    },
  );

  app.get(
    "/orders/:id",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["orders"],
        summary: "One order with its lines (receiver masked)",
        params: IdParams,
        response: { 200: OrderSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getOrder(db, actor, actor.shopId, request.params.id);
    },
  );
}
