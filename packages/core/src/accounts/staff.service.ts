/**
 * Staff of a shop: create, invite, change role, deactivate, reset passwords. The shop owns the
 * customer data, not its staff: deactivating a member revokes their sessions and API keys in the
 * same transaction, and everything they wrote (notes, follow-ups) stays with the shop.
 */
import type { Database, StaffRole } from "@laoke/db";
import type { Kysely, Transaction } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Actor, Origin } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import * as repo from "./accounts.repository.ts";
import {
  AcceptInvitationInput,
  CreateStaffInput,
  InviteInput,
  ResetPasswordInput,
  UpdateMemberInput,
} from "./accounts.schema.ts";
import { hashPassword, newToken, parseToken, tokenHash, verifyPassword } from "./secrets.ts";

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

const INVITATION_DAYS = 7;
const RESET_HOURS = 24;

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
  return (await repo.listMembers(db, shopId)).map(toStaffMember);
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
    const sessions = await repo.revokeMemberSessions(trx, shopId, memberId);
    const apiKeys = await repo.revokeMemberApiKeys(trx, shopId, memberId);
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

/** An invitation as the API shows it; `token` only when just created. */
export interface StaffInvitation {
  id: number;
  email: string | null;
  phone: string | null;
  displayName: string | null;
  role: StaffRole;
  createdAt: Date;
  expiresAt: Date;
  token?: string;
}

/** Invite someone by email or phone; returns the one-time token for the link (shown once). */
export async function inviteStaff(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: InviteInput,
): Promise<StaffInvitation> {
  authorize(actor, "staff:manage", shopId);
  const v = parseInput(InviteInput, input);
  assertMayGrant(actor, v.role);
  const token = newToken("i", shopId);
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertInvitation(trx, {
      shop_id: shopId,
      email: v.email ?? null,
      phone: v.phone ?? null,
      display_name: v.displayName ?? null,
      role: v.role,
      token_hash: tokenHash(token),
      invited_by: actor.kind === "staff" ? actor.memberId : null,
      expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    });
    await recordAudit(trx, actor, {
      shopId,
      action: "staff.invited",
      targetType: "invitation",
      targetIds: [row.id],
      data: { role: v.role, login: v.email ?? v.phone },
    });
    return { ...toInvitation(row), token };
  });
}

/** Open invitations of the shop. */
export async function listInvitations(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
): Promise<StaffInvitation[]> {
  authorize(actor, "staff:manage", shopId);
  return (await repo.listOpenInvitations(db, shopId)).map(toInvitation);
}

/** Withdraw an open invitation. */
export async function revokeInvitation(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
): Promise<void> {
  authorize(actor, "staff:manage", shopId);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.revokeInvitation(trx, shopId, id))) throw new DomainError("not_found");
    await recordAudit(trx, actor, {
      shopId,
      action: "staff.invitation_revoked",
      targetType: "invitation",
      targetIds: [id],
    });
  });
}

/**
 * Accept an invitation. A new login gets an account with the given password; a login that
 * already has an account (staff of another shop) must give that account's password.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  input: AcceptInvitationInput,
  origin: Origin = {},
): Promise<StaffMember> {
  const v = parseInput(AcceptInvitationInput, input);
  const parsed = parseToken(v.token);
  if (parsed?.kind !== "i") throw new DomainError("invitation_invalid");
  const newHash = await hashPassword(v.password);
  return db.transaction().execute(async (trx) => {
    const inv = await repo.lockOpenInvitation(trx, parsed.shopId, tokenHash(v.token));
    if (!inv) throw new DomainError("invitation_invalid");
    const login = inv.email ?? inv.phone ?? "";
    let accountId: number;
    const existing = await repo.findAccountByLogin(trx, login);
    if (existing) {
      if (!(await verifyPassword(existing.password_hash, v.password)))
        throw new DomainError("invalid_credentials");
      accountId = existing.id;
    } else {
      const created = await repo.insertAccount(trx, {
        email: inv.email,
        phone: inv.phone,
        password_hash: newHash,
      });
      if (!created) throw new DomainError("login_taken", { login });
      accountId = created.id;
    }
    const displayName = v.displayName ?? inv.display_name ?? login;
    const member = await repo.insertMember(trx, {
      shop_id: inv.shop_id,
      account_id: accountId,
      display_name: displayName,
      role: inv.role,
    });
    if (!member) throw new DomainError("login_taken", { login });
    await repo.markInvitationAccepted(trx, inv.shop_id, inv.id, member.id);
    const joined = toStaffMember(
      (await repo.findMember(trx, inv.shop_id, member.id)) as NonNullable<repo.MemberRow>,
    );
    await recordAudit(trx, null, {
      shopId: inv.shop_id,
      action: "staff.joined",
      targetType: "staff",
      targetIds: [member.id],
      data: { invitationId: inv.id, role: inv.role },
      origin,
    });
    return joined;
  });
}

/**
 * Issue a one-time password-reset token for a member (an owner or admin hands it over, since
 * laoke sends no email yet). Valid for a day; using it signs the account out everywhere.
 */
export async function issuePasswordReset(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  memberId: number,
): Promise<{ token: string; expiresAt: Date }> {
  authorize(actor, "staff:manage", shopId);
  const token = newToken("r", 0);
  const expiresAt = new Date(Date.now() + RESET_HOURS * 3_600_000);
  await db.transaction().execute(async (trx) => {
    const member = await repo.findMember(trx, shopId, memberId);
    if (!member) throw new DomainError("not_found");
    assertMayGrant(actor, member.role);
    await repo.insertPasswordReset(trx, member.account_id, tokenHash(token), expiresAt);
    await recordAudit(trx, actor, {
      shopId,
      action: "staff.reset_issued",
      targetType: "staff",
      targetIds: [memberId],
    });
  });
  return { token, expiresAt };
}

/** Set a new password with a reset token; every session of the account ends. */
export async function resetPassword(
  db: Kysely<Database>,
  input: ResetPasswordInput,
  origin: Origin = {},
): Promise<void> {
  const v = parseInput(ResetPasswordInput, input);
  const parsed = parseToken(v.token);
  if (parsed?.kind !== "r") throw new DomainError("reset_invalid");
  const hash = await hashPassword(v.password);
  await db.transaction().execute(async (trx) => {
    const accountId = await repo.consumePasswordReset(trx, tokenHash(v.token));
    if (accountId === undefined) throw new DomainError("reset_invalid");
    await repo.updatePassword(trx, accountId, hash);
    await repo.revokeAccountSessions(trx, accountId);
    for (const m of await repo.membershipsOfAccount(trx, accountId)) {
      await recordAudit(trx, null, {
        shopId: m.shop_id,
        action: "auth.password_reset",
        targetType: "staff",
        targetIds: [m.id],
        origin,
      });
    }
  });
}

/** Only owners (and the local operator) may grant, change or remove the owner role. */
function assertMayGrant(actor: Actor, role: StaffRole): void {
  if (role !== "owner") return;
  if (actor.kind === "operator") return;
  if (actor.kind === "staff" && actor.role === "owner") return;
  throw new DomainError("forbidden", { permission: "owner" });
}

function toInvitation(r: {
  id: number;
  email: string | null;
  phone: string | null;
  display_name: string | null;
  role: StaffRole;
  created_at: Date;
  expires_at: Date;
}): StaffInvitation {
  return {
    id: r.id,
    email: r.email,
    phone: r.phone,
    displayName: r.display_name,
    role: r.role,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}
