/**
 * Customer groups (WeChat/QQ 群): the list with roster, matched and lurker counts, groups managed
 * with `settings`, a roster upload that replaces the group's member list, its members by keyset
 * pages and hand matches. Everything sits under the `groups` key (the segment builder's group
 * picker too), so one invalidation refreshes every view of them.
 */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, data, type GetResponse } from "../../api/client.ts";
import type { paths } from "../../api/schema.gen.ts";
import { postFiles } from "../../app/upload.ts";
import { type MemberFilter, memberQuery } from "./groups.logic.ts";

export type Group = GetResponse<"/api/v1/groups">["items"][number];
export type GroupChannel = Group["channel"];
export type Member = GetResponse<"/api/v1/groups/{id}/members">["items"][number];
export type Candidate = GetResponse<"/api/v1/customers">["items"][number];
export type GroupBody = paths["/api/v1/groups"]["post"]["requestBody"]["content"]["application/json"];
export type RosterResult =
  paths["/api/v1/groups/{id}/roster"]["post"]["responses"][200]["content"]["application/json"];

export const GROUPS_KEY = ["groups"] as const;
const PAGE_SIZE = 50;

/** The shop's groups by name, lurkers counted for `days` of silence. */
export function useGroups(days: number) {
  return useQuery({
    queryKey: [...GROUPS_KEY, "page", days],
    queryFn: async () => data(await api.GET("/api/v1/groups", { params: { query: { days } } })).items,
    placeholderData: keepPreviousData,
  });
}

/** One group, lurkers counted for `days` of silence (a 404 for a missing or foreign id). */
export function useGroup(id: number, days: number, enabled: boolean) {
  return useQuery({
    queryKey: [...GROUPS_KEY, "one", id, days],
    queryFn: async () =>
      data(await api.GET("/api/v1/groups/{id}", { params: { path: { id }, query: { days } } })),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

/** One page of a group's members (the previous page stays on screen while the next loads). */
export function useMembers(groupId: number, filter: MemberFilter, days: number, cursor: string | undefined) {
  return useQuery({
    queryKey: [...GROUPS_KEY, "members", groupId, filter, days, cursor ?? null],
    queryFn: async () =>
      data(
        await api.GET("/api/v1/groups/{id}/members", {
          params: {
            path: { id: groupId },
            query: { ...memberQuery(filter, days), cursor, limit: PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A function that refetches the group lists, counts and member pages. */
export function useRefreshGroups() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: GROUPS_KEY });
}

/** Create a group (needs `settings`; a taken name is group_exists). */
export async function createGroup(body: GroupBody) {
  return data(await api.POST("/api/v1/groups", { body }));
}

/** Rename a group or change its channel or description. */
export async function updateGroup(id: number, body: Partial<GroupBody>) {
  return data(await api.PATCH("/api/v1/groups/{id}", { params: { path: { id } }, body }));
}

/** Delete a group and its roster. */
export async function deleteGroup(id: number) {
  return data(await api.DELETE("/api/v1/groups/{id}", { params: { path: { id } } }));
}

/** Replace the group's roster with an uploaded member list; answers what changed. */
export function importRoster(groupId: number, file: File, onProgress?: (percent: number) => void) {
  return postFiles<RosterResult>(`/api/v1/groups/${groupId}/roster`, "file", [file], onProgress);
}

/** Match a roster line to a customer by hand, or unmatch it with null. */
export async function matchMember(groupId: number, memberId: number, customerId: number | null) {
  return data(
    await api.PATCH("/api/v1/groups/{id}/members/{memberId}", {
      params: { path: { id: groupId, memberId } },
      body: { customerId },
    }),
  );
}

/** Customers found by phone, nick, order number or a name's start (masked), for matching by hand. */
export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: ["customers", "search", q],
    queryFn: async () =>
      data(await api.GET("/api/v1/customers", { params: { query: { q, limit: 10 } } })).items,
    enabled: q.length > 0,
  });
}
