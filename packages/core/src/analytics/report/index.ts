/** Shop-level analytics (issue 4 §2): repeat rate, churn, cohorts, purchase gaps, breakdowns, traffic cost. */

export {
  type BreakdownRow,
  getShopBreakdown,
  type ShopBreakdown,
} from "./breakdown.service.ts";
export {
  type ChurnDaysSource,
  type ChurnFigures,
  type ChurnPoint,
  type ChurnSeries,
  getChurnSeries,
  resolveShopChurnDays,
} from "./churn.service.ts";
export { type Cohort, type CohortCell, type CohortTable, getCohortTable } from "./cohort.service.ts";
export { type HistogramBucket, MAX_HISTOGRAM_BUCKETS } from "./distribution.ts";
export {
  getInterPurchaseTimes,
  getReorderCurves,
  type InterPurchaseTimes,
  type ReorderCurve,
  type ReorderCurves,
} from "./gaps.service.ts";
export { MAX_PERIODS } from "./range.ts";
export {
  getRepeatRateSeries,
  type RepeatRateFigures,
  type RepeatRatePoint,
  type RepeatRateSeries,
} from "./repeat-rate.service.ts";
export {
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
  BreakdownQuery,
  ChurnQuery,
  COHORT_METRICS,
  type CohortMetric,
  CohortQuery,
  GRANULARITIES,
  type Granularity,
  InterPurchaseQuery,
  ReorderQuery,
  RepeatRateQuery,
  ReportRange,
  TrafficCostQuery,
} from "./report.schema.ts";
export {
  getShopReport,
  refreshViewedReports,
  SHOP_REPORT_KINDS,
  SHOP_REPORT_QUERIES,
  SHOP_REPORTS,
  type ShopReport,
  type ShopReportKind,
  type ShopReportQuery,
} from "./report.service.ts";
export { cachedReport, forgetShopReports, reportCacheKey } from "./report-cache.ts";
export {
  getTrafficCost,
  type TrafficCost,
  type TrafficCostFigures,
  type TrafficCostPoint,
} from "./traffic-cost.service.ts";
