/** SQL for staff accounts, memberships, sessions, API keys, invitations and password resets. */
import { type Database, PREPARED_MARKER, type StaffRole } from "@laoke/db";
import { type Kysely, sql, type Transaction } from "kysely";

type Db = Kysely<Database> | Transaction<Database>;

/** The account whose login (lower-cased email, or phone) is `login`. */
export function findAccountByLogin(db: Db, login: string) {
  return db
    .selectFrom("staff_accounts")
    .selectAll()
    .where((eb) => eb.or([eb("email", "=", login.toLowerCase()), eb("phone", "=", login)]))
    .executeTakeFirst();
}

/** One account by id. */
export function findAccount(db: Db, id: number) {
  return db.selectFrom("staff_accounts").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Create an account; undefined when the email or phone is taken. */
export function insertAccount(
  db: Db,
  values: { email: string | null; phone: string | null; password_hash: string },
) {
  return db
    .insertInto("staff_accounts")
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
}

/** Record a failed login; locks the account for `lockMinutes` once `maxFailures` is reached. */
export function recordFailedLogin(db: Db, accountId: number, maxFailures: number, lockMinutes: number) {
  return db
    .updateTable("staff_accounts")
    .set((eb) => ({
      failed_logins: eb("failed_logins", "+", 1),
      locked_until: sql<Date | null>`case when failed_logins + 1 >= ${maxFailures}
        then now() + make_interval(mins => ${lockMinutes}) else locked_until end`,
      updated_at: sql`now()`,
    }))
    .where("id", "=", accountId)
    .returning(["failed_logins", "locked_until"])
    .executeTakeFirstOrThrow();
}

/** Clear failures after a successful login. */
export async function recordSuccessfulLogin(db: Db, accountId: number) {
  await db
    .updateTable("staff_accounts")
    .set({ failed_logins: 0, locked_until: null, last_login_at: sql`now()`, updated_at: sql`now()` })
    .where("id", "=", accountId)
    .execute();
}

/** Set a new password and clear any lockout. */
export async function updatePassword(db: Db, accountId: number, passwordHash: string) {
  await db
    .updateTable("staff_accounts")
    .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null, updated_at: sql`now()` })
    .where("id", "=", accountId)
    .execute();
}

const memberColumns = [
  "m.shop_id",
  "m.id",
  "m.account_id",
  "m.display_name",
  "m.role",
  "m.status",
  "m.created_at",
  "m.deactivated_at",
  "a.email",
  "a.phone",
  "a.last_login_at",
] as const;

/** A member row joined with its account's login. */
export type MemberRow = Awaited<ReturnType<typeof findMember>> & {};

/** One member of a shop, with the account's email and phone. */
export function findMember(db: Db, shopId: number, memberId: number) {
  return db
    .selectFrom("staff_members as m")
    .innerJoin("staff_accounts as a", "a.id", "m.account_id")
    .select(memberColumns)
    .where("m.shop_id", "=", shopId)
    .where("m.id", "=", memberId)
    .executeTakeFirst();
}

/** Every membership of an account (login picks one), active first, oldest first. */
export function membershipsOfAccount(db: Db, accountId: number) {
  return db
    .selectFrom("staff_members as m")
    .innerJoin("staff_accounts as a", "a.id", "m.account_id")
    .innerJoin("shops as s", "s.id", "m.shop_id")
    .select([...memberColumns, "s.slug as shop_slug"])
    .where("m.account_id", "=", accountId)
    .orderBy(sql`m.status = 'active'`, "desc")
    .orderBy("m.created_at")
    .execute();
}

/** The staff of a shop. */
export function listMembers(db: Db, shopId: number) {
  return db
    .selectFrom("staff_members as m")
    .innerJoin("staff_accounts as a", "a.id", "m.account_id")
    .select(memberColumns)
    .where("m.shop_id", "=", shopId)
    .orderBy("m.id")
    .execute();
}

/** Add an account to a shop; undefined when it is already a member. */
export function insertMember(
  db: Db,
  values: { shop_id: number; account_id: number; display_name: string; role: StaffRole },
) {
  return db
    .insertInto("staff_members")
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
}

