/**
 * Customer groups (WeChat/QQ 群): the shop's list with roster and lurker counts (`customers:read`),
 * managed with `settings`; a group's roster paged, lurkers only or unmatched lines only
 * (`customers:read`, phones masked without `pii:read`); matching a line by hand (`customers:write`).
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { authorOf, isLiveCustomer } from "../archive/index.ts";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize, can } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import {
  type Group,
  type GroupMember,
  type GroupRow,
  type MemberRow,
  toGroup,
  toMember,
} from "./groups.mappers.ts";
import * as repo from "./groups.repository.ts";
import {
  CreateGroupInput,
  DEFAULT_LURKER_DAYS,
  ListGroupsInput,
  ListMembersInput,
  MatchMemberInput,
  UpdateGroupInput,
} from "./groups.schema.ts";

const DEFAULT_LIMIT = 50;

/** The shop's groups by name, each with its roster, matched and lurker counts (silent `days`, default 30). */
export async function listGroups(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: ListGroupsInput = {},
): Promise<Group[]> {
  authorize(actor, "customers:read", shopId);
  const days = parseInput(ListGroupsInput, input).days ?? DEFAULT_LURKER_DAYS;
  return (await repo.selectGroups(db, shopId, days)).map((r) => toGroup(r, days));
}

/** One group with its counts (lurkers silent for `days`, default DEFAULT_LURKER_DAYS). */
export async function getGroup(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  groupId: number,
  input: ListGroupsInput = {},
): Promise<Group> {
  authorize(actor, "customers:read", shopId);
  return readGroup(db, shopId, groupId, parseInput(ListGroupsInput, input).days ?? DEFAULT_LURKER_DAYS);
}

async function readGroup(
  db: repo.Db,
  shopId: number,
  id: number,
  days = DEFAULT_LURKER_DAYS,
): Promise<Group> {
  const row = (await repo.selectGroups(db, shopId, days, id))[0];
  if (!row) throw new DomainError("not_found");
  return toGroup(row as GroupRow, days);
}

/** Create a group; a name the shop uses already is `group_exists`. Audited. */
export async function createGroup(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: CreateGroupInput,
): Promise<Group> {
  authorize(actor, "settings", shopId);
  const v = parseInput(CreateGroupInput, input);
  return db.transaction().execute(async (trx) => {
    const values = { name: v.name, channel: v.channel ?? "wechat", description: v.description ?? null };
    const id = await repo.insertGroup(trx, shopId, values, authorOf(actor));
    if (id === undefined) throw new DomainError("group_exists", { name: v.name });
    await recordAudit(trx, actor, {
      shopId,
      action: "group.created",
      targetType: "group",
      targetIds: [id],
      data: { name: v.name, channel: values.channel },
    });
    return readGroup(trx, shopId, id);
  });
}

/** Rename a group, change its channel or description. Audited with the old and new name. */
export async function updateGroup(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  groupId: number,
  input: UpdateGroupInput,
): Promise<Group> {
  authorize(actor, "settings", shopId);
  const v = parseInput(UpdateGroupInput, input);
  return db.transaction().execute(async (trx) => {
    const before = await repo.findGroupHead(trx, shopId, groupId);
    if (!before) throw new DomainError("not_found");
    const change = {
      ...(v.name === undefined ? {} : { name: v.name }),
      ...(v.channel === undefined ? {} : { channel: v.channel }),
      ...(v.description === undefined ? {} : { description: v.description }),
    };
    const outcome = await repo.updateGroup(trx, shopId, groupId, change);
    if (outcome === "missing") throw new DomainError("not_found");
    if (outcome === "taken") throw new DomainError("group_exists", { name: v.name ?? before.name });
    await recordAudit(trx, actor, {
      shopId,
      action: "group.updated",
      targetType: "group",
      targetIds: [groupId],
      data: { from: before.name, name: v.name ?? before.name, fields: Object.keys(change) },
    });
    return readGroup(trx, shopId, groupId);
  });
}

/** Delete a group and its roster. Audited with its name and how many lines its roster had. */
export async function deleteGroup(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  groupId: number,
): Promise<{ id: number; members: number }> {
  authorize(actor, "settings", shopId);
  return db.transaction().execute(async (trx) => {
    const group = await repo.findGroupHead(trx, shopId, groupId);
    const members = group ? await repo.deleteGroup(trx, shopId, groupId) : undefined;
    if (!group || members === undefined) throw new DomainError("not_found");
    await recordAudit(trx, actor, {
      shopId,
      action: "group.deleted",
      targetType: "group",
      targetIds: [groupId],
      data: { name: group.name, members },
    });
    return { id: groupId, members };
  });
}

/** A page of a group's roster by id: everyone, lurkers only (`lurkers`, silent `days`), or unmatched lines only. */
export async function listGroupMembers(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  groupId: number,
  input: ListMembersInput = {},
): Promise<{ items: GroupMember[]; nextCursor: string | null; lurkerDays: number | null }> {
  authorize(actor, "customers:read", shopId);
  const v = parseInput(ListMembersInput, input);
  if (!(await repo.findGroupHead(db, shopId, groupId))) throw new DomainError("not_found");
  const limit = v.limit ?? DEFAULT_LIMIT;
  const after = v.cursor ? (decodeCursor(v.cursor, ["number"])[0] as number) : undefined;
  const lurkerDays = v.lurkers ? (v.days ?? DEFAULT_LURKER_DAYS) : undefined;
  const rows = await repo.selectMembers(
    db,
    shopId,
    groupId,
    { lurkerDays, unmatched: v.unmatched, afterId: after },
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const clear = can(actor, "pii:read", shopId);
  const last = page.at(-1);
  return {
    items: page.map((r) => toMember(r, clear)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
    lurkerDays: lurkerDays ?? null,
  };
}

/** Match a roster line to a live customer by hand, or unmatch it (`customerId: null`). */
export async function matchGroupMember(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  groupId: number,
  memberId: number,
  input: MatchMemberInput,
): Promise<GroupMember> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(MatchMemberInput, input);
  if (v.customerId !== null && !(await isLiveCustomer(db, shopId, v.customerId))) {
    throw new DomainError("invalid_input", { field: "customerId", value: String(v.customerId) });
  }
  if (!(await repo.setMemberCustomer(db, shopId, groupId, memberId, v.customerId))) {
    throw new DomainError("not_found");
  }
  const row = (await repo.selectMembers(db, shopId, groupId, {}, 1, memberId))[0] as MemberRow;
  return toMember(row, can(actor, "pii:read", shopId));
}
