/** `laoke shop create`. */
import { createShop, OPERATOR } from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";

/** Options of `shop create`, as commander parses them. */
export interface ShopCreateOptions {
  slug: string;
  name: string;
  timezone?: string;
  currency?: string;
  json?: boolean;
}

/** Create a shop and print it. */
export async function runShopCreate(ctx: CliContext, opts: ShopCreateOptions): Promise<void> {
  const shop = await withDatabase(({ db }) =>
    createShop(db, OPERATOR, {
      slug: opts.slug,
      name: opts.name,
      timeZone: opts.timezone,
      currency: opts.currency,
    }),
  );
  if (opts.json) ctx.json(shop);
  else ctx.say(ctx.t("cli.shop.created", { name: shop.name, slug: shop.slug, id: shop.id }));
}
