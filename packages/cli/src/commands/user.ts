/** `laoke user create` and `laoke user list`: staff logins from the command line. */
import { createStaffMember, getShopBySlug, isRole, listStaff, OPERATOR, ROLES } from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";
import { UsageError } from "../usage.ts";

/** Options of `user create`, as commander parses them. */
export interface UserCreateOptions {
  shop: string;
  email?: string;
  phone?: string;
  password: string;
  role: string;
  name?: string;
  json?: boolean;
}

/** Create a staff login in a shop and print it. */
export async function runUserCreate(ctx: CliContext, opts: UserCreateOptions): Promise<void> {
  if (!isRole(opts.role))
    throw new UsageError(ctx.t("cli.user.badRole", { role: opts.role, roles: ROLES.join("|") }));
  const role = opts.role;
  const member = await withDatabase(async ({ db }) => {
    const shop = await getShopBySlug(db, opts.shop);
    return createStaffMember(db, OPERATOR, shop.id, {
      email: opts.email,
      phone: opts.phone,
      password: opts.password,
      role,
      displayName: opts.name,
    });
  });
  if (opts.json) ctx.json(member);
  else
    ctx.say(
      ctx.t("cli.user.created", {
        login: member.email ?? member.phone,
        role: member.role,
        shop: opts.shop,
        id: member.id,
      }),
    );
}

/** List a shop's staff. */
export async function runUserList(ctx: CliContext, opts: { shop: string; json?: boolean }): Promise<void> {
  const staff = await withDatabase(async ({ db }) => {
    const shop = await getShopBySlug(db, opts.shop);
    return listStaff(db, OPERATOR, shop.id);
  });
  if (opts.json) {
    ctx.json(staff);
    return;
  }
  for (const m of staff) {
    ctx.say(`${m.id}\t${m.email ?? m.phone}\t${m.role}\t${m.status}\t${m.displayName}`);
  }
}
