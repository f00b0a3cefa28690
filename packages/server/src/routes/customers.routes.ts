/**
 * The customer archive: list and search, export, one customer's profile and its editing, the
 * audited unmask of their personal data, and erasure (PIPL). Every answer is masked except the unmask and an
 * export by a caller who also holds `pii:read`.
 */
import {
  AnonymiseCustomerInput,
  anonymiseCustomer,
  CustomerFilterInput,
  exportCustomers,
  getCustomer,
  ListCustomersInput,
  listCustomers,
  UpdateProfileInput,
  unmaskCustomer,
  updateCustomerProfile,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { requestLanguage } from "../plugins/problem-details.ts";
import {
  CustomerDetailSchema,
  CustomerListItemSchema,
  CustomerProfileSchema,
  UnmaskedCustomerSchema,
} from "./customers.schemas.ts";
import { IdParams } from "./schemas.ts";

const FILTERS_DESCRIPTION =
  "q: exact phone (any format), nick, email or other identity value, exact order number, or the start of a name. " +
  "Sorts are descending with the id as tie-breaker; customers without the value (no paid order, not analysed yet) come last.";

/** Register the /customers routes. */
export async function customerRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/customers",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["customers"],
        summary: "Live customers (masked), filtered, searched and sorted, by keyset pages",
        description: FILTERS_DESCRIPTION,
        querystring: ListCustomersInput,
        response: {
          200: z.object({ items: z.array(CustomerListItemSchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listCustomers(db, actor, actor.shopId, request.query);
    },
  );

  app.get(
    "/customers/export",
    {
      config: { access: "export" },
      schema: {
        tags: ["customers"],
        summary:
          "The filtered list as CSV (UTF-8 with BOM); masked unless the caller also holds pii:read; audited",
        description: FILTERS_DESCRIPTION,
        querystring: CustomerFilterInput,
        produces: ["text/csv"],
        response: { 200: z.string().describe("CSV, header in the caller's language (Accept-Language)") },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await exportCustomers(handle, actor, actor.shopId, request.query, {
        language: requestLanguage(request),
      });
      return (
        reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${result.filename}"`)
          .header("cache-control", "no-store")
          .header("x-laoke-masked", String(result.masked))
          // A stream is piped as it is; the string schema above only documents the body.
          .send(result.stream as unknown as string)
      );
    },
  );

  app.get(
    "/customers/:id",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["customers"],
        summary:
          "One customer: profile, identities, newest 50 orders with lines, metrics and predictions (masked)",
        params: IdParams,
        response: { 200: CustomerDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getCustomer(db, actor, actor.shopId, request.params.id);
    },
  );

  app.patch(
    "/customers/:id",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["customers"],
        summary:
          "Edit the profile of a live customer (null or blank clears a field); answers it masked; audited with the changed field names",
        description:
          "A phone or email typed here is profile data only: it does not add an identity, so it neither matches imports nor merges customers.",
        params: IdParams,
        body: UpdateProfileInput,
        response: { 200: CustomerProfileSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateCustomerProfile(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.post(
    "/customers/:id/unmask",
    {
      config: { access: "pii:read" },
      schema: {
        tags: ["customers"],
        summary:
          "The customer's name, phone, email, address and identities in clear; written to the audit log",
        params: IdParams,
        response: { 200: UnmaskedCustomerSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return unmaskCustomer(db, actor, actor.shopId, request.params.id);
    },
  );

  app.delete(
    "/customers/:id",
    {
      config: { access: "customers:delete" },
      schema: {
        tags: ["customers"],
        summary:
          "Erase the customer's personal data (PIPL): profile, identities, order receivers; orders stay for the accounts",
        params: IdParams,
        body: AnonymiseCustomerInput.nullish(),
        response: {
          200: z.object({
            customerId: z.number(),
            mergedCustomerIds: z.array(z.number()),
            orders: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return anonymiseCustomer(db, actor, actor.shopId, request.params.id, request.body ?? {});
    },
  );
}
