/**
 * `laoke demo`: generate a realistic shop as real Taobao export files (GB18030, the quirks and
 * all), import them through the real importer, and print the summary. Idempotent: running it
 * again re-imports the same files and changes nothing.
 */
import path from "node:path";
import {
  createShop,
  generateDemoShop,
  getShopBySlug,
  getShopSummary,
  importOrders,
  isDomainError,
  listTopCustomers,
  OPERATOR,
} from "@laoke/core";
import { laokeHome } from "@laoke/db";
import { type CliContext, withDatabase } from "../context.ts";
import { createProgress } from "../progress.ts";
import { analyzeShop, printTopCustomers } from "./analyze.ts";
import { printImportSummary, rejectsOptions } from "./import.ts";
import { printSummary } from "./stats.ts";

/** Options of `demo`. */
export interface DemoCommandOptions {
  customers: string;
  seed: string;
  json?: boolean;
}

export const DEMO_SLUG = "demo";

/** Generate, import, summarise. */
export async function runDemo(ctx: CliContext, opts: DemoCommandOptions): Promise<void> {
  const customers = Number(opts.customers);
  const seed = Number(opts.seed);
  const outDir = path.join(laokeHome(), "demo", `seed-${seed}-customers-${customers}`);
  const say = (line: string) => {
    if (!opts.json) ctx.say(line);
  };
  say(ctx.t("cli.demo.generating", { customers: customers.toLocaleString(ctx.language) }));
  // A Shopify export beside the Taobao pair, so the demo also shows cross-platform merges.
  const generated = await generateDemoShop({ customers, seed, outDir, shopify: true });
  say(ctx.t("cli.demo.generated", { orders: generated.orders, items: generated.items, files: outDir }));
  say(ctx.t("cli.demo.importing"));
  const progress = opts.json ? undefined : createProgress(ctx);
  await withDatabase(async (handle) => {
    const { db, pool } = handle;
    const shop = await getShopBySlug(db, DEMO_SLUG).catch(async (e: unknown) => {
      if (isDomainError(e) && e.code === "shop_not_found") {
        return createShop(db, OPERATOR, { slug: DEMO_SLUG, name: ctx.t("cli.demo.shopName") });
      }
      throw e;
    });
    const summary = await importOrders(pool, OPERATOR, {
      shop,
      files: generated.files,
      format: "auto",
      ...rejectsOptions(ctx),
      onProgress: (p) => progress?.update(p),
    }).finally(() => progress?.stop());
    if (!opts.json) printImportSummary(ctx, summary, false);
    const analysis = await analyzeShop(ctx, handle, shop, { full: true, quiet: opts.json ?? false });
    const stats = await getShopSummary(db, shop);
    if (opts.json) {
      ctx.json({ shop: shop.slug, import: summary, analysis, stats });
      return;
    }
    printSummary(ctx, shop, stats);
    say(ctx.t("cli.demo.topTitle"));
    printTopCustomers(ctx, shop, await listTopCustomers(db, shop, { by: "clv", limit: 5 }));
    say(ctx.t("cli.demo.done", { name: shop.name, slug: shop.slug }));
  });
}
