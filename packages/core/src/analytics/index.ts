/** Customer analytics: per-customer metrics kept current by recomputeAnalytics, and the shop's settings. */

export { fitShopClv, type ShopClvFit } from "./clv-fit.service.ts";
export {
  type RecomputeOptions,
  type RecomputeProgress,
  type RecomputeResult,
  recomputeAnalytics,
} from "./recompute.service.ts";
export { markCustomersDirty } from "./runs.repository.ts";
export {
  type AnalyticsSettings,
  type AnalyticsSettingsInput,
  DEFAULT_ANALYTICS_SETTINGS,
  getAnalyticsOverrides,
  getAnalyticsSettings,
  parseAnalyticsSettings,
  saveAnalyticsSettings,
  updateAnalyticsSettings,
} from "./settings.ts";
export { listTopCustomers, TOP_CUSTOMER_ORDERS, type TopCustomer, type TopCustomerOrder } from "./top.ts";
