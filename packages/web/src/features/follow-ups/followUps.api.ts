/**
 * Queries and writes of follow-up visits (回访): the page's lists by tab, the reminder badge
 * (refreshed every minute), the staff who can be assignees, and the four writes. After a write
 * both the lists and the customer's archive (its follow-ups card and timeline) are refetched.
 */
import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, data, type GetResponse } from "../../api/client.ts";
import { useSession } from "../../app/session.tsx";
import {
  type CompleteBody,
  type FollowUpTab,
  type ScheduleBody,
  tabQuery,
  type UpdateBody,
} from "./followUps.logic.ts";

export type FollowUp = GetResponse<"/api/v1/follow-ups">["items"][number];
export type StaffMember = GetResponse<"/api/v1/staff">["items"][number];

/** Prefix of every follow-up query (lists and the badge). */
export const FOLLOW_UPS_KEY = ["follow-ups"] as const;
const PAGE_SIZE = 50;

/** One tab of the 回访 page by keyset pages ("load more"). */
export function useFollowUpList(tab: FollowUpTab, assigneeMemberId: number | undefined) {
  const query = tabQuery(tab, assigneeMemberId);
  return useInfiniteQuery({
    queryKey: [...FOLLOW_UPS_KEY, "list", query],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      data(
        await api.GET("/api/v1/follow-ups", {
          params: { query: { ...query, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Overdue and due-today counts (mine, and the shop's for owners and admins), every minute. */
export function useFollowUpSummary() {
  return useQuery({
    queryKey: [...FOLLOW_UPS_KEY, "summary"],
    queryFn: async () => data(await api.GET("/api/v1/follow-ups/summary")),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}

/**
 * Active staff who may be assigned a visit. The same cache as the staff page (key ["staff"]);
 * a caller who may not list staff gets an empty list and the forms offer only "me".
 */
export function useAssignees() {
  const session = useSession();
  return useQuery({
    queryKey: ["staff"],
    queryFn: async () => data(await api.GET("/api/v1/staff")).items,
    enabled: session.can("customers:read"),
    select: (members: StaffMember[]) => members.filter((m) => m.status === "active"),
    retry: false,
  });
}

/** Refetch the follow-up lists, the badge and customer `customerId`'s archive. */
export function useRefreshFollowUps() {
  const queryClient = useQueryClient();
  return (customerId: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: FOLLOW_UPS_KEY }),
      queryClient.invalidateQueries({ queryKey: ["customers", "detail", customerId] }),
    ]);
}

/** Schedule a visit. */
export async function scheduleFollowUp(body: ScheduleBody) {
  return data(await api.POST("/api/v1/follow-ups", { body }));
}

/** Reschedule, reassign or reword an open visit. */
export async function updateFollowUp(id: number, body: UpdateBody) {
  return data(await api.PATCH("/api/v1/follow-ups/{id}", { params: { path: { id } }, body }));
}

/** Record an open visit's outcome (it is done then). */
export async function completeFollowUp(id: number, body: CompleteBody) {
  return data(await api.POST("/api/v1/follow-ups/{id}/complete", { params: { path: { id } }, body }));
}

/** Cancel an open visit. */
export async function cancelFollowUp(id: number) {
  return data(await api.POST("/api/v1/follow-ups/{id}/cancel", { params: { path: { id } } }));
}
