/** The caller's shop: its profile, analytics settings and headline numbers (GET /stats). */
import {
  AnalyticsSettings,
  AnalyticsSettingsPatch,
  changeAnalyticsSettings,
  getShopAnalyticsSettings,
  getShopById,
  getShopStats,
  UpdateShopInput,
  updateShop,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { ShopSummarySchema } from "./analytics.schemas.ts";
import { ShopSchema } from "./schemas.ts";

const AnalyticsSettingsView = z.object({
  settings: AnalyticsSettings,
  overrides: z
    .record(z.string(), z.unknown())
    .meta({ description: "only the settings changed on this shop" }),
});

/** Register /shop, /shop/settings/analytics and /stats. */
export async function shopRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/shop",
    {
      config: { access: "authenticated" },
      schema: { tags: ["shop"], summary: "The caller's shop", response: { 200: ShopSchema } },
    },
    async (request) => getShopById(db, requireActor(request).shopId),
  );

  app.patch(
    "/shop",
    {
      config: { access: "settings" },
      schema: {
        tags: ["shop"],
        summary: "Change the shop's name, time zone (IANA, e.g. Asia/Shanghai) or currency",
        description: "Audited as shop.updated. A new time zone moves every day boundary of reports at once.",
        body: UpdateShopInput,
        response: { 200: ShopSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateShop(db, actor, actor.shopId, request.body);
    },
  );

  app.get(
    "/shop/settings/analytics",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["shop"],
        summary: "Analytics settings in force, and the shop's overrides",
        description: "A null threshold is derived from the shop's own data at each analytics run.",
        response: { 200: AnalyticsSettingsView },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getShopAnalyticsSettings(db, actor, actor.shopId);
    },
  );

  app.patch(
    "/shop/settings/analytics",
    {
      config: { access: "settings" },
      schema: {
        tags: ["shop"],
        summary: "Change analytics settings (JSON merge patch)",
        description:
          "Nested objects (rfm, clv) merge key by key; null removes an override so the default applies " +
          "again. Audited as settings.changed with each changed setting's old and new value.",
        body: AnalyticsSettingsPatch,
        response: { 200: AnalyticsSettingsView },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return changeAnalyticsSettings(db, actor, actor.shopId, request.body);
    },
  );

  app.get(
    "/stats",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["shop"],
        summary: "Headline numbers: customers, buyers, orders, revenue, repeat rate",
        description:
          "paidOrders: paid and not closed; revenueFen: paid minus refunds, in 分; repeatRate: share of " +
          "buyers with paid orders on at least two days (shop time zone).",
        response: { 200: ShopSummarySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getShopStats(db, actor, actor.shopId);
    },
  );
}
