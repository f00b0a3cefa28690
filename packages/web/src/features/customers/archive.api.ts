/**
 * The archive staff write into: the shop's tags, a customer's tags and notes, and profile edits.
 * Every write answers with fresh data, but the customer's detail document is refetched anyway so
 * its timeline, counts and masked profile always come from one place (the server).
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api, data, type GetResponse } from "../../api/client.ts";
import type { paths } from "../../api/schema.gen.ts";
import type { CustomerDetail } from "./customers.api.ts";

export type ShopTag = GetResponse<"/api/v1/tags">["items"][number];
export type CustomerTag = CustomerDetail["tags"][number];
export type Note = CustomerDetail["notes"][number];
export type ProfilePatch = NonNullable<
  paths["/api/v1/customers/{id}"]["patch"]["requestBody"]
>["content"]["application/json"];
type TagBody = paths["/api/v1/tags"]["post"]["requestBody"]["content"]["application/json"];
export type TagColor = NonNullable<TagBody["color"]>;

/** antd's preset colours the server accepts for a tag (core's TAG_COLORS; the web app cannot import core). */
export const TAG_COLORS: readonly TagColor[] = [
  "blue",
  "purple",
  "cyan",
  "green",
  "magenta",
  "pink",
  "red",
  "orange",
  "yellow",
  "volcano",
  "geekblue",
  "lime",
  "gold",
];

/** Query key of the shop's tag list (the settings page, the tag picker and the list filter share it). */
export const TAGS_KEY = ["tags"] as const;

/** The query key of one customer's archive (as useCustomer uses it). */
export const customerKey = (id: number) => ["customers", "detail", id] as const;

/** The shop's tags by name, with their customer counts. */
export function useShopTags(enabled = true) {
  return useQuery({
    queryKey: TAGS_KEY,
    queryFn: async () => data(await api.GET("/api/v1/tags")).items,
    enabled,
  });
}

/** A function that refetches what a write to customer `id` may have changed. */
export function useRefreshCustomer(id: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerKey(id) }),
      // Tag counts and the tag filter of the list change with tagging.
      queryClient.invalidateQueries({ queryKey: TAGS_KEY }),
      queryClient.invalidateQueries({ queryKey: ["customers", "list"] }),
    ]);
}

/** Create a manual tag (needs `settings`). */
export async function createTag(body: TagBody) {
  return data(await api.POST("/api/v1/tags", { body }));
}

/** Rename or recolour a tag (`color: null` clears it). */
export async function updateTag(id: number, body: { name?: string; color?: TagColor | null }) {
  return data(await api.PATCH("/api/v1/tags/{id}", { params: { path: { id } }, body }));
}

/** Delete a tag; answers how many customers lost it. */
export async function deleteTag(id: number) {
  return data(await api.DELETE("/api/v1/tags/{id}", { params: { path: { id } } }));
}

/** Give a customer a tag by hand (again is harmless). */
export async function tagCustomer(customerId: number, tagId: number) {
  return data(
    await api.POST("/api/v1/customers/{id}/tags", { params: { path: { id: customerId } }, body: { tagId } }),
  );
}

/** Take a hand-given tag off a customer (a rule's tag is refused as tag_is_automatic). */
export async function untagCustomer(customerId: number, tagId: number) {
  return data(
    await api.DELETE("/api/v1/customers/{id}/tags/{tagId}", {
      params: { path: { id: customerId, tagId } },
    }),
  );
}

/** Write a note on a customer. */
export async function addNote(customerId: number, body: string) {
  return data(
    await api.POST("/api/v1/customers/{id}/notes", { params: { path: { id: customerId } }, body: { body } }),
  );
}

/** Change a note's text (its author, or `settings`). */
export async function editNote(noteId: number, body: string) {
  return data(await api.PATCH("/api/v1/notes/{id}", { params: { path: { id: noteId } }, body: { body } }));
}

/** Delete a note (its author, or `settings`). */
export async function deleteNote(noteId: number) {
  return data(await api.DELETE("/api/v1/notes/{id}", { params: { path: { id: noteId } } }));
}

/** Change profile fields (omitted ones stay, null clears); answers the masked profile. */
export async function updateProfile(customerId: number, body: ProfilePatch) {
  return data(await api.PATCH("/api/v1/customers/{id}", { params: { path: { id: customerId } }, body }));
}
