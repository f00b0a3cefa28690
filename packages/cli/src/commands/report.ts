/**
 * `laoke report <kind>`: the shop-level reports (docs/analytics.md) as JSON, the same objects the
 * dashboard draws (`GET /api/v1/analytics/reports/<kind>`). Options pass through to the report's
 * query, which validates them.
 */
import { getShopBySlug, getShopReport, OPERATOR, SHOP_REPORT_KINDS, type ShopReportKind } from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";
import { UsageError } from "../usage.ts";

export const REPORT_KINDS = SHOP_REPORT_KINDS;

/** Report options as commander parses them (camelCase); undefined ones are left to the defaults. */
export type ReportOptions = { shop: string } & Record<string, string | undefined>;

export async function runReport(ctx: CliContext, kind: string, opts: ReportOptions): Promise<void> {
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(ctx.t("cli.report.badKind", { kind, kinds: REPORT_KINDS.join(", ") }));
  }
  const { shop: slug, json: _json, ...query } = opts;
  const defined = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
  const result = await withDatabase(async ({ db }) => {
    const shop = await getShopBySlug(db, slug);
    return getShopReport(db, OPERATOR, shop.id, kind as ShopReportKind, defined as never);
  });
  ctx.json(result);
}