/** Change fields of a member. */
export async function updateMember(
  db: Db,
  shopId: number,
  memberId: number,
  values: { role?: StaffRole; status?: "active" | "deactivated"; display_name?: string },
) {
  await db
    .updateTable("staff_members")
    .set({
      ...values,
      updated_at: sql`now()`,
      ...(values.status === "deactivated" ? { deactivated_at: sql`now()` } : {}),
      ...(values.status === "active" ? { deactivated_at: null } : {}),
    })
    .where("shop_id", "=", shopId)
    .where("id", "=", memberId)
    .execute();
}

/** Number of active owners of a shop (the last one may not be demoted or deactivated). */
export async function countActiveOwners(db: Db, shopId: number): Promise<number> {
  const row = await db
    .selectFrom("staff_members")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("shop_id", "=", shopId)
    .where("role", "=", "owner")
    .where("status", "=", "active")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Start a session. */
export function insertSession(
  db: Db,
  values: {
    shop_id: number;
    member_id: number;
    token_hash: string;
    ip: string | null;
    user_agent: string | null;
    expires_at: Date;
  },
) {
  return db.insertInto("staff_sessions").values(values).returning("id").executeTakeFirstOrThrow();
}

/** A live session with its member, or undefined (a prepared statement: it runs on every request). */
export async function findLiveSession(db: Db, shopId: number, hash: string) {
  const { rows } = await sql<{
    session_id: number;
    last_seen_at: Date;
    member_id: number;
    account_id: number;
    display_name: string;
    role: StaffRole;
    status: "active" | "deactivated";
  }>`${sql.raw(PREPARED_MARKER)}select x.id as session_id, x.last_seen_at, m.id as member_id, m.account_id,
            m.display_name, m.role, m.status
       from staff_sessions x
       join staff_members m on m.shop_id = x.shop_id and m.id = x.member_id
      where x.shop_id = ${shopId} and x.token_hash = ${hash} and x.revoked_at is null and x.expires_at > now()`.execute(
    db,
  );
  return rows[0];
}

/** Note that a session was used (callers do it at most once a minute). */
export async function touchSession(db: Db, shopId: number, sessionId: number) {
  await db
    .updateTable("staff_sessions")
    .set({ last_seen_at: sql`now()` })
    .where("shop_id", "=", shopId)
    .where("id", "=", sessionId)
    .execute();
}

/** Revoke one session by token hash. */
export async function revokeSessionByHash(db: Db, shopId: number, hash: string) {
  await db
    .updateTable("staff_sessions")
    .set({ revoked_at: sql`now()` })
    .where("shop_id", "=", shopId)
    .where("token_hash", "=", hash)
    .where("revoked_at", "is", null)
    .execute();
}

/** Revoke every session of a member; returns how many. */
export async function revokeMemberSessions(db: Db, shopId: number, memberId: number): Promise<number> {
  const r = await db
    .updateTable("staff_sessions")
    .set({ revoked_at: sql`now()` })
    .where("shop_id", "=", shopId)
    .where("member_id", "=", memberId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Revoke every session of an account in every shop (after a password reset). */
export async function revokeAccountSessions(db: Db, accountId: number) {
  await db
    .updateTable("staff_sessions")
    .set({ revoked_at: sql`now()` })
    .where("revoked_at", "is", null)
    .where(({ eb, selectFrom }) =>
      eb(
        sql`(shop_id, member_id)`,
        "in",
        selectFrom("staff_members").select(["shop_id", "id"]).where("account_id", "=", accountId),
      ),
    )
    .execute();
}

/** Create an API key. */
export function insertApiKey(
  db: Db,
  values: {
    shop_id: number;
    name: string;
    token_prefix: string;
    token_hash: string;
    permissions: string[];
    created_by: number;
    expires_at: Date | null;
  },
) {
  return db.insertInto("api_keys").values(values).returningAll().executeTakeFirstOrThrow();
}

/** A usable API key with the state of its creator, or undefined (prepared: runs on every request). */
export async function findLiveApiKey(db: Db, shopId: number, hash: string) {
  const { rows } = await sql<{
    id: number;
    name: string;
    permissions: string[];
    last_used_at: Date | null;
    creator_status: "active" | "deactivated";
  }>`${sql.raw(PREPARED_MARKER)}select k.id, k.name, k.permissions, k.last_used_at, m.status as creator_status
       from api_keys k
       join staff_members m on m.shop_id = k.shop_id and m.id = k.created_by
      where k.shop_id = ${shopId} and k.token_hash = ${hash} and k.revoked_at is null
        and (k.expires_at is null or k.expires_at > now())`.execute(db);
  return rows[0];
}

/** Note that a key was used. */
export async function touchApiKey(db: Db, shopId: number, keyId: number) {
  await db
    .updateTable("api_keys")
    .set({ last_used_at: sql`now()` })
    .where("shop_id", "=", shopId)
    .where("id", "=", keyId)
    .execute();
}

/** The API keys of a shop, newest first. */
export function listApiKeys(db: Db, shopId: number) {
  return db
    .selectFrom("api_keys")
    .select([
      "id",
      "name",
      "token_prefix",
      "permissions",
      "created_by",
      "created_at",
      "last_used_at",
      "expires_at",
      "revoked_at",
    ])
    .where("shop_id", "=", shopId)
    .orderBy("id", "desc")
    .execute();
}

/** Revoke one key; false when no live key has that id. */
export async function revokeApiKey(db: Db, shopId: number, keyId: number): Promise<boolean> {
  const r = await db
    .updateTable("api_keys")
    .set({ revoked_at: sql`now()` })
    .where("shop_id", "=", shopId)
    .where("id", "=", keyId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Revoke every key a member created; returns how many. */
export async function revokeMemberApiKeys(db: Db, shopId: number, memberId: number): Promise<number> {
  const r = await db
    .updateTable("api_keys")
    .set({ revoked_at: sql`now()` })
    .where("shop_id", "=", shopId)
    .where("created_by", "=", memberId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Create an invitation. */
export function insertInvitation(
  db: Db,
  values: {
    shop_id: number;
    email: string | null;
    phone: string | null;
    display_name: string | null;
    role: StaffRole;
    token_hash: string;
    invited_by: number | null;
    expires_at: Date;
  },
) {
  return db.insertInto("staff_invitations").values(values).returningAll().executeTakeFirstOrThrow();
}

/** An open invitation by token hash, locked for acceptance. */
export function lockOpenInvitation(db: Db, shopId: number, hash: string) {
  return db
    .selectFrom("staff_invitations")
    .selectAll()
    .where("shop_id", "=", shopId)
    .where("token_hash", "=", hash)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", sql<Date>`now()`)
    .forUpdate()
    .executeTakeFirst();
}

/** Mark an invitation used. */
export async function markInvitationAccepted(db: Db, shopId: number, id: number, memberId: number) {
  await db
    .updateTable("staff_invitations")
    .set({ accepted_at: sql`now()`, accepted_member_id: memberId })
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .execute();
}

/** Open invitations of a shop. */
export function listOpenInvitations(db: Db, shopId: number) {
  return db
    .selectFrom("staff_invitations")
    .select(["id", "email", "phone", "display_name", "role", "created_at", "expires_at"])
    .where("shop_id", "=", shopId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", sql<Date>`now()`)
    .orderBy("id", "desc")
    .execute();
}

/** Revoke an open invitation; false when there is none with that id. */
export async function revokeInvitation(db: Db, shopId: number, id: number): Promise<boolean> {
  const r = await db
    .updateTable("staff_invitations")
    .set({ revoked_at: sql`now()` })
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Store a password-reset token. */
export async function insertPasswordReset(db: Db, accountId: number, hash: string, expiresAt: Date) {
  await db
    .insertInto("password_resets")
    .values({ account_id: accountId, token_hash: hash, expires_at: expiresAt })
    .execute();
}

/** Use a reset token once: returns the account id, or undefined when unknown, used or expired. */
export async function consumePasswordReset(db: Db, hash: string): Promise<number | undefined> {
  const row = await db
    .updateTable("password_resets")
    .set({ used_at: sql`now()` })
    .where("token_hash", "=", hash)
    .where("used_at", "is", null)
    .where("expires_at", ">", sql<Date>`now()`)
    .returning("account_id")
    .executeTakeFirst();
  return row?.account_id;
}
