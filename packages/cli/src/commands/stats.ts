/** `laoke stats`. */
import { getShopBySlug, getShopSummary, type Shop, type ShopSummary } from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";
import { formatFen, formatPercent } from "../format.ts";

/** Print a shop's headline numbers (JSON as the last line with --json). */
export async function runStats(ctx: CliContext, opts: { shop: string; json?: boolean }): Promise<void> {
  const { shop, summary } = await withDatabase(async ({ db }) => {
    const s = await getShopBySlug(db, opts.shop);
    return { shop: s, summary: await getShopSummary(db, s) };
  });
  if (opts.json) ctx.json(summary);
  else printSummary(ctx, shop, summary);
}

/** The human-readable summary table (also printed by `laoke demo`). */
export function printSummary(ctx: CliContext, shop: Shop, s: ShopSummary): void {
  const { t } = ctx;
  const rows: [string, string][] = [
    [t("cli.stats.customers"), s.customers.toLocaleString(ctx.language)],
    [t("cli.stats.buyers"), s.buyers.toLocaleString(ctx.language)],
    [t("cli.stats.orders"), s.orders.toLocaleString(ctx.language)],
    [t("cli.stats.paidOrders"), s.paidOrders.toLocaleString(ctx.language)],
    [t("cli.stats.revenue"), formatFen(s.revenueFen, shop.currency, ctx.language)],
    [t("cli.stats.repeatRate"), formatPercent(s.repeatRate, ctx.language)],
  ];
  ctx.say(t("cli.stats.title", { name: shop.name }));
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  for (const [k, v] of rows) ctx.say(`  ${k}${" ".repeat(width - displayWidth(k))}  ${v}`);
}

/** Terminal columns of a string: CJK characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
