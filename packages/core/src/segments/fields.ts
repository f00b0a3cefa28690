/**
 * The field catalogue of segment rules (decision 0010): every field a rule may test, its type,
 * and where its value lives. The validator, the SQL compiler, the API's field list and the web
 * rule builder all read this one list, so adding a field is one entry here (plus its labels in
 * the web catalogues).
 */

/** How a field's values compare; each type allows its own operators (see OPERATORS). */
export type FieldType =
  | "number"
  | "money"
  | "date"
  | "text"
  | "enum"
  | "boolean"
  | "tags"
  | "products"
  | "skus"
  | "keyword"
  | "platforms"
  | "behaviours"
  | "groups"
  | "lurker";

/** Which table a field's column is read from. */
export type FieldSource = "customer" | "metrics" | "set";

/** One field of the catalogue. `column` is trusted SQL (never user input). */
export interface FieldSpec {
  type: FieldType;
  source: FieldSource;
  /** SQL expression over `c` (customers) or `m` (customer_metrics); set fields build their own. */
  column?: string;
  /**
   * The column is read as `coalesce(column, '-infinity')`, the expression the customer list's
   * indexes (migration 0005) are built on, so date conditions use them; "no value" is -infinity.
   */
  infinityForNull?: boolean;
  /** A `date` column (not timestamptz): compared with days, not instants. */
  dateOnly?: boolean;
  /** Allowed values of an enum field. */
  values?: readonly string[];
  /** Inclusive bounds of a number field, for validation and the builder's inputs. */
  min?: number;
  max?: number;
}

/** Operators per field type. */
export const OPERATORS = {
  number: ["eq", "neq", "gt", "gte", "lt", "lte", "between", "is_set", "is_not_set"],
  money: ["eq", "neq", "gt", "gte", "lt", "lte", "between", "is_set", "is_not_set"],
  date: [
    "before",
    "after",
    "between",
    "within_last_days",
    "not_within_last_days",
    "within_next_days",
    "is_set",
    "is_not_set",
  ],
  text: ["eq", "neq", "in", "not_in", "contains", "is_set", "is_not_set"],
  enum: ["in", "not_in", "is_set", "is_not_set"],
  boolean: ["is_true", "is_false", "is_set", "is_not_set"],
  tags: ["has_any", "has_all", "has_none"],
  products: ["bought_any", "bought_all", "not_bought"],
  skus: ["bought_any", "bought_all", "not_bought"],
  keyword: ["bought", "not_bought"],
  platforms: ["has_any", "has_none"],
  behaviours: ["has_any", "has_all", "has_none"],
  groups: ["has_any", "has_none"],
  // The value is the days of silence that make a lurker (see groups/lurkers.ts).
  lurker: ["is_lurker", "not_lurker"],
} as const satisfies Record<FieldType, readonly string[]>;

/** Every operator of any type. */
export type Operator = (typeof OPERATORS)[FieldType][number];

const CHURN = ["none", "active", "at_risk", "churned"] as const;

/** The catalogue. Keys are the names rules use; they are stable API. */
export const FIELDS = {
  // Profile (customers)
  gender: { type: "enum", source: "customer", column: "c.gender", values: ["male", "female"] },
  birthday_month: {
    type: "number",
    source: "customer",
    column: "extract(month from c.birthday)::int",
    min: 1,
    max: 12,
  },
  province: { type: "text", source: "customer", column: "c.province" },
  city: { type: "text", source: "customer", column: "c.city" },
  first_order_at: {
    type: "date",
    source: "customer",
    column: "coalesce(c.first_order_at, '-infinity'::timestamptz)",
    infinityForNull: true,
  },
  last_order_at: {
    type: "date",
    source: "customer",
    column: "coalesce(c.last_order_at, '-infinity'::timestamptz)",
    infinityForNull: true,
  },
  added_at: { type: "date", source: "customer", column: "c.created_at" },
  accepts_sms_marketing: { type: "boolean", source: "customer", column: "c.accepts_sms_marketing" },
  accepts_email_marketing: { type: "boolean", source: "customer", column: "c.accepts_email_marketing" },
  // Metrics and predictions (customer_metrics, from the last analytics run)
  paid_orders: { type: "number", source: "metrics", column: "m.paid_orders", min: 0 },
  purchase_days: { type: "number", source: "metrics", column: "m.purchase_days", min: 0 },
  total_spent_fen: { type: "money", source: "metrics", column: "m.total_spent_fen" },
  aov_fen: { type: "money", source: "metrics", column: "m.aov_fen" },
  recency_days: { type: "number", source: "metrics", column: "m.recency_days", min: 0 },
  r_score: { type: "number", source: "metrics", column: "m.r_score", min: 1, max: 5 },
  f_score: { type: "number", source: "metrics", column: "m.f_score", min: 1, max: 5 },
  m_score: { type: "number", source: "metrics", column: "m.m_score", min: 1, max: 5 },
  aov_tier: { type: "number", source: "metrics", column: "m.aov_tier", min: 1, max: 20 },
  churn_status: { type: "enum", source: "metrics", column: "m.churn_status", values: CHURN },
  ipt_median_days: { type: "number", source: "metrics", column: "m.ipt_median_days", min: 0 },
  favourite_colour: { type: "text", source: "metrics", column: "m.favourite_colour" },
  favourite_size: { type: "text", source: "metrics", column: "m.favourite_size" },
  p_alive: { type: "number", source: "metrics", column: "m.p_alive", min: 0, max: 1 },
  expected_purchases: { type: "number", source: "metrics", column: "m.expected_purchases", min: 0 },
  expected_next_purchase_on: {
    type: "date",
    source: "metrics",
    column: "m.expected_next_purchase_on",
    dateOnly: true,
  },
  expected_spend_fen: { type: "money", source: "metrics", column: "m.expected_spend_fen" },
  clv_fen: { type: "money", source: "metrics", column: "m.clv_fen" },
  prediction_source: {
    type: "enum",
    source: "metrics",
    column: "m.prediction_source",
    values: ["bgnbd", "pareto-nbd", "heuristic"],
  },
  // Sets (exists subqueries)
  tags: { type: "tags", source: "set" },
  products: { type: "products", source: "set" },
  skus: { type: "skus", source: "set" },
  product_keyword: { type: "keyword", source: "set" },
  platforms: { type: "platforms", source: "set" },
  // Behaviour inferred from orders (decision 0011), unless staff rejected it.
  behaviours: {
    type: "behaviours",
    source: "set",
    values: ["payday_buyer", "gift_buyer", "promotion_driven", "seasonal_buyer", "plus_size"],
  },
  // Customer groups (WeChat/QQ 群, migration 0011): in any / none of these group ids, and lurking
  // (silent for `value` days: no paid order, no activity) in any group.
  groups: { type: "groups", source: "set" },
  lurker_in_group: { type: "lurker", source: "set", min: 1, max: 3650 },
} as const satisfies Record<string, FieldSpec>;

/** A field name of the catalogue. */
export type FieldName = keyof typeof FIELDS;

/** True when `name` is a catalogue field. */
export function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(FIELDS, name);
}

/** The catalogue as the API and the web builder read it. */
export function describeFields(): {
  name: FieldName;
  type: FieldType;
  operators: readonly string[];
  values?: readonly string[];
  min?: number;
  max?: number;
}[] {
  return (Object.entries(FIELDS) as [FieldName, FieldSpec][]).map(([name, f]) => ({
    name,
    type: f.type,
    operators: OPERATORS[f.type],
    ...(f.values ? { values: f.values } : {}),
    ...(f.min !== undefined ? { min: f.min } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
  }));
}
