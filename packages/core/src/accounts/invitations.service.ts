/**
 * Invitations and password resets: one-time links. An invitation (7 days) lets someone join the
 * shop with a role; a reset link (24 hours, issued by an owner or admin because laoke sends no
 * email yet) sets a new password and ends every session of the account.
 */
import type { Database, StaffRole } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Actor, Origin } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import * as repo from "./accounts.repository.ts";
import { AcceptInvitationInput, InviteInput, ResetPasswordInput } from "./accounts.schema.ts";
import * as credentials from "./credentials.repository.ts";
import * as links from "./links.repository.ts";
import { hashPassword, newToken, parseToken, tokenHash, verifyPassword } from "./secrets.ts";
import { assertMayGrant, type StaffMember, toStaffMember } from "./staff.service.ts";

const INVITATION_DAYS = 7;
const RESET_HOURS = 24;

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
    const row = await links.insertInvitation(trx, {
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
  return (await links.listOpenInvitations(db, shopId)).map(toInvitation);
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
    if (!(await links.revokeInvitation(trx, shopId, id))) throw new DomainError("not_found");
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
  return db.transaction().execute(async (trx) => {
    const inv = await links.lockOpenInvitation(trx, parsed.shopId, tokenHash(v.token));
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
        // Hashed only for a new account: an existing one keeps its password (checked above).
        password_hash: await hashPassword(v.password),
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
    await links.markInvitationAccepted(trx, inv.shop_id, inv.id, member.id);
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
    await links.insertPasswordReset(trx, member.account_id, tokenHash(token), expiresAt);
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
    const accountId = await links.consumePasswordReset(trx, tokenHash(v.token));
    if (accountId === undefined) throw new DomainError("reset_invalid");
    await repo.updatePassword(trx, accountId, hash);
    await credentials.revokeAccountSessions(trx, accountId);
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
