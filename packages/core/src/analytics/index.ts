/** Customer analytics: per-customer metrics kept current by recomputeAnalytics, and the shop's settings. */

export { NIGHTLY_HOUR, runRecomputeJob, sendNightlyRecomputes } from "./analytics.jobs.ts";
export { fitShopClv, type ShopClvFit } from "./clv-fit.service.ts";
export {
  type RecomputeOptions,
  type RecomputeProgress,
  type RecomputeResult,
  recomputeAnalytics,
} from "./recompute.service.ts";
export { markCustomersDirty } from "./runs.repository.ts";
export {
  type AnalyticsFit,
  type AnalyticsRun,
  type AnalyticsRunHistory,
  type EnqueueRecompute,
  listAnalyticsRuns,
  type RecomputeRequest,
  recomputeSingletonKey,
  requestAnalyticsRecompute,
} from "./runs.service.ts";
export {
  AnalyticsSettingsPatch,
  type AnalyticsSettingsView,
  changeAnalyticsSettings,
  getShopAnalyticsSettings,
} from "./settings.service.ts";
export {
  AnalyticsSettings,
  type AnalyticsSettingsInput,
  DEFAULT_ANALYTICS_SETTINGS,
  getAnalyticsOverrides,
  getAnalyticsSettings,
  parseAnalyticsSettings,
  saveAnalyticsSettings,
  updateAnalyticsSettings,
} from "./settings.ts";
export {
  listMaskedTopCustomers,
  listTopCustomers,
  TOP_CUSTOMER_ORDERS,
  type TopCustomer,
  type TopCustomerOrder,
} from "./top.ts";
