/**
 * Signing in and recognising callers. A login checks the argon2id hash, counts failures and locks
 * the account for 15 minutes after 5 in a row (per-IP throttling is the server's rate limiter);
 * every success, failure and lockout is audited in each shop the account works for. A session is
 * a random token in an httpOnly cookie; only its SHA-256 digest is stored.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { ApiKeyActor, Origin, StaffActor } from "../shared/actor.ts";
import { DomainError } from "../shared/errors.ts";
import { isPermission, ROLE_PERMISSIONS } from "../shared/permissions.ts";
import { parseInput } from "../shared/validate.ts";
import type { Shop } from "../shops/index.ts";
import { getShopById } from "../shops/index.ts";
import * as repo from "./accounts.repository.ts";
import { ChangePasswordInput, LoginInput } from "./accounts.schema.ts";
import * as credentials from "./credentials.repository.ts";
import {
  csrfTokenFor,
  hashPassword,
  newToken,
  parseToken,
  tokenHash,
  verifyDecoy,
  verifyPassword,
} from "./secrets.ts";
import { type StaffMember, toStaffMember } from "./staff.service.ts";

/** Failures in a row before the account locks. */
export const MAX_FAILED_LOGINS = 5;
/** How long a lockout lasts. */
export const LOCK_MINUTES = 15;
/** How long a session lives. */
export const SESSION_DAYS = 7;
// last_seen_at / last_used_at are written at most this often, not on every request.
const TOUCH_EVERY_MS = 60_000;

/** A successful login: the session token for the cookie and the CSRF token for headers. */
export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  user: StaffMember;
  shop: Shop;
}

/** Sign in with email (or phone) and password, into `shop` (slug) or the account's first shop. */
export async function login(
  db: Kysely<Database>,
  input: LoginInput,
  origin: Origin = {},
): Promise<LoginResult> {
  const v = parseInput(LoginInput, input);
  const loginName = v.email ?? v.phone;
  if (!loginName) throw new DomainError("invalid_input", { field: "email", value: "" });
  const account = await repo.findAccountByLogin(db, loginName);
  if (!account) {
    await verifyDecoy(v.password);
    throw new DomainError("invalid_credentials");
  }
  const memberships = await repo.membershipsOfAccount(db, account.id);
  if (account.locked_until && account.locked_until > new Date()) {
    await auditAll(db, memberships, "auth.login_failed", origin, { login: loginName, reason: "locked" });
    throw new DomainError("account_locked", { minutes: minutesUntil(account.locked_until) });
  }
  if (!(await verifyPassword(account.password_hash, v.password))) {
    const after = await repo.recordFailedLogin(db, account.id, MAX_FAILED_LOGINS, LOCK_MINUTES);
    const locked = after.locked_until !== null && after.locked_until > new Date();
    await auditAll(db, memberships, locked ? "auth.locked" : "auth.login_failed", origin, {
      login: loginName,
      reason: "password",
      failures: after.failed_logins,
    });
    if (locked) throw new DomainError("account_locked", { minutes: LOCK_MINUTES });
    throw new DomainError("invalid_credentials");
  }
  const member = memberships.find(
    (m) => m.status === "active" && (v.shop === undefined || m.shop_slug === v.shop),
  );
  if (!member) throw new DomainError("invalid_credentials");
  await repo.recordSuccessfulLogin(db, account.id);
  const sessionToken = newToken("s", member.shop_id);
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const session = await credentials.insertSession(db, {
    shop_id: member.shop_id,
    member_id: member.id,
    token_hash: tokenHash(sessionToken),
    ip: origin.ip ?? null,
    user_agent: origin.userAgent?.slice(0, 500) ?? null,
    expires_at: expiresAt,
  });
  const actor = staffActor(
    member.shop_id,
    { ...member, member_id: member.id, session_id: session.id },
    origin,
  );
  await recordAudit(db, actor, {
    shopId: member.shop_id,
    action: "auth.login",
    targetType: "session",
    targetIds: [session.id],
  });
  return {
    sessionToken,
    csrfToken: csrfTokenFor(sessionToken),
    expiresAt,
    user: toStaffMember({ ...member, last_login_at: new Date() }),
    shop: await getShopById(db, member.shop_id),
  };
}

