/**
 * Tags: the shop's list (managed with `settings`), tagging one customer or up to 1000 at once
 * (`customers:write`). Tagging is idempotent; automatic (rule) tags are refused by hand.
 */
import {
  BulkTagInput,
  CreateTagInput,
  createTag,
  deleteTag,
  listCustomerTags,
  listTags,
  tagCustomer,
  tagCustomers,
  UpdateTagInput,
  untagCustomer,
  updateTag,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { CustomerTagSchema, TagSchema } from "./archive.schemas.ts";
import { IdParams } from "./schemas.ts";

const CustomerTagsSchema = z.object({ items: z.array(CustomerTagSchema) });
const CustomerTagParams = IdParams.extend({ tagId: IdParams.shape.id });

/** Register the /tags routes and the tags of one customer. */
export async function tagRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/tags",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["tags"],
        summary: "The shop's tags by name, with how many live customers carry each",
        response: { 200: z.object({ items: z.array(TagSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listTags(db, actor, actor.shopId) };
    },
  );

  app.post(
    "/tags",
    {
      config: { access: "settings" },
      schema: {
        tags: ["tags"],
        summary: "Create a manual tag (name unique in the shop; audited)",
        body: CreateTagInput,
        response: { 201: TagSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.code(201).send(await createTag(db, actor, actor.shopId, request.body));
    },
  );

  app.patch(
    "/tags/:id",
    {
      config: { access: "settings" },
      schema: {
        tags: ["tags"],
        summary: "Rename or recolour a tag (color null clears it; audited)",
        params: IdParams,
        body: UpdateTagInput,
        response: { 200: TagSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateTag(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.delete(
    "/tags/:id",
    {
      config: { access: "settings" },
      schema: {
        tags: ["tags"],
        summary: "Delete a tag and take it off every customer (audited)",
        params: IdParams,
        response: { 200: z.object({ id: z.number(), customers: z.number() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return deleteTag(db, actor, actor.shopId, request.params.id);
    },
  );

  app.post(
    "/tags/:id/customers",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["tags"],
        summary:
          "Tag up to 1000 customers; ids that are not live customers of the shop are skipped (audited)",
        params: IdParams,
        body: BulkTagInput,
        response: {
          200: z.object({
            tagged: z.number().describe("Tagged now"),
            unchanged: z.number().describe("Carried the tag already"),
            skipped: z.array(z.number()).describe("Not live customers of the shop"),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return tagCustomers(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.get(
    "/customers/:id/tags",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["tags"],
        summary: "A customer's tags, who gave each and when",
        params: IdParams,
        response: { 200: CustomerTagsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listCustomerTags(db, actor, actor.shopId, request.params.id) };
    },
  );

  app.post(
    "/customers/:id/tags",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["tags"],
        summary: "Tag a customer by hand (again: nothing changes); answers the customer's tags",
        params: IdParams,
        body: z.strictObject({ tagId: IdParams.shape.id }),
        response: { 200: CustomerTagsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await tagCustomer(db, actor, actor.shopId, request.params.id, request.body.tagId) };
    },
  );

  app.delete(
    "/customers/:id/tags/:tagId",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["tags"],
        summary: "Take a hand-given tag off a customer (a rule-given one is tag_is_automatic)",
        params: CustomerTagParams,
        response: { 200: CustomerTagsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        items: await untagCustomer(db, actor, actor.shopId, request.params.id, request.params.tagId),
      };
    },
  );
}
