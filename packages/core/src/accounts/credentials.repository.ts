/** SQL for sessions and API keys: how callers authenticate. */
import { type Database, PREPARED_MARKER, type StaffRole } from "@laoke/db";
import { type Kysely, sql, type Transaction } from "kysely";

type Db = Kysely<Database> | Transaction<Database>;

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
