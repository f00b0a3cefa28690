/** `laoke reviews import`: review exports (Taobao/Tmall 评价 or a generic sheet) into a shop's customers. */
import { getShopBySlug, importReviews, OPERATOR, type RowReject } from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";

/** Rejected rows printed one per line; --json carries (up to 1000 of) them all. */
const PRINTED_REJECTS = 20;

/** Import review exports (Taobao/Tmall 评价 or a generic sheet) into the shop's customers. */
export async function runReviewsImport(
  ctx: CliContext,
  files: string[],
  opts: { shop: string; json?: boolean },
): Promise<void> {
  const result = await withDatabase(async ({ db }) => {
    const shop = await getShopBySlug(db, opts.shop);
    return importReviews(db, OPERATOR, { shop, files: files.map((f) => ({ path: f, name: f })) });
  });
  if (opts.json) {
    ctx.json({ ...result, rejects: result.rejects.map((r) => describeReject(ctx, r)) });
    return;
  }
  const { inserted, updated, unchanged, rejected } = result;
  ctx.say(ctx.t("cli.reviews.summary", { inserted, updated, unchanged, rejected }));
  printRejects(ctx, result.rejects, result.rejected);
}

/** A reject as --json prints it, its reason in the user's language. */
export function describeReject(ctx: CliContext, r: RowReject) {
  return { file: r.file, row: r.row, field: r.field ?? null, code: r.code, reason: reason(ctx, r) };
}

function reason(ctx: CliContext, r: RowReject): string {
  return ctx.t(`rejects.${r.code}`, { field: r.field ?? "" });
}

/** Print the first rejected rows, one per line, and how many more there are. */
export function printRejects(ctx: CliContext, rejects: readonly RowReject[], total: number): void {
  for (const r of rejects.slice(0, PRINTED_REJECTS)) {
    ctx.say(ctx.t("cli.reviews.rejectLine", { file: r.file, row: r.row, reason: reason(ctx, r) }));
  }
  if (total > PRINTED_REJECTS) ctx.say(ctx.t("cli.reviews.moreRejects", { count: total - PRINTED_REJECTS }));
}
