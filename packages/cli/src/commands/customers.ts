/** `laoke customers merges|split`: review and undo automatic customer merges. */
import { getShopBySlug, listCustomerMerges, OPERATOR, splitCustomerMerge } from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";

/** List the shop's automatic merges, newest first. */
export async function runListMerges(
  ctx: CliContext,
  opts: { shop: string; limit: string; json?: boolean },
): Promise<void> {
  const merges = await withDatabase(async ({ db, pool }) => {
    const shop = await getShopBySlug(db, opts.shop);
    return listCustomerMerges(pool, OPERATOR, shop, Number(opts.limit));
  });
  if (opts.json) {
    ctx.json(merges);
    return;
  }
  if (merges.length === 0) ctx.say(ctx.t("cli.customers.noMerges"));
  for (const m of merges) {
    ctx.say(
      ctx.t(m.undoneAt ? "cli.customers.mergeUndone" : "cli.customers.mergeLine", {
        id: m.id,
        survivor: m.survivorId,
        reason: ctx.t(`cli.customers.reason.${m.reason}`),
        value: m.matchedValue,
        at: m.createdAt.toISOString(),
      }),
    );
  }
}

/** Undo one merge. */
export async function runSplit(
  ctx: CliContext,
  opts: { shop: string; merge: string; json?: boolean },
): Promise<void> {
  const merge = await withDatabase(async ({ db, pool }) => {
    const shop = await getShopBySlug(db, opts.shop);
    return splitCustomerMerge(pool, OPERATOR, shop, Number(opts.merge));
  });
  if (opts.json) ctx.json(merge);
  else ctx.say(ctx.t("cli.customers.split", { id: merge.id, customer: merge.splitCustomerId }));
}
