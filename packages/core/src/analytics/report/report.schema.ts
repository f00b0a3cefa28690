/** Input schemas of the shop-level reports: a day range, a platform, and each report's options. */
import { z } from "zod";
import { DomainError } from "../../shared/errors.ts";

/** A calendar day `YYYY-MM-DD` that exists (no 2025-02-30). */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

/** Platform codes as the importer writes them to orders.platform (`taobao`, `shopify`, …). */
const Platform = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/);

/** What every report accepts: inclusive days in the shop's zone (default: all history) and a platform. */
export const ReportRange = z.object({
  from: Day.optional(),
  to: Day.optional(),
  platform: Platform.optional(),
});
export type ReportRange = z.output<typeof ReportRange>;

export const GRANULARITIES = ["month", "week", "day"] as const;
/** Calendar periods of a series; weeks start on Monday (ISO). */
export type Granularity = (typeof GRANULARITIES)[number];
const GranularityField = z.enum(GRANULARITIES).default("month");

export const RepeatRateQuery = ReportRange.extend({ granularity: GranularityField });
export type RepeatRateQuery = z.input<typeof RepeatRateQuery>;

export const ChurnQuery = ReportRange.extend({
  granularity: GranularityField,
  /** Overrides the shop's setting / data-derived threshold. */
  churnDays: z.coerce.number().int().min(1).max(3650).optional(),
});
export type ChurnQuery = z.input<typeof ChurnQuery>;

export const COHORT_METRICS = [
  "retention",
  "activeCustomers",
  "revenueFen",
  "cumulativeRevenuePerCustomerFen",
] as const;
/** Which cell value fills the cohort heat-map matrix. */
export type CohortMetric = (typeof COHORT_METRICS)[number];
export const CohortQuery = ReportRange.extend({ metric: z.enum(COHORT_METRICS).default("retention") });
export type CohortQuery = z.input<typeof CohortQuery>;

export const InterPurchaseQuery = ReportRange.extend({
  bucketDays: z.coerce.number().int().min(1).max(365).default(30),
});
export type InterPurchaseQuery = z.input<typeof InterPurchaseQuery>;

export const ReorderQuery = ReportRange.extend({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  minRepeatBuyers: z.coerce.number().int().min(1).default(5),
  /** Last day of each reorder curve (the curve stops earlier at the product's longest gap). */
  maxDays: z.coerce.number().int().min(1).max(1095).default(365),
});
export type ReorderQuery = z.input<typeof ReorderQuery>;

export const BREAKDOWN_DIMENSIONS = ["aovTier", "province", "city", "product", "platform"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
export const BreakdownQuery = ReportRange.extend({
  by: z.enum(BREAKDOWN_DIMENSIONS),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type BreakdownQuery = z.input<typeof BreakdownQuery>;

export const TrafficCostQuery = ReportRange.extend({
  granularity: GranularityField,
  /** Share of sales paid for traffic; default: the shop's trafficCostShare setting. */
  share: z.coerce.number().min(0).max(1).optional(),
});
export type TrafficCostQuery = z.input<typeof TrafficCostQuery>;

/**
 * Validate a report query; the first problem becomes `invalid_input` with the field path and the
 * value given. A range whose `from` is after its `to` is reported on `to`.
 */
export function parseReportQuery<T extends ReportRange>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    throw new DomainError("invalid_input", {
      field: path.join("."),
      value: String(valueAt(input, path) ?? ""),
    });
  }
  const q = parsed.data;
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    throw new DomainError("invalid_input", { field: "to", value: q.to });
  }
  return q;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path)
    v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}
