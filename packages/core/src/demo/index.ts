/**
 * Demo data: a realistic, seed-deterministic online shop written as real Taobao export files
 * (订单报表 + 宝贝报表, GB18030) and optionally a Shopify orders CSV, so the demo runs through the
 * real importers. See generate.ts for the options and the ground truth returned, README.md for
 * the model parameters. Names are prefixed so `export *` from the package root cannot clash.
 */
export { MODEL as DEMO_PURCHASE_MODEL, SEGMENTS as DEMO_SEGMENTS } from "./customers.ts";
export { type DemoCustomerTruth, type DemoOptions, type DemoResult, generateDemoShop } from "./generate.ts";
export { RATES as DEMO_RATES } from "./orders.ts";
/** The seeded generator (sfc32) with Gamma/Beta/exponential draws, reused by the CLV simulators. */
export { Rng as SeededRng } from "./random.ts";
export { SHOPIFY_HEADER as DEMO_SHOPIFY_ORDER_HEADER } from "./shopify-writer.ts";
export {
  TAOBAO_ITEM_HEADER as DEMO_TAOBAO_ITEM_HEADER,
  TAOBAO_ORDER_HEADER as DEMO_TAOBAO_ORDER_HEADER,
} from "./taobao-writer.ts";
