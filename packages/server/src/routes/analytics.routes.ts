/**
 * The dashboard's analytics: the shop-level reports (one route per kind, each with its own query
 * and response schema), the top customers (masked), the analytics runs, and a recompute request
 * that queues the `analytics.recompute` job.
 */
import {
  getShopReport,
  listAnalyticsRuns,
  listMaskedTopCustomers,
  requestAnalyticsRecompute,
  SHOP_REPORT_QUERIES,
  type ShopReport,
  type ShopReportKind,
  type ShopReportQuery,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import {
  AnalyticsRunHistorySchema,
  ChurnSeriesSchema,
  CohortTableSchema,
  InterPurchaseTimesSchema,
  RecomputeRequestSchema,
  ReorderCurvesSchema,
  RepeatRateSeriesSchema,
  ShopBreakdownSchema,
  TopCustomerOrderSchema,
  TopCustomerSchema,
  TrafficCostSchema,
} from "./analytics.schemas.ts";

/** What each report route documents. */
const REPORT_DOCS: Record<ShopReportKind, { summary: string; description: string; response: z.ZodType }> = {
  "repeat-rate": {
    summary: "复购率: repeat rate, new and returning buyers per period",
    description:
      "A purchase is a distinct day (shop time zone) with a paid order. Whole-history total = GET /stats repeatRate.",
    response: RepeatRateSeriesSchema,
  },
  churn: {
    summary: "流失: active, new, reactivated and churned buyers per period",
    description:
      "churnDays: from the query, else the shop's setting, else the last analytics run's derived threshold.",
    response: ChurnSeriesSchema,
  },
  cohorts: {
    summary: "同期群: retention and revenue by first-purchase month",
    description:
      "matrix[i][k] is `metric` of cohort i in month k since its first purchase (null past the range).",
    response: CohortTableSchema,
  },
  gaps: {
    summary: "回购间隔: distribution of days between purchases",
    description:
      "Gaps between consecutive purchase days of a customer, both within the range; histogram of bucketDays.",
    response: InterPurchaseTimesSchema,
  },
  reorder: {
    summary: "Reorder curves of the products most often bought again",
    description: "curve[d]: share of a product's re-orders that came within d days.",
    response: ReorderCurvesSchema,
  },
  breakdown: {
    summary: "维度拆解: repeat rate and 客单价 by tier, region, product or platform",
    description: "by=aovTier answers available=false until an analytics run assigned tiers.",
    response: ShopBreakdownSchema,
  },
  "traffic-cost": {
    summary: "流量成本: traffic cost if every order were bought vs only first orders",
    description: "share: the query's, else the shop's trafficCostShare setting. Money in 分.",
    response: TrafficCostSchema,
  },
};

/** Register /analytics/*. */
export async function analyticsRoutes(app: App, { handle, jobs }: AppDeps): Promise<void> {
  const db = handle.db;

  for (const kind of Object.keys(REPORT_DOCS) as ShopReportKind[]) {
    const docs = REPORT_DOCS[kind];
    app.get(
      `/analytics/reports/${kind}`,
      {
        config: { access: "customers:read" },
        schema: {
          tags: ["analytics"],
          summary: docs.summary,
          description: `${docs.description} Dates are YYYY-MM-DD in the shop's time zone (default: all history); money in 分.`,
          // Unknown parameters are refused (400 naming them) instead of being silently ignored.
          querystring: z.strictObject(SHOP_REPORT_QUERIES[kind].shape),
          response: { 200: docs.response },
        },
      },
      async (request): Promise<ShopReport<typeof kind>> => {
        const actor = requireActor(request);
        return getShopReport(db, actor, actor.shopId, kind, request.query as ShopReportQuery<typeof kind>);
      },
    );
  }

  app.get(
    "/analytics/top-customers",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["analytics"],
        summary: "Top customers by predicted value (clv), chance of being active (p-alive) or spend",
        description: "Values as of the last analytics run. Names and phones are masked for every role.",
        querystring: z.strictObject({
          by: TopCustomerOrderSchema.default("clv"),
          limit: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: z.object({ items: z.array(TopCustomerSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listMaskedTopCustomers(db, actor, actor.shopId, request.query) };
    },
  );

  app.get(
    "/analytics/runs",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["analytics"],
        summary: "Recent analytics runs and the latest fit of each model",
        description:
          "fits[].trusted/reason say whether predictions use the model or the heuristic fallback; inUse marks the fits the last succeeded run predicted with.",
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: AnalyticsRunHistorySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listAnalyticsRuns(db, actor, actor.shopId, request.query);
    },
  );

  app.post(
    "/analytics/recompute",
    {
      config: { access: "analytics:run" },
      schema: {
        tags: ["analytics"],
        summary: "Queue a recompute of the customer metrics",
        description:
          "incremental: customers changed since the last run (becomes full when needed); full: every customer, model refit. " +
          "alreadyQueued: a job of this mode was still waiting. Audited as analytics.recomputed.",
        body: z.strictObject({ mode: z.enum(["incremental", "full"]) }),
        response: { 202: RecomputeRequestSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await requestAnalyticsRecompute(
        db,
        actor,
        actor.shopId,
        request.body.mode,
        (payload, options) => jobs.send("analytics.recompute", payload, options),
      );
      return reply.code(202).send(result);
    },
  );
}
