/** `laoke segment count|export`: try a rule on a shop's customers, export a saved segment's members. */
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { countSegment, exportCustomers, getSegment, getShopBySlug, OPERATOR } from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";
import { UsageError } from "../usage.ts";

/** A rule given inline as JSON, or the path of a JSON file. */
function readRule(ctx: CliContext, arg: string): unknown {
  const text = arg.trim().startsWith("{") ? arg : readFile(ctx, arg);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(ctx.t("cli.segment.badJson", { message: (error as Error).message }));
  }
}

function readFile(ctx: CliContext, file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    throw new UsageError(ctx.t("cli.segment.ruleUnreadable", { file }));
  }
}

/** How many of the shop's live customers match the rule now. */
export async function runSegmentCount(
  ctx: CliContext,
  opts: { shop: string; rule: string; json?: boolean },
): Promise<void> {
  const rule = readRule(ctx, opts.rule);
  const result = await withDatabase(async ({ db }) => {
    const shop = await getShopBySlug(db, opts.shop);
    return countSegment(db, OPERATOR, shop.id, rule);
  });
  if (opts.json) ctx.json(result);
  else
    ctx.say(
      ctx.t("cli.segment.countLine", { count: result.count.toLocaleString(ctx.language), ms: result.ms }),
    );
}

/** Write a saved segment's members (as of its last refresh) to a CSV file, in clear: the operator holds pii:read. */
export async function runSegmentExport(
  ctx: CliContext,
  opts: { shop: string; segment: string; out: string; json?: boolean },
): Promise<void> {
  const id = Number(opts.segment);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new UsageError(ctx.t("cli.segment.badId", { id: opts.segment }));
  }
  const result = await withDatabase(async (handle) => {
    const shop = await getShopBySlug(handle.db, opts.shop);
    const segment = await getSegment(handle.db, OPERATOR, shop.id, id);
    const csv = await exportCustomers(handle, OPERATOR, shop.id, { segment: id }, { language: ctx.language });
    await pipeline(csv.stream, fs.createWriteStream(opts.out));
    return { segment: segment.name, customers: csv.exported(), file: opts.out };
  });
  if (opts.json) ctx.json(result);
  else
    ctx.say(
      ctx.t("cli.segment.exported", { ...result, customers: result.customers.toLocaleString(ctx.language) }),
    );
}
