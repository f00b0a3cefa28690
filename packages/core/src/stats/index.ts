/** Shop summary statistics. */
export { getShopStats, getShopSummary, type ShopSummary } from "./stats.service.ts";
