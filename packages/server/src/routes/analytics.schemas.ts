/**
 * Response schemas of the dashboard's analytics endpoints. Each mirrors a core type exactly (the
 * `Same` checks at the end fail to compile when one drifts), so nothing is silently dropped.
 */
import {
  type AnalyticsRunHistory,
  BREAKDOWN_DIMENSIONS,
  COHORT_METRICS,
  GRANULARITIES,
  type RecomputeRequest,
  type ShopReport,
  type ShopSummary,
  TOP_CUSTOMER_ORDERS,
  type TopCustomer,
} from "@laoke/core";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "./schemas.ts";

/** A calendar day in the shop's time zone. */
const Day = z.string().meta({ description: "YYYY-MM-DD in the shop's time zone", example: "2025-03-01" });
const DayOrNull = Day.nullable();
const Granularity = z.enum(GRANULARITIES);

/** What every report echoes: the resolved range (null: nothing bought yet) and platform filter. */
const Range = { from: DayOrNull, to: DayOrNull, platform: z.string().nullable() };
const Period = { start: Day, end: Day };

const RepeatRateFigures = z.object({
  buyers: z.number(),
  repeatBuyers: z.number(),
  repeatRate: z.number(),
  newBuyers: z.number(),
  returningBuyers: z.number(),
  returningShare: z.number(),
  revenueFen: z.number(),
  newBuyerRevenueFen: z.number(),
  returningBuyerRevenueFen: z.number(),
  newBuyerRevenueShare: z.number(),
  returningBuyerRevenueShare: z.number(),
});

/** `GET /analytics/reports/repeat-rate`. */
export const RepeatRateSeriesSchema = z.object({
  granularity: Granularity,
  ...Range,
  points: z.array(RepeatRateFigures.extend(Period)),
  total: RepeatRateFigures,
});

const ChurnFigures = z.object({
  activeAtStart: z.number(),
  newBuyers: z.number(),
  reactivated: z.number(),
  churned: z.number(),
  churnedOfActiveAtStart: z.number(),
  churnRate: z.number(),
  activeAtEnd: z.number(),
});

/** `GET /analytics/reports/churn`. */
export const ChurnSeriesSchema = z.object({
  granularity: Granularity,
  churnDays: z.number(),
  churnDaysSource: z.enum(["query", "settings", "analyticsRun", "derived"]),
  ...Range,
  points: z.array(ChurnFigures.extend(Period)),
  total: ChurnFigures,
});

/** `GET /analytics/reports/cohorts`. */
export const CohortTableSchema = z.object({
  ...Range,
  metric: z.enum(COHORT_METRICS),
  maxMonthsSince: z.number(),
  cohorts: z.array(
    z.object({
      month: z.string().meta({ description: "first day of the cohort's month, YYYY-MM-DD" }),
      size: z.number(),
      cells: z.array(
        z.object({
          monthsSince: z.number(),
          activeCustomers: z.number(),
          retention: z.number(),
          revenueFen: z.number(),
          cumulativeRevenuePerCustomerFen: z.number(),
        }),
      ),
    }),
  ),
  matrix: z.array(z.array(z.number().nullable())),
});

/** `GET /analytics/reports/gaps`. */
export const InterPurchaseTimesSchema = z.object({
  ...Range,
  bucketDays: z.number(),
  repeatBuyers: z.number(),
  count: z.number(),
  meanDays: z.number().nullable(),
  p25Days: z.number().nullable(),
  medianDays: z.number().nullable(),
  p75Days: z.number().nullable(),
  p90Days: z.number().nullable(),
  maxDays: z.number().nullable(),
  histogram: z.array(z.object({ fromDays: z.number(), toDays: z.number().nullable(), count: z.number() })),
});

/** `GET /analytics/reports/reorder`. */
export const ReorderCurvesSchema = z.object({
  ...Range,
  maxDays: z.number(),
  minRepeatBuyers: z.number(),
  products: z.array(
    z.object({
      productId: z.number(),
      title: z.string(),
      buyers: z.number(),
      repeatBuyers: z.number(),
      repeatRate: z.number(),
      reorders: z.number(),
      p25Days: z.number().nullable(),
      medianDays: z.number().nullable(),
      p75Days: z.number().nullable(),
      curve: z.array(z.number()),
    }),
  ),
});

/** `GET /analytics/reports/breakdown`. */
export const ShopBreakdownSchema = z.object({
  by: z.enum(BREAKDOWN_DIMENSIONS),
  available: z.boolean(),
  ...Range,
  groups: z.number(),
  rows: z.array(
    z.object({
      key: z.union([z.string(), z.number()]).nullable(),
      label: z.string().nullable(),
      buyers: z.number(),
      repeatBuyers: z.number(),
      repeatRate: z.number(),
      orders: z.number(),
      revenueFen: z.number(),
      aovFen: z.number(),
      revenueShare: z.number(),
    }),
  ),
});

