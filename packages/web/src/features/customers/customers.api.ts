/** Queries of the customer pages: list pages (keyset cursors), one customer, unmask and erase. */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api, data, type GetResponse } from "../../api/client.ts";
import type { paths } from "../../api/schema.gen.ts";

export type CustomerFilters = NonNullable<paths["/api/v1/customers"]["get"]["parameters"]["query"]>;
export type CustomerPage = GetResponse<"/api/v1/customers">;
export type CustomerListItem = CustomerPage["items"][number];
export type CustomerDetail = GetResponse<"/api/v1/customers/{id}">;
export type Order = CustomerDetail["recentOrders"][number];

async function fetchPage(filters: CustomerFilters): Promise<CustomerPage> {
  return data(await api.GET("/api/v1/customers", { params: { query: filters } }));
}

/**
 * One page of the list. The next page is fetched as soon as this one arrives, so "next" is
 * instant; the previous page stays on screen while a new one loads (no flashing skeleton).
 */
export function useCustomerPage(filters: CustomerFilters) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ["customers", "list", filters],
    queryFn: () => fetchPage(filters),
    placeholderData: keepPreviousData,
  });
  const nextCursor = query.data?.nextCursor;
  useEffect(() => {
    if (!nextCursor) return;
    const next = { ...filters, cursor: nextCursor };
    void queryClient.prefetchQuery({ queryKey: ["customers", "list", next], queryFn: () => fetchPage(next) });
  }, [nextCursor, filters, queryClient]);
  return query;
}

/** One customer's archive (masked). */
export function useCustomer(id: number) {
  return useQuery({
    queryKey: ["customers", "detail", id],
    queryFn: async () => data(await api.GET("/api/v1/customers/{id}", { params: { path: { id } } })),
  });
}

/** The audited unmask. */
export async function unmaskCustomer(id: number) {
  return data(await api.POST("/api/v1/customers/{id}/unmask", { params: { path: { id } } }));
}

/** PIPL erasure. */
export async function eraseCustomer(id: number, reason: string | undefined) {
  return data(await api.DELETE("/api/v1/customers/{id}", { params: { path: { id } }, body: { reason } }));
}

/** The export URL for the current filters (a plain GET download with the session cookie). */
export function exportUrl(filters: CustomerFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "" && key !== "cursor" && key !== "limit")
      params.set(key, String(value));
  }
  const query = params.toString();
  return `/api/v1/customers/export${query ? `?${query}` : ""}`;
}
