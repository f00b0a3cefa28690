/** Shop summary statistics. */
export { getShopSummary, type ShopSummary } from "./stats.service.ts";
