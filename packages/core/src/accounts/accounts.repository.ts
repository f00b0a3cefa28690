/** SQL for staff accounts (logins) and their memberships in shops. */
import type { Database, StaffRole } from "@laoke/db";
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
