/** Shop-level analytics (issue 4 §2): repeat rate, churn, cohorts, purchase gaps, breakdowns, traffic cost. */

export {
  type ChurnDaysSource,
  type ChurnFigures,
  type ChurnPoint,
  type ChurnSeries,
  getChurnSeries,
  resolveShopChurnDays,
} from "./churn.service.ts";
export { MAX_PERIODS } from "./range.ts";
export {
  getRepeatRateSeries,
  type RepeatRateFigures,
  type RepeatRatePoint,
  type RepeatRateSeries,
} from "./repeat-rate.service.ts";
export {
  type ChurnQuery,
  GRANULARITIES,
  type Granularity,
  type RepeatRateQuery,
} from "./report.schema.ts";
