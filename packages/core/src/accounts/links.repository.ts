/** SQL for one-time links: staff invitations and password resets. */
import type { Database, StaffRole } from "@laoke/db";
import { type Kysely, sql, type Transaction } from "kysely";

type Db = Kysely<Database> | Transaction<Database>;

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