/** The staff actor for a session token, or undefined when it is unknown, expired or revoked. */
export async function authenticateSession(
  db: Kysely<Database>,
  token: string,
  origin: Origin = {},
): Promise<StaffActor | undefined> {
  const parsed = parseToken(token);
  if (parsed?.kind !== "s") return undefined;
  const row = await credentials.findLiveSession(db, parsed.shopId, tokenHash(token));
  if (row?.status !== "active") return undefined;
  if (Date.now() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await credentials.touchSession(db, parsed.shopId, row.session_id);
  }
  return staffActor(parsed.shopId, row, origin);
}

/** The API-key actor for a bearer token, or undefined. */
export async function authenticateApiKey(
  db: Kysely<Database>,
  token: string,
  origin: Origin = {},
): Promise<ApiKeyActor | undefined> {
  const parsed = parseToken(token);
  if (parsed?.kind !== "k") return undefined;
  const row = await credentials.findLiveApiKey(db, parsed.shopId, tokenHash(token));
  if (row?.creator_status !== "active") return undefined;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > TOUCH_EVERY_MS) {
    await credentials.touchApiKey(db, parsed.shopId, row.id);
  }
  return {
    kind: "api_key",
    shopId: parsed.shopId,
    keyId: row.id,
    name: row.name,
    permissions: new Set(row.permissions.filter(isPermission)),
    origin,
  };
}

/** End the session of this token (idempotent). */
export async function logout(db: Kysely<Database>, actor: StaffActor, token: string): Promise<void> {
  await credentials.revokeSessionByHash(db, actor.shopId, tokenHash(token));
  await recordAudit(db, actor, {
    shopId: actor.shopId,
    action: "auth.logout",
    targetType: "session",
    targetIds: actor.sessionId ? [actor.sessionId] : [],
  });
}

/** Change one's own password; other sessions of the account end, this one stays. */
export async function changePassword(
  db: Kysely<Database>,
  actor: StaffActor,
  input: ChangePasswordInput,
): Promise<void> {
  const v = parseInput(ChangePasswordInput, input);
  const account = await repo.findAccount(db, actor.accountId);
  if (!account || !(await verifyPassword(account.password_hash, v.currentPassword))) {
    throw new DomainError("invalid_credentials");
  }
  const hash = await hashPassword(v.newPassword);
  await db.transaction().execute(async (trx) => {
    await repo.updatePassword(trx, actor.accountId, hash);
    await credentials.revokeAccountSessions(trx, actor.accountId);
    await recordAudit(trx, actor, {
      shopId: actor.shopId,
      action: "auth.password_changed",
      targetType: "staff",
      targetIds: [actor.memberId],
    });
  });
}

function staffActor(
  shopId: number,
  row: {
    member_id: number;
    account_id: number;
    display_name: string;
    role: StaffActor["role"];
    session_id: number;
  },
  origin: Origin,
): StaffActor {
  return {
    kind: "staff",
    shopId,
    memberId: row.member_id,
    accountId: row.account_id,
    name: row.display_name,
    role: row.role,
    permissions: ROLE_PERMISSIONS[row.role],
    sessionId: row.session_id,
    origin,
  };
}

async function auditAll(
  db: Kysely<Database>,
  memberships: { shop_id: number; id: number }[],
  action: "auth.login_failed" | "auth.locked",
  origin: Origin,
  data: Record<string, unknown>,
): Promise<void> {
  // The caller is not signed in: recorded as anonymous, with the login they tried and from where.
  for (const m of memberships) {
    await recordAudit(db, null, {
      shopId: m.shop_id,
      action,
      targetType: "staff",
      targetIds: [m.id],
      data,
      origin,
    });
  }
}

function minutesUntil(t: Date): number {
  return Math.max(1, Math.ceil((t.getTime() - Date.now()) / 60_000));
}
