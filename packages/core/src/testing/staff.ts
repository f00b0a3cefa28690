/** Staff members written straight into the tables (no password hashing), as actors for service tests. */
import type { Database, StaffRole } from "@laoke/db";
import type { Kysely } from "kysely";
import type { StaffActor } from "../shared/actor.ts";
import { ROLE_PERMISSIONS } from "../shared/permissions.ts";
import type { Shop } from "../shops/index.ts";

let counter = 0;

/** A new active staff member of `role` in `shop`, as the actor their session would be. */
export async function insertTestStaff(
  db: Kysely<Database>,
  shop: Shop,
  role: StaffRole,
): Promise<StaffActor> {
  counter++;
  const account = await db
    .insertInto("staff_accounts")
    .values({ email: `${role}-${process.pid}-${counter}@example.com`, password_hash: "not-a-hash" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const name = `${role}-${counter}`;
  const member = await db
    .insertInto("staff_members")
    .values({ shop_id: shop.id, account_id: account.id, display_name: name, role })
    .returning("id")
    .executeTakeFirstOrThrow();
  return {
    kind: "staff",
    shopId: shop.id,
    memberId: member.id,
    accountId: account.id,
    name,
    role,
    permissions: ROLE_PERMISSIONS[role],
  };
}
