/**
 * The shop's analytics settings as the API reads and changes them: authorized, validated as a
 * merge patch, and audited with every setting whose value changed.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { parseInput } from "../shared/validate.ts";
import { getShopById } from "../shops/index.ts";
import {
  AnalyticsSettings,
  getAnalyticsOverrides,
  getAnalyticsSettings,
  updateAnalyticsSettings,
} from "./settings.ts";

/** The settings in force and the owner's overrides (the keys set on this shop). */
export interface AnalyticsSettingsView {
  settings: AnalyticsSettings;
  overrides: Record<string, unknown>;
}

/**
 * A merge patch of the settings (RFC 7396): every key optional, nested objects (`rfm`, `clv`)
 * patched key by key, null removes an override so the default applies again. Unknown keys are
 * refused, so a typo is never stored.
 */
export const AnalyticsSettingsPatch = patchOf(AnalyticsSettings) as z.ZodType<Record<string, unknown>>;

/** The patch schema of an object schema: each field nullable and optional, defaults dropped. */
function patchOf(schema: z.ZodObject): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = (inner instanceof z.ZodObject ? patchOf(inner) : inner).nullable().optional();
  }
  return z.strictObject(shape);
}

/** The shop's analytics settings and overrides (needs `customers:read`). */
export async function getShopAnalyticsSettings(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
): Promise<AnalyticsSettingsView> {
  authorize(actor, "customers:read", shopId);
  const shop = await getShopById(db, shopId);
  return { settings: await getAnalyticsSettings(db, shop), overrides: await getAnalyticsOverrides(db, shop) };
}

/**
 * Apply a merge patch to the shop's analytics settings (needs `settings`), like `laoke settings
 * --analytics`. Audited as `settings.changed` with each changed setting's old and new value
 * (dotted keys such as `clv.horizonDays`) and the overrides before and after.
 */
export async function changeAnalyticsSettings(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  patch: Record<string, unknown>,
): Promise<AnalyticsSettingsView> {
  authorize(actor, "settings", shopId);
  const valid = parseInput(AnalyticsSettingsPatch, patch);
  return db.transaction().execute(async (trx) => {
    // The row lock makes concurrent patches apply one after the other instead of losing one.
    await trx.selectFrom("shops").select("id").where("id", "=", shopId).forUpdate().execute();
    const shop = await getShopById(trx, shopId);
    const before = await getAnalyticsOverrides(trx, shop);
    const oldSettings = await getAnalyticsSettings(trx, shop);
    const settings = await updateAnalyticsSettings(trx, shop, valid);
    const overrides = await getAnalyticsOverrides(trx, shop);
    const changes = diffLeaves(oldSettings, settings);
    if (Object.keys(changes).length > 0 || !sameJson(before, overrides)) {
      await recordAudit(trx, actor, {
        shopId,
        action: "settings.changed",
        targetType: "shop",
        targetIds: [shopId],
        data: {
          section: "analytics",
          keys: Object.keys(changes),
          changes,
          overrides: { before, after: overrides },
        },
      });
    }
    return { settings, overrides };
  });
}

/** Settings whose value differs, by dotted path, with old and new value. */
function diffLeaves(a: unknown, b: unknown, prefix = ""): Record<string, { old: unknown; new: unknown }> {
  if (isObject(a) && isObject(b)) {
    const out: Record<string, { old: unknown; new: unknown }> = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      Object.assign(out, diffLeaves(a[key], b[key], prefix ? `${prefix}.${key}` : key));
    return out;
  }
  return sameJson(a, b) ? {} : { [prefix]: { old: a ?? null, new: b ?? null } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
