/**
 * Product reviews (评价): a customer's reviews (`customers:read`), one typed in or deleted by staff,
 * and review exports imported while the request waits (`customers:write`; up to 10 files of at
 * most 20 MB: review exports are small, so no job is queued).
 */
import {
  AddReviewInput,
  addReview,
  createTranslator,
  deleteReview,
  getShopById,
  importReviews,
  ListReviewsInput,
  listReviews,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { requestLanguage } from "../plugins/problem-details.ts";
import { ReviewSchema } from "./archive.schemas.ts";
import { IdParams, isoDate } from "./schemas.ts";
import { RowRejectSchema, rejectsView, withMultipart, withUploadedFiles } from "./uploads.ts";

const translators = { "zh-CN": createTranslator("zh-CN"), en: createTranslator("en") };
const MAX_REVIEW_FILES = 10;

const ReviewImportSchema = z.object({
  inserted: z.number().describe("New reviews"),
  updated: z.number().describe("Known reviews with something new (an edited text, a reply, a 追评)"),
  unchanged: z.number().describe("Rows imported before as they are"),
  rejected: z.number(),
  rejects: z.array(RowRejectSchema).describe("The first 1000 rejected rows"),
});

/** Register the reviews routes. */
export async function reviewRoutes(app: App, deps: AppDeps): Promise<void> {
  await withMultipart(app, deps, MAX_REVIEW_FILES, (scope) => registerReviewRoutes(scope, deps));
}

function registerReviewRoutes(app: App, deps: AppDeps): void {
  const db = deps.handle.db;

  app.get(
    "/customers/:id/reviews",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["reviews"],
        summary: "A customer's reviews, newest first, by keyset pages",
        params: IdParams,
        querystring: ListReviewsInput,
        response: { 200: z.object({ items: z.array(ReviewSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listReviews(db, actor, actor.shopId, request.params.id, request.query);
    },
  );

  app.post(
    "/customers/:id/reviews",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["reviews"],
        summary: "Record a review the customer gave outside an export (a call, a chat)",
        params: IdParams,
        body: AddReviewInput.extend({ reviewedAt: isoDate.optional() }),
        response: { 201: ReviewSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.code(201).send(await addReview(db, actor, actor.shopId, request.params.id, request.body));
    },
  );

  app.delete(
    "/reviews/:id",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["reviews"],
        summary: "Delete a review staff typed in (an imported one is review_imported)",
        params: IdParams,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return deleteReview(db, actor, actor.shopId, request.params.id);
    },
  );

  app.post(
    "/reviews/imports",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["reviews"],
        summary: "Import review exports (multipart/form-data) and answer what they did",
        description:
          `Field \`files\`: up to ${MAX_REVIEW_FILES} Taobao/Tmall 评价 exports or generic sheets (order id, buyer, ` +
          "content, rating, time), CSV (UTF-8 or GB18030) or XLSX, 20 MB each. Imported while the request waits; " +
          "importing the same file again changes nothing. Rows whose buyer is no customer of the shop are rejected.",
        consumes: ["multipart/form-data"],
        response: { 200: ReviewImportSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const shop = await getShopById(db, actor.shopId);
      const result = await withUploadedFiles(
        request,
        deps,
        actor.shopId,
        { field: "files", maxFiles: MAX_REVIEW_FILES },
        (files) => importReviews(db, actor, { shop, files }),
      );
      return { ...result, rejects: rejectsView(translators[requestLanguage(request)], result.rejects) };
    },
  );
}
