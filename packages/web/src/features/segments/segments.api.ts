/**
 * Queries and writes of the segment pages: the field catalogue, saved segments, the live count,
 * refresh, join/leave history and trend, and products and customer groups for the pickers. Members are the customer
 * list's (`GET /customers?segment=ID`), read through the customers feature.
 */
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api, data, type GetResponse } from "../../api/client.ts";
import type { paths } from "../../api/schema.gen.ts";
import type { FieldInfo } from "./fields.ts";
import type { RuleJson } from "./rule.ts";

/** A saved segment. */
export type Segment = GetResponse<"/api/v1/segments/{id}">;
/** One join or leave of a segment. */
export type SegmentEvent = GetResponse<"/api/v1/segments/{id}/events">["items"][number];
/** A product with its SKUs, as the pickers list them. */
export type Product = GetResponse<"/api/v1/products">["items"][number];
/** A customer group (WeChat/QQ 群), as the group picker lists it. */
export type CustomerGroup = GetResponse<"/api/v1/groups">["items"][number];
type CreateBody = paths["/api/v1/segments"]["post"]["requestBody"]["content"]["application/json"];
type UpdateBody = NonNullable<
  paths["/api/v1/segments/{id}"]["patch"]["requestBody"]
>["content"]["application/json"];

/** Query keys of this feature, so every write invalidates the same entries. */
export const KEYS = {
  all: ["segments"] as const,
  list: ["segments", "list"] as const,
  fields: ["segments", "fields"] as const,
  detail: (id: number) => ["segments", "detail", id] as const,
  count: (rule: string) => ["segments", "count", rule] as const,
  products: ["products"] as const,
  groups: ["groups", "list"] as const,
};

/** The field catalogue by name (it changes only with a server upgrade). */
export function useFieldCatalogue() {
  const query = useQuery({
    queryKey: KEYS.fields,
    queryFn: async () => data(await api.GET("/api/v1/segments/fields")).items,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const fields = useMemo(
    () => new Map<string, FieldInfo>((query.data ?? []).map((f) => [f.name, f])),
    [query.data],
  );
  return { query, fields };
}

/** The shop's live segments, newest first. */
export function useSegments() {
  return useQuery({
    queryKey: KEYS.list,
    queryFn: async () => data(await api.GET("/api/v1/segments")).items,
  });
}

/** One segment (not fetched while `enabled` is false). */
export function useSegment(id: number, enabled = true) {
  return useQuery({
    queryKey: KEYS.detail(id),
    queryFn: async () => data(await api.GET("/api/v1/segments/{id}", { params: { path: { id } } })),
    enabled,
  });
}

/** How many customers `rule` matches now; `rule` is its JSON text (the cache key), null to wait. */
export function useRuleCount(rule: string | null) {
  return useQuery({
    queryKey: KEYS.count(rule ?? ""),
    queryFn: async ({ signal }) =>
      data(
        await api.POST("/api/v1/segments/count", {
          body: { rule: JSON.parse(rule ?? "{}") as Record<string, unknown> },
          signal,
        }),
      ),
    enabled: rule !== null,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** Save a new segment. */
export async function createSegment(body: Omit<CreateBody, "rule"> & { rule: RuleJson }): Promise<Segment> {
  return data(await api.POST("/api/v1/segments", { body: body as CreateBody }));
}

/** Change a segment (a static one's rule cannot change). */
export async function updateSegment(
  id: number,
  body: Omit<UpdateBody, "rule"> & { rule?: RuleJson },
): Promise<Segment> {
  return data(
    await api.PATCH("/api/v1/segments/{id}", { params: { path: { id } }, body: body as UpdateBody }),
  );
}

/** Archive a segment. */
export async function archiveSegment(id: number): Promise<void> {
  await api.DELETE("/api/v1/segments/{id}", { params: { path: { id } } });
}

/** Recompute a dynamic segment's members now. */
export async function refreshSegment(id: number) {
  return data(await api.POST("/api/v1/segments/{id}/refresh", { params: { path: { id } } }));
}

/** The segment's join/leave history, newest first, a page at a time. */
export function useSegmentEvents(id: number) {
  return useInfiniteQuery({
    queryKey: [...KEYS.detail(id), "events"],
    queryFn: async ({ pageParam }) =>
      data(
        await api.GET("/api/v1/segments/{id}/events", {
          params: { path: { id }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: "",
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Joins and leaves per day over the last `days` days (days without changes are missing). */
export function useSegmentTrend(id: number, days: number) {
  return useQuery({
    queryKey: [...KEYS.detail(id), "trend", days],
    queryFn: async () =>
      data(await api.GET("/api/v1/segments/{id}/trend", { params: { path: { id }, query: { days } } })).items,
  });
}

/** Products whose title or merchant code contains `q` (the newest without one). */
export function useProductSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEYS.products, "search", q],
    queryFn: async ({ signal }) =>
      data(await api.GET("/api/v1/products", { params: { query: { q: q || undefined, limit: 20 } }, signal }))
        .items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The products of these product ids and SKU ids (names of a rule's chosen values). */
export function useProductsByIds(ids: readonly number[], skuIds: readonly number[]) {
  const key = { ids: [...ids].sort((a, b) => a - b), skuIds: [...skuIds].sort((a, b) => a - b) };
  return useQuery({
    queryKey: [...KEYS.products, "ids", key],
    queryFn: async () =>
      data(
        await api.GET("/api/v1/products", {
          params: {
            query: {
              ...(key.ids.length ? { ids: key.ids.join(",") } : {}),
              ...(key.skuIds.length ? { skuIds: key.skuIds.join(",") } : {}),
            },
          },
        }),
      ).items,
    enabled: key.ids.length + key.skuIds.length > 0,
    staleTime: 5 * 60_000,
  });
}

/** The shop's customer groups by name (for the group picker and to name a rule's group ids). */
export function useCustomerGroups(enabled = true) {
  return useQuery({
    queryKey: KEYS.groups,
    queryFn: async () => data(await api.GET("/api/v1/groups")).items,
    enabled,
    staleTime: 60_000,
  });
}
