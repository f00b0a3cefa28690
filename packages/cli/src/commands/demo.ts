/**
 * `laoke demo`: generate a realistic shop as real Taobao export files (GB18030, the quirks and
 * all), import them through the real importer, print the summary, add two demo staff logins, and
 * serve the dashboard and the API with the worker until Ctrl-C (`--no-serve` stops after the
 * summary, for tests and CI). The web app is built first when its sources changed. Idempotent: running it again re-imports the same files and changes nothing.
 */
import path from "node:path";
import {
  createShop,
  createStaffMember,
  generateDemoShop,
  getShopBySlug,
  getShopSummary,
  importOrders,
  isDomainError,
  listTopCustomers,
  OPERATOR,
  type Shop,
} from "@laoke/core";
import { type DatabaseHandle, laokeHome, releaseShutdownSignals } from "@laoke/db";
import { buildWebApp, webBuildIsStale } from "@laoke/web/build-state";
import { type CliContext, withDatabase } from "../context.ts";
import { createProgress } from "../progress.ts";
import { analyzeShop, printTopCustomers } from "./analyze.ts";
import { printImportSummary, rejectsOptions } from "./import.ts";
import { serverConfig, serveUntilStopped } from "./serve.ts";
import { printSummary } from "./stats.ts";

/** Options of `demo`. */
export interface DemoCommandOptions {
  customers: string;
  seed: string;
  json?: boolean;
  /** false with --no-serve. */
  serve?: boolean;
  port?: string;
}

/**
 * The demo shop's password. Fixed so the demo can print it, and only ever set on the demo shop's
 * own logins; the output says not to use it anywhere else.
 */
export const DEMO_PASSWORD = "laoke-demo-2026";

/** The demo shop's staff logins: an owner and an after-sale member (who sees masked personal data). */
const DEMO_LOGINS = [
  { role: "owner", email: "owner@demo.laoke", name: "cli.demo.roleOwner" },
  { role: "aftersale", email: "aftersale@demo.laoke", name: "cli.demo.roleAftersale" },
] as const;

export const DEMO_SLUG = "demo";

/** Generate, import, summarise. */
export async function runDemo(ctx: CliContext, opts: DemoCommandOptions): Promise<void> {
  const customers = Number(opts.customers);
  const seed = Number(opts.seed);
  // A bad --port fails before minutes of generating and importing.
  const config = opts.serve === false ? undefined : serverConfig(ctx, { port: opts.port });
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
    const logins = await ensureDemoLogins(ctx, db, shop);
    if (opts.json) {
      const loginsJson = logins.map(({ label: _label, ...login }) => login);
      ctx.json({ shop: shop.slug, import: summary, analysis, stats, logins: loginsJson });
    } else {
      printSummary(ctx, shop, stats);
      say(ctx.t("cli.demo.topTitle"));
      printTopCustomers(ctx, shop, await listTopCustomers(db, shop, { by: "clv", limit: 5 }));
      say(ctx.t("cli.demo.done", { name: shop.name, slug: shop.slug }));
      say(ctx.t("cli.demo.loginsTitle"));
      for (const login of logins) {
        const role = ctx.t(login.label);
        say(
          login.created
            ? ctx.t("cli.demo.login", { role, email: login.email, password: DEMO_PASSWORD })
            : ctx.t("cli.demo.loginKept", { role, email: login.email }),
        );
      }
    }
    if (!config) return;
    if (webBuildIsStale()) {
      say(ctx.t("cli.demo.buildingWeb"));
      await buildWebApp();
    }
    say(ctx.t("cli.demo.serving"));
    // The demo's own request logs would drown its output: warnings only, unless asked for.
    const quiet = process.env.LAOKE_LOG_LEVEL ? config : { ...config, logLevel: "warn" as const };
    releaseShutdownSignals();
    // With --json the JSON object stays the last line of stdout: the server's lines go to stderr.
    const serverCtx = opts.json ? { ...ctx, say: (line: string) => process.stderr.write(`${line}\n`) } : ctx;
    await serveUntilStopped(serverCtx, handle, quiet, { worker: true });
  });
}

/** Create the demo logins that do not exist yet; an existing one keeps whatever password it has now. */
async function ensureDemoLogins(ctx: CliContext, db: DatabaseHandle["db"], shop: Shop) {
  const out: { role: string; email: string; label: string; created: boolean; password?: string }[] = [];
  for (const login of DEMO_LOGINS) {
    try {
      await createStaffMember(db, OPERATOR, shop.id, {
        email: login.email,
        password: DEMO_PASSWORD,
        role: login.role,
        displayName: ctx.t(login.name),
      });
      out.push({
        role: login.role,
        email: login.email,
        label: login.name,
        created: true,
        password: DEMO_PASSWORD,
      });
    } catch (error) {
      if (!(isDomainError(error) && error.code === "login_taken")) throw error;
      out.push({ role: login.role, email: login.email, label: login.name, created: false });
    }
  }
  return out;
}
