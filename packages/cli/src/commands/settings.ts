/** `laoke settings --shop S [--analytics JSON|FILE]`: show or change the shop's analytics settings. */
import fs from "node:fs";
import {
  getAnalyticsOverrides,
  getAnalyticsSettings,
  getShopBySlug,
  updateAnalyticsSettings,
} from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";
import { UsageError } from "../usage.ts";

export async function runSettings(
  ctx: CliContext,
  opts: { shop: string; analytics?: string; json?: boolean },
): Promise<void> {
  const patch = opts.analytics === undefined ? undefined : parsePatch(ctx, opts.analytics);
  const result = await withDatabase(async ({ db }) => {
    const shop = await getShopBySlug(db, opts.shop);
    const analytics = patch
      ? await updateAnalyticsSettings(db, shop, patch)
      : await getAnalyticsSettings(db, shop);
    return { analytics, overrides: await getAnalyticsOverrides(db, shop) };
  });
  if (!opts.json) {
    ctx.say(ctx.t(patch ? "cli.settings.saved" : "cli.settings.current", { slug: opts.shop }));
    ctx.say(JSON.stringify(result.analytics, null, 2));
    ctx.say(ctx.t("cli.settings.nullMeansDerived"));
    return;
  }
  ctx.json(result);
}

/** A JSON object given inline (`{...}`) or as a file path. */
function parsePatch(ctx: CliContext, value: string): Record<string, unknown> {
  let text = value;
  if (!value.trim().startsWith("{")) {
    try {
      text = fs.readFileSync(value, "utf8");
    } catch {
      throw new UsageError(ctx.t("cli.settings.unreadable", { value }));
    }
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // falls through to the usage error below
  }
  throw new UsageError(ctx.t("cli.settings.badJson", { value }));
}