const TrafficCostFigures = z.object({
  orders: z.number(),
  revenueFen: z.number(),
  newCustomers: z.number(),
  newCustomerOrders: z.number(),
  newCustomerRevenueFen: z.number(),
  repeatRevenueFen: z.number(),
  costIfAllPaidFen: z.number(),
  acquisitionCostFen: z.number(),
  savedFen: z.number(),
  costPerOrderIfAllPaidFen: z.number(),
  effectiveCostPerOrderFen: z.number(),
  effectiveShare: z.number(),
});

/** `GET /analytics/reports/traffic-cost`. */
export const TrafficCostSchema = z.object({
  share: z.number(),
  granularity: Granularity,
  ...Range,
  points: z.array(TrafficCostFigures.extend(Period)),
  total: TrafficCostFigures,
});

/** `GET /stats`: the headline numbers `laoke stats` prints. */
export const ShopSummarySchema = z.object({
  customers: z.number(),
  buyers: z.number(),
  orders: z.number(),
  paidOrders: z.number(),
  revenueFen: z.number(),
  repeatRate: z.number(),
});

/** `GET /analytics/top-customers`: one ranked customer, name and phone masked. */
export const TopCustomerSchema = z.object({
  customerId: z.number(),
  name: z.string().nullable().meta({ description: "masked: 张*" }),
  phone: z.string().nullable().meta({ description: "masked: 138****1234" }),
  province: z.string().nullable(),
  purchaseDays: z.number(),
  totalSpentFen: z.number(),
  lastOrderAt: isoDateOrNull,
  churnStatus: z.string(),
  pAlive: z.number().nullable(),
  expectedPurchases: z.number().nullable(),
  clvFen: z.number().nullable(),
  clvLowFen: z.number().nullable(),
  clvHighFen: z.number().nullable(),
  predictionSource: z.string().nullable(),
});

/** The orders of the ranking. */
export const TopCustomerOrderSchema = z.enum(TOP_CUSTOMER_ORDERS);

/** `GET /analytics/runs`. */
export const AnalyticsRunHistorySchema = z.object({
  runs: z.array(
    z.object({
      id: z.number(),
      mode: z.enum(["full", "incremental"]),
      status: z.enum(["running", "succeeded", "failed"]),
      customers: z.number(),
      refit: z.boolean(),
      asOf: isoDateOrNull,
      startedAt: isoDate,
      finishedAt: isoDateOrNull,
      timingsMs: z.record(z.string(), z.number()),
      error: z.string().nullable(),
    }),
  ),
  fits: z.array(
    z.object({
      id: z.number(),
      runId: z.number().nullable(),
      model: z.enum(["bgnbd", "pareto-nbd", "gamma-gamma"]),
      params: z.record(z.string(), z.number()),
      standardErrors: z.record(z.string(), z.number()).nullable(),
      logLikelihood: z.number(),
      customers: z.number(),
      repeatCustomers: z.number(),
      penalty: z.number(),
      converged: z.boolean(),
      trusted: z.boolean(),
      reason: z.string().nullable(),
      inUse: z.boolean(),
      dataCutoff: isoDate,
      fittedAt: isoDate,
    }),
  ),
});

/** `POST /analytics/recompute`. */
export const RecomputeRequestSchema = z.object({
  mode: z.enum(["incremental", "full"]),
  jobId: z.string().nullable(),
  alreadyQueued: z.boolean(),
});

// Compile-time checks: each schema's output is exactly the core type it serialises.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends z.ZodType> = z.output<S>;
const _same: [
  Same<Out<typeof RepeatRateSeriesSchema>, ShopReport<"repeat-rate">>,
  Same<Out<typeof ChurnSeriesSchema>, ShopReport<"churn">>,
  Same<Out<typeof CohortTableSchema>, ShopReport<"cohorts">>,
  Same<Out<typeof InterPurchaseTimesSchema>, ShopReport<"gaps">>,
  Same<Out<typeof ReorderCurvesSchema>, ShopReport<"reorder">>,
  Same<Out<typeof ShopBreakdownSchema>, ShopReport<"breakdown">>,
  Same<Out<typeof TrafficCostSchema>, ShopReport<"traffic-cost">>,
  Same<Out<typeof ShopSummarySchema>, ShopSummary>,
  Same<Out<typeof TopCustomerSchema>, TopCustomer>,
  Same<Out<typeof AnalyticsRunHistorySchema>, AnalyticsRunHistory>,
  Same<Out<typeof RecomputeRequestSchema>, RecomputeRequest>,
] = [true, true, true, true, true, true, true, true, true, true, true];
void _same;
