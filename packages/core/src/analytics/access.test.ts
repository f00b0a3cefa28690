/**
 * The dashboard's services check authorization before touching the database (the handle here
 * would throw on any use): a missing permission is `forbidden`, another shop is `not_found`.
 */
import type { Database, StaffRole } from "@laoke/db";
import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import type { StaffActor } from "../shared/actor.ts";
import { ROLE_PERMISSIONS } from "../shared/permissions.ts";
import { updateShop } from "../shops/index.ts";
import { getShopStats } from "../stats/index.ts";
import {
  changeAnalyticsSettings,
  getShopAnalyticsSettings,
  listAnalyticsRuns,
  listMaskedTopCustomers,
  recomputeAnalytics,
  requestAnalyticsRecompute,
} from "./index.ts";
import { getShopReport } from "./report/index.ts";

const unusable = new Proxy({} as Kysely<Database>, {
  get: () => {
    throw new Error("the database was used before authorization");
  },
});

function staff(role: StaffRole, shopId = 1): StaffActor {
  return {
    kind: "staff",
    shopId,
    memberId: 1,
    accountId: 1,
    name: role,
    role,
    permissions: ROLE_PERMISSIONS[role],
  };
}

const enqueue = async () => {
  throw new Error("enqueued before authorization");
};

const CALLS = {
  "GET /stats": (a: StaffActor) => getShopStats(unusable, a, 1),
  "GET /analytics/reports/churn": (a: StaffActor) => getShopReport(unusable, a, 1, "churn", {}),
  "GET /analytics/top-customers": (a: StaffActor) =>
    listMaskedTopCustomers(unusable, a, 1, { by: "clv", limit: 5 }),
  "GET /analytics/runs": (a: StaffActor) => listAnalyticsRuns(unusable, a, 1),
  "GET /shop/settings/analytics": (a: StaffActor) => getShopAnalyticsSettings(unusable, a, 1),
  "PATCH /shop/settings/analytics": (a: StaffActor) =>
    changeAnalyticsSettings(unusable, a, 1, { churnDays: 9 }),
  "PATCH /shop": (a: StaffActor) => updateShop(unusable, a, 1, { name: "x" }),
  "POST /analytics/recompute": (a: StaffActor) => requestAnalyticsRecompute(unusable, a, 1, "full", enqueue),
  recomputeAnalytics: (a: StaffActor) =>
    recomputeAnalytics({ db: unusable, pool: unusable as never }, a, { id: 1 } as never, { mode: "full" }),
};

describe("authorization comes first", () => {
  it.each(Object.entries(CALLS))("%s: another shop's staff get not_found", async (_name, call) => {
    await expect(call(staff("owner", 2))).rejects.toMatchObject({ code: "not_found" });
  });

  it("needs settings / analytics:run where the endpoint changes something", async () => {
    for (const name of [
      "PATCH /shop/settings/analytics",
      "PATCH /shop",
      "POST /analytics/recompute",
      "recomputeAnalytics",
    ] as const) {
      for (const role of ["presale", "aftersale", "analyst"] as const)
        await expect(CALLS[name](staff(role)), `${name} ${role}`).rejects.toMatchObject({
          code: "forbidden",
        });
    }
  });
});
