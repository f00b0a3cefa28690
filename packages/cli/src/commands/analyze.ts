/** `laoke analyze` (recompute customer metrics) and `laoke customers top` (rank customers by them). */
import {
  getShopBySlug,
  listTopCustomers,
  OPERATOR,
  type RecomputeProgress,
  type RecomputeResult,
  recomputeAnalytics,
  refreshShopSegments,
  type Shop,
  TOP_CUSTOMER_ORDERS,
  type TopCustomer,
} from "@laoke/core";
import type { DatabaseHandle } from "@laoke/db";
import cliProgress from "cli-progress";
import { type CliContext, withDatabase } from "../context.ts";
import { formatFen, formatPercent } from "../format.ts";
import { UsageError } from "../usage.ts";

/** Recompute with a progress bar on a terminal; prints a one-line result (JSON with --json). */
export async function runAnalyze(
  ctx: CliContext,
  opts: { shop: string; full?: boolean; asOf?: string; json?: boolean },
): Promise<RecomputeResult> {
  const asOf = opts.asOf === undefined ? undefined : new Date(opts.asOf);
  if (asOf && Number.isNaN(asOf.getTime()))
    throw new UsageError(ctx.t("cli.analyze.badDate", { value: opts.asOf }));
  const result = await withDatabase(async (handle) => {
    const shop = await getShopBySlug(handle.db, opts.shop);
    return analyzeShop(ctx, handle, shop, { full: opts.full ?? false, asOf, quiet: opts.json ?? false });
  });
  if (opts.json) ctx.json(result);
  return result;
}

/** Run the recompute on an open database (also used after `import` and by `demo`). */
export async function analyzeShop(
  ctx: CliContext,
  handle: Pick<DatabaseHandle, "db" | "pool">,
  shop: Shop,
  opts: { full: boolean; asOf?: Date; quiet: boolean },
): Promise<RecomputeResult> {
  const bar = opts.quiet ? undefined : createAnalyzeProgress(ctx);
  let result: RecomputeResult;
  try {
    result = await recomputeAnalytics(handle, OPERATOR, shop, {
      mode: opts.full ? "full" : "incremental",
      asOf: opts.asOf,
      onProgress: (p) => bar?.update(p),
    });
  } finally {
    bar?.stop();
  }
  // Dynamic segments and rule tags follow the new data, as after the worker's job (decision 0010).
  await refreshShopSegments(handle.db, shop.id);
  if (!opts.quiet) {
    ctx.say(
      ctx.t("cli.analyze.done", {
        customers: result.customers.toLocaleString(ctx.language),
        mode: ctx.t(`cli.analyze.mode.${result.mode}`),
        asOf: result.asOf ? result.asOf.toISOString().slice(0, 10) : "-",
        seconds: (Object.values(result.timingsMs).reduce((a, b) => a + b, 0) / 1000).toFixed(1),
      }),
    );
  }
  return result;
}

/** A bar per phase (reading, writing) on stderr when it is a terminal. */
function createAnalyzeProgress(ctx: CliContext) {
  if (!process.stderr.isTTY) return { update(_p: RecomputeProgress) {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: ctx.t("cli.analyze.progress"), hideCursor: true, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | null = null;
  return {
    update(p: RecomputeProgress) {
      if (p.phase === "done") return;
      const label = ctx.t(`cli.analyze.phase.${p.phase}`);
      if (phase !== p.phase) {
        if (phase) bar.stop();
        bar.start(Math.max(1, p.total), 0, { phase: label });
        phase = p.phase;
      }
      bar.update(p.done, { phase: label });
    },
    stop() {
      if (phase) bar.stop();
      phase = null;
    },
  };
}

/** `customers top`: a ranked table, or the rows as JSON. */
export async function runTopCustomers(
  ctx: CliContext,
  opts: { shop: string; by: string; limit: string; json?: boolean },
): Promise<void> {
  if (!(TOP_CUSTOMER_ORDERS as readonly string[]).includes(opts.by)) {
    throw new UsageError(
      ctx.t("cli.customers.badOrder", { by: opts.by, orders: TOP_CUSTOMER_ORDERS.join(", ") }),
    );
  }
  const { shop, rows } = await withDatabase(async ({ db }) => {
    const s = await getShopBySlug(db, opts.shop);
    return { shop: s, rows: await listTopCustomers(db, s, { by: opts.by, limit: opts.limit }) };
  });
  if (opts.json) {
    ctx.json(rows);
    return;
  }
  printTopCustomers(ctx, shop, rows);
}

/** The ranking as a human table (also printed by `laoke demo`). */
export function printTopCustomers(ctx: CliContext, shop: Shop, rows: TopCustomer[]): void {
  if (rows.length === 0) {
    ctx.say(ctx.t("cli.customers.noMetrics", { slug: shop.slug }));
    return;
  }
  const money = (fen: number | null) => (fen === null ? "-" : formatFen(fen, shop.currency, ctx.language));
  ctx.say(ctx.t("cli.customers.topHeader"));
  rows.forEach((r, i) => {
    ctx.say(
      ctx.t("cli.customers.topLine", {
        rank: i + 1,
        id: r.customerId,
        name: r.name ?? "-",
        days: r.purchaseDays,
        spend: money(r.totalSpentFen),
        pAlive: r.pAlive === null ? "-" : formatPercent(r.pAlive, ctx.language),
        clv: money(r.clvFen),
        range: r.clvLowFen === null ? "" : `${money(r.clvLowFen)}–${money(r.clvHighFen)}`,
      }),
    );
  });
}
