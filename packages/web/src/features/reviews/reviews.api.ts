/**
 * Product reviews (评价): a customer's reviews by keyset pages, one typed in or deleted by staff,
 * and review exports imported while the request waits. Every write refetches the customer's
 * detail document (it carries the 10 newest), and the pages sit under its key so they follow.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { api, data } from "../../api/client.ts";
import type { paths } from "../../api/schema.gen.ts";
import { postFiles } from "../../app/upload.ts";
import { customerKey } from "../customers/archive.api.ts";
import type { CustomerDetail } from "../customers/customers.api.ts";

export type Review = CustomerDetail["reviews"][number];
export type AddReviewBody = NonNullable<
  paths["/api/v1/customers/{id}/reviews"]["post"]["requestBody"]
>["content"]["application/json"];
export type ReviewImportResult =
  paths["/api/v1/reviews/imports"]["post"]["responses"][200]["content"]["application/json"];

/** The server's limit of files per review import. */
export const MAX_REVIEW_FILES = 10;
const PAGE_SIZE = 20;

/** All of the customer's reviews by pages, fetched only once `enabled` (the detail has the newest). */
export function useReviewPages(customerId: number, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...customerKey(customerId), "reviews"],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      data(
        await api.GET("/api/v1/customers/{id}/reviews", {
          params: { path: { id: customerId }, query: { cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** Record a review the customer gave outside an export. */
export async function addReview(customerId: number, body: AddReviewBody) {
  return data(
    await api.POST("/api/v1/customers/{id}/reviews", { params: { path: { id: customerId } }, body }),
  );
}

/** Delete a review staff typed in (the server refuses imported ones with review_imported). */
export async function deleteReview(id: number) {
  return data(await api.DELETE("/api/v1/reviews/{id}", { params: { path: { id } } }));
}

/** Upload review exports; answers inserted/updated/unchanged/rejected and the first rejects. */
export function importReviews(files: readonly File[], onProgress?: (percent: number) => void) {
  return postFiles<ReviewImportResult>("/api/v1/reviews/imports", "files", files, onProgress);
}
