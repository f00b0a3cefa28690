/**
 * What the builder knows about the server's field catalogue (GET /segments/fields): the menu
 * category of each field, the operator picked first, the unit shown beside a number, and which
 * editor a value needs. The catalogue itself (fields, types, operators, bounds) comes from the
 * server; a field added there and not known here still works, under "other" with its raw name.
 */
import type { GetResponse } from "../../api/client.ts";

/** One field of the server's catalogue. */
export type FieldInfo = GetResponse<"/api/v1/segments/fields">["items"][number];

/** The field menu's groups, in menu order. */
export const CATEGORIES = [
  "profile",
  "metrics",
  "predictions",
  "tagsProducts",
  "platforms",
  "other",
] as const;
/** A menu group of the field menu. */
export type Category = (typeof CATEGORIES)[number];

// biome-ignore format: a table reads better packed
const CATEGORY_OF: Record<string, Category> = {
  gender: "profile", birthday_month: "profile", province: "profile", city: "profile", added_at: "profile",
  accepts_sms_marketing: "profile", accepts_email_marketing: "profile",
  first_order_at: "metrics", last_order_at: "metrics", paid_orders: "metrics", purchase_days: "metrics",
  total_spent_fen: "metrics", aov_fen: "metrics", recency_days: "metrics", r_score: "metrics",
  f_score: "metrics", m_score: "metrics", aov_tier: "metrics", churn_status: "metrics",
  ipt_median_days: "metrics", favourite_colour: "metrics", favourite_size: "metrics", behaviours: "metrics",
  p_alive: "predictions", expected_purchases: "predictions", expected_next_purchase_on: "predictions",
  expected_spend_fen: "predictions", clv_fen: "predictions", prediction_source: "predictions",
  tags: "tagsProducts", products: "tagsProducts", skus: "tagsProducts", product_keyword: "tagsProducts",
  platforms: "platforms", groups: "platforms", lurker_in_group: "platforms",
};

/** The menu group of a field. */
export function categoryOf(field: string): Category {
  return CATEGORY_OF[field] ?? "other";
}

/** The unit shown after a number field's value (a key of the catalogue's `unit`). */
export const UNITS: Record<string, "orders" | "days" | "times" | "month"> = {
  paid_orders: "orders",
  purchase_days: "days",
  recency_days: "days",
  ipt_median_days: "days",
  expected_purchases: "times",
  birthday_month: "month",
};

/** Ratios edited and shown as percentages (0.5 is 50%). */
export const PERCENT_FIELDS = new Set(["p_alive"]);

/** Every platform a `platforms` condition may name (the server's list). */
export const PLATFORMS = ["taobao", "jd", "pdd", "shopify", "woocommerce", "cdnow", "other"] as const;

/** Field types whose condition may be limited to purchases of the last N days. */
export const PURCHASE_TYPES = new Set(["products", "skus", "keyword"]);

/** The operator a newly chosen field starts with (the most common question for its type). */
const DEFAULT_OP: Record<string, string> = {
  number: "gte",
  money: "gte",
  date: "within_last_days",
  text: "in",
  enum: "in",
  boolean: "is_true",
  tags: "has_any",
  products: "bought_any",
  skus: "bought_any",
  keyword: "bought",
  platforms: "has_any",
  groups: "has_any",
  lurker: "is_lurker",
};

/** The first operator of a field. */
export function defaultOperator(field: FieldInfo): string | null {
  const preferred = DEFAULT_OP[field.type];
  if (preferred && field.operators.includes(preferred)) return preferred;
  return field.operators[0] ?? null;
}

/** The editor a condition's value needs. */
export type ValueKind =
  | "none"
  | "number"
  | "numberRange"
  | "money"
  | "moneyRange"
  | "percent"
  | "percentRange"
  | "day"
  | "dayRange"
  | "days"
  | "text"
  | "textList"
  | "enumList"
  | "tags"
  | "products"
  | "skus"
  | "platforms"
  | "groups";

const NO_VALUE = new Set(["is_set", "is_not_set", "is_true", "is_false"]);
// Lurking takes the days of silence that make a lurker, like the date fields' day counts.
const DAY_COUNT = new Set([
  "within_last_days",
  "not_within_last_days",
  "within_next_days",
  "is_lurker",
  "not_lurker",
]);

/** Which value `op` takes on `field` (mirrors the server's validation in core/segments/rule.ts). */
export function valueKind(field: FieldInfo, op: string): ValueKind {
  if (NO_VALUE.has(op)) return "none";
  if (DAY_COUNT.has(op)) return "days";
  const scalar = (): ValueKind => {
    if (field.type === "money") return "money";
    if (field.type === "text" || field.type === "keyword") return "text";
    return PERCENT_FIELDS.has(field.name) ? "percent" : "number";
  };
  switch (op) {
    case "before":
    case "after":
      return "day";
    case "between":
      if (field.type === "date") return "dayRange";
      return `${scalar()}Range` as ValueKind;
    case "in":
    case "not_in":
      return field.values ? "enumList" : "textList";
    case "contains":
    case "eq":
    case "neq":
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return scalar();
    case "bought":
    case "not_bought":
      return field.type === "keyword" ? "text" : (field.type as "products" | "skus");
    case "bought_any":
    case "bought_all":
      return field.type as "products" | "skus";
    case "has_any":
    case "has_all":
    case "has_none":
      // Fields with a closed list of values (behaviours) choose from it; tags and groups are the shop's.
      if (field.values) return "enumList";
      if (field.type === "platforms" || field.type === "groups") return field.type;
      return "tags";
    default:
      return "none";
  }
}
