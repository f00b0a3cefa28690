/**
 * Staff of a shop: create, list, change role, deactivate and reactivate (invitations and
 * password resets are in invitations.service.ts). The shop owns the
 * customer data, not its staff: deactivating a member revokes their sessions and API keys in the
 * same transaction, and everything they wrote (notes, follow-ups) stays with the shop.
 */
import type { Database, StaffRole } from "@laoke/db";
import type { Kysely, Transaction } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize, can } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import * as repo from "./accounts.repository.ts";
import { CreateStaffInput, UpdateMemberInput } from "./accounts.schema.ts";
import * as credentials from "./credentials.repository.ts";
import { hashPassword } from "./secrets.ts";

/** A staff member as the API shows it. */
export interface StaffMember {
  id: number;
  shopId: number;
  accountId: number;
  displayName: string;
  role: StaffRole;
  status: "active" | "deactivated";
  email: string | null;
  phone: string | null;
  createdAt: Date;
  deactivatedAt: Date | null;
  lastLoginAt: Date | null;
}

/** Map a joined member row. */
export function toStaffMember(r: NonNullable<repo.MemberRow>): StaffMember {
  return {
    id: r.id,
    shopId: r.shop_id,
    accountId: r.account_id,
    displayName: r.display_name,
    role: r.role,
    status: r.status,
    email: r.email,
    phone: r.phone,
    createdAt: r.created_at,
    deactivatedAt: r.deactivated_at,
    lastLoginAt: r.last_login_at,
  };
}

/** Create an account with a password and add it to the shop (`laoke user create`, owners). */
export async function createStaffMember(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: CreateStaffInput,
): Promise<StaffMember> {
  authorize(actor, "staff:manage", shopId);
  const v = parseInput(CreateStaffInput, input);
  assertMayGrant(actor, v.role);
  const passwordHash = await hashPassword(v.password);
  return db.transaction().execute(async (trx) => {
    const account = await repo.insertAccount(trx, {
      email: v.email ?? null,
      phone: v.phone ?? null,
      password_hash: passwordHash,
    });
    if (!account) throw new DomainError("login_taken", { login: v.email ?? v.phone ?? "" });
    const displayName = v.displayName ?? v.email ?? v.phone ?? "";
    const member = await repo.insertMember(trx, {
      shop_id: shopId,
      account_id: account.id,
      display_name: displayName,
      role: v.role,
    });
    if (!member) throw new DomainError("login_taken", { login: displayName });
    await recordAudit(trx, actor, {
      shopId,
      action: "staff.created",
      targetType: "staff",
      targetIds: [member.id],
      data: { role: v.role, login: v.email ?? v.phone },
    });
    return toStaffMember((await repo.findMember(trx, shopId, member.id)) as NonNullable<repo.MemberRow>);
  });
}

/** The staff of a shop. Every staff member may see who works there. */
export async function listStaff(db: Kysely<Database>, actor: Actor, shopId: number): Promise<StaffMember[]> {
  authorize(actor, "customers:read", shopId);
  const members = (await repo.listMembers(db, shopId)).map(toStaffMember);
  // Everyone may see who works here (to assign a follow-up visit); only those who manage staff
  // see their colleagues' logins (e-mail, phone).
  if (can(actor, "staff:manage", shopId)) return members;
  return members.map((m) => ({ ...m, email: null, phone: null }));
}

/**
 * Change one member in a transaction: load it (another shop's or an unknown id is `not_found`),
 * let `change` act on it, and answer the member as it is afterwards.
 */
async function changeMember(
  db: Kysely<Database>,
  shopId: number,
  memberId: number,
  change: (trx: Transaction<Database>, member: NonNullable<repo.MemberRow>) => Promise<void>,
): Promise<StaffMember> {
  return db.transaction().execute(async (trx) => {
    const member = await repo.findMember(trx, shopId, memberId);
    if (!member) throw new DomainError("not_found");
    await change(trx, member);
    return toStaffMember((await repo.findMember(trx, shopId, memberId)) as NonNullable<repo.MemberRow>);
  });
}

/** Change a member's role or display name. Only owners grant or take away the owner role. */
export async function updateStaffMember(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  memberId: number,
  input: UpdateMemberInput,
): Promise<StaffMember> {
  authorize(actor, "staff:manage", shopId);
  const v = parseInput(UpdateMemberInput, input);
  return changeMember(db, shopId, memberId, async (trx, member) => {
    if (v.role && v.role !== member.role) {
      assertMayGrant(actor, v.role);
      assertMayGrant(actor, member.role);
      if (member.role === "owner" && (await repo.countActiveOwners(trx, shopId)) <= 1) {
        throw new DomainError("last_owner");
      }
    }
    await repo.updateMember(trx, shopId, memberId, {
      ...(v.role ? { role: v.role } : {}),
      ...(v.displayName ? { display_name: v.displayName } : {}),
    });
    if (v.role && v.role !== member.role) {
      await recordAudit(trx, actor, {
        shopId,
        action: "staff.role_changed",
        targetType: "staff",
        targetIds: [memberId],
        data: { from: member.role, to: v.role },
      });
    }
  });
}

/** Deactivate a member: their sessions and API keys stop working at once. */
export async function deactivateStaffMember(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  memberId: number,
): Promise<StaffMember> {
  authorize(actor, "staff:manage", shopId);
  return changeMember(db, shopId, memberId, async (trx, member) => {
    assertMayGrant(actor, member.role);
    if (
      member.status === "active" &&
      member.role === "owner" &&
      (await repo.countActiveOwners(trx, shopId)) <= 1
    ) {
      throw new DomainError("last_owner");
    }
    await repo.updateMember(trx, shopId, memberId, { status: "deactivated" });
    const sessions = await credentials.revokeMemberSessions(trx, shopId, memberId);
    const apiKeys = await credentials.revokeMemberApiKeys(trx, shopId, memberId);
    await recordAudit(trx, actor, {
      shopId,
      action: "staff.deactivated",
      targetType: "staff",
      targetIds: [memberId],
      data: { revokedSessions: sessions, revokedApiKeys: apiKeys },
    });
  });
}

/** Let a deactivated member sign in again (their old sessions and keys stay revoked). */
export async function reactivateStaffMember(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  memberId: number,
): Promise<StaffMember> {
  authorize(actor, "staff:manage", shopId);
  return changeMember(db, shopId, memberId, async (trx, member) => {
    assertMayGrant(actor, member.role);
    await repo.updateMember(trx, shopId, memberId, { status: "active" });
    await recordAudit(trx, actor, {
      shopId,
      action: "staff.reactivated",
      targetType: "staff",
      targetIds: [memberId],
    });
  });
}

/** Only owners (and the local operator) may grant, change or remove the owner role. */
export function assertMayGrant(actor: Actor, role: StaffRole): void {
  if (role !== "owner") return;
  if (actor.kind === "operator") return;
  if (actor.kind === "staff" && actor.role === "owner") return;
  throw new DomainError("forbidden", { permission: "owner" });
}
