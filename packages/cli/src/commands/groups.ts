/** `laoke groups import`: a member list replaces a customer group's roster (the group is created if new). */
import { createGroup, getShopBySlug, importRoster, listGroups, OPERATOR } from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";
import { describeReject, printRejects } from "./reviews.ts";

/** Replace a group's roster with a member list; the group is created when the shop has none of that name. */
export async function runGroupsImport(
  ctx: CliContext,
  file: string,
  opts: { shop: string; group: string; json?: boolean },
): Promise<void> {
  const { result, created } = await withDatabase(async ({ db }) => {
    const shop = await getShopBySlug(db, opts.shop);
    const name = opts.group.trim();
    const existing = (await listGroups(db, OPERATOR, shop.id)).find((g) => g.name === name);
    const group = existing ?? (await createGroup(db, OPERATOR, shop.id, { name }));
    const result = await importRoster(db, OPERATOR, {
      shop,
      groupId: group.id,
      file: { path: file, name: file },
    });
    return { result, created: existing === undefined };
  });
  if (opts.json) {
    ctx.json({
      ...result,
      group: opts.group.trim(),
      created,
      rejects: result.rejects.map((r) => describeReject(ctx, r)),
    });
    return;
  }
  if (created) ctx.say(ctx.t("cli.groups.created", { group: opts.group.trim() }));
  const { rejects: _rejects, ...counts } = result;
  ctx.say(ctx.t("cli.groups.summary", { ...counts, group: opts.group.trim() }));
  printRejects(ctx, result.rejects, result.rejected);
}
