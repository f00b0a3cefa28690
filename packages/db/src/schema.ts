/**
 * Table types for Kysely, kept by hand beside the migrations. Rows stay snake_case; services map
 * them to domain objects. bigint columns are read as numbers (see connect.ts).
 */
import type { ColumnType, Generated, JSONColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Id = Generated<number>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ShopsTable {
  id: Id;
  slug: string;
  name: string;
  time_zone: Generated<string>;
  currency: Generated<string>;
  /** Overrides of the analytics defaults (see core/src/analytics/settings.ts). */
  analytics_settings: Generated<Record<string, unknown>>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CustomersTable {
  shop_id: number;
  id: Id;
  name: string | null;
  name_masked: Generated<boolean>;
  gender: "male" | "female" | null;
  birthday: ColumnType<string | null, string | null, string | null>;
  phone: string | null;
  phone_masked: Generated<boolean>;
  email: string | null;
  country: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  address_masked: Generated<boolean>;
  zip: string | null;
  accepts_email_marketing: boolean | null;
  accepts_sms_marketing: boolean | null;
  note: string | null;
  first_order_at: Timestamp | null;
  last_order_at: Timestamp | null;
  merged_into_id: number | null;
  anonymised_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type IdentityKind =
  | "nick"
  | "ouid"
  | "platform_customer_id"
  | "email"
  | "phone"
  | "address_hash"
  | "order"
  | "alipay";

export interface CustomerIdentitiesTable {
  shop_id: number;
  id: Id;
  customer_id: number;
  platform: string;
  kind: IdentityKind;
  value: string;
  masked: Generated<boolean>;
  batch_id: number | null;
  created_at: CreatedAt;
}

export interface CustomerMergesTable {
  shop_id: number;
  id: Id;
  survivor_id: number;
  merged_customer_id: number | null;
  identity_ids: number[];
  reason: "phone" | "email";
  matched_value: string;
  batch_id: number | null;
  created_at: CreatedAt;
  undone_at: Timestamp | null;
  split_customer_id: number | null;
}

export interface ProductsTable {
  shop_id: number;
  id: Id;
  platform: string;
  product_key: string;
  external_id: string | null;
  merchant_code: string | null;
  title: string;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface SkusTable {
  shop_id: number;
  id: Id;
  product_id: number;
  attributes_key: string;
  external_id: string | null;
  merchant_code: string | null;
  attributes: JSONColumnType<Record<string, string>>;
  created_at: CreatedAt;
}

export type OrderStatusColumn = "unpaid" | "paid" | "shipped" | "completed" | "closed";

export interface OrdersTable {
  shop_id: number;
  id: Id;
  platform: string;
  external_id: string;
  customer_id: number;
  buyer_identity_id: number | null;
  status: OrderStatusColumn;
  raw_status: string;
  ordered_at: Timestamp;
  paid_at: Timestamp | null;
  shipped_at: Timestamp | null;
  received_at: Timestamp | null;
  completed_at: Timestamp | null;
  closed_at: Timestamp | null;
  goods_fen: number;
  shipping_fen: number;
  discount_fen: number;
  paid_fen: number;
  refunded_fen: number;
  currency: string;
  item_quantity: number | null;
  buyer_message: string | null;
  seller_memo: string | null;
  close_reason: string | null;
  is_mobile: boolean | null;
  shipping_company: string | null;
  tracking_no: string | null;
  receiver_name: string | null;
  receiver_name_masked: boolean;
  receiver_phone: string | null;
  receiver_phone_masked: boolean;
  receiver_country: string | null;
  receiver_province: string | null;
  receiver_city: string | null;
  receiver_district: string | null;
  receiver_address: string | null;
  receiver_address_masked: boolean;
  receiver_zip: string | null;
  content_hash: number;
  batch_id: number | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface OrderItemsTable {
  shop_id: number;
  order_id: number;
  line_no: number;
  external_id: string | null;
  product_id: number | null;
  sku_id: number | null;
  title: string;
  attributes: JSONColumnType<Record<string, string>>;
  merchant_code: string | null;
  unit_price_fen: number;
  quantity: number;
  paid_fen: number | null;
  status: OrderStatusColumn | null;
  raw_status: string | null;
  refund_status: "none" | "requested" | "refused" | "closed" | "refunded";
  raw_refund_status: string | null;
  refund_fen: number;
}

export interface ImportBatchesTable {
  shop_id: number;
  id: Id;
  status: "running" | "succeeded" | "failed" | "dry_run";
  format: string | null;
  files: JSONColumnType<ImportBatchFile[]>;
  dry_run: Generated<boolean>;
  rows_read: Generated<number>;
  orders_inserted: Generated<number>;
  orders_updated: Generated<number>;
  orders_unchanged: Generated<number>;
  items: Generated<number>;
  customers_created: Generated<number>;
  customers_matched: Generated<number>;
  customers_merged: Generated<number>;
  rejected: Generated<number>;
  error_code: string | null;
  error_data: JSONColumnType<Record<string, unknown>> | null;
  started_at: CreatedAt;
  finished_at: Timestamp | null;
}

/** One file of an import batch as recorded. */
export interface ImportBatchFile {
  name: string;
  sha256: string;
  bytes: number;
  format: string;
  tables: string[];
  rows: number;
}

export interface ImportRejectsTable {
  shop_id: number;
  batch_id: number;
  id: Id;
  file: string;
  row_number: number;
  field: string | null;
  code: string;
  message: string;
  raw: JSONColumnType<Record<string, string>>;
}

/** The whole database as Kysely sees it. */
export interface AnalyticsRunsTable {
  shop_id: number;
  id: Id;
  mode: "full" | "incremental";
  status: "running" | "succeeded" | "failed";
  through_batch_id: number | null;
  as_of: Timestamp | null;
  customers: Generated<number>;
  refit: Generated<boolean>;
  thresholds: Generated<Record<string, unknown>>;
  timings: Generated<Record<string, number>>;
  error: string | null;
  started_at: CreatedAt;
  finished_at: Timestamp | null;
}

export type ClvModelName = "bgnbd" | "pareto-nbd" | "gamma-gamma";

export interface ClvFitsTable {
  shop_id: number;
  id: Id;
  run_id: number | null;
  model: ClvModelName;
  params: Record<string, number>;
  standard_errors: Record<string, number> | null;
  log_covariance: number[][] | null;
  log_likelihood: number;
  customers: number;
  repeat_customers: number;
  penalty: Generated<number>;
  converged: boolean;
  trusted: boolean;
  reason: string | null;
  data_cutoff: Timestamp;
  fitted_at: CreatedAt;
}

export type ChurnStatus = "none" | "active" | "at_risk" | "churned";
export type PredictionSource = "bgnbd" | "pareto-nbd" | "heuristic";

export interface CustomerMetricsTable {
  shop_id: number;
  customer_id: number;
  as_of: Timestamp;
  paid_orders: number;
  purchase_days: number;
  first_order_at: Timestamp | null;
  last_order_at: Timestamp | null;
  total_spent_fen: number;
  aov_fen: number | null;
  recency_days: number | null;
  r_score: number | null;
  f_score: number | null;
  m_score: number | null;
  aov_tier: number | null;
  churn_status: ChurnStatus;
  ipt_mean_days: number | null;
  ipt_median_days: number | null;
  favourite_product_id: number | null;
  favourite_sku_id: number | null;
  favourite_colour: string | null;
  favourite_size: string | null;
  prediction_source: PredictionSource | null;
  fit_id: number | null;
  p_alive: number | null;
  p_alive_low: number | null;
  p_alive_high: number | null;
  horizon_days: number | null;
  expected_purchases: number | null;
  expected_purchases_low: number | null;
  expected_purchases_high: number | null;
  expected_next_purchase_on: ColumnType<string | null, string | null, string | null>;
  expected_next_purchase_low: ColumnType<string | null, string | null, string | null>;
  expected_next_purchase_high: ColumnType<string | null, string | null, string | null>;
  expected_spend_fen: number | null;
  expected_spend_low_fen: number | null;
  expected_spend_high_fen: number | null;
  clv_fen: number | null;
  clv_low_fen: number | null;
  clv_high_fen: number | null;
  computed_at: CreatedAt;
}

export interface AnalyticsDirtyTable {
  shop_id: number;
  customer_id: number;
  marked_at: CreatedAt;
  claimed_by_run: number | null;
}

/** Staff roles (decision 0006). */
export type StaffRole = "owner" | "admin" | "presale" | "aftersale" | "analyst";

export interface StaffAccountsTable {
  id: Id;
  email: string | null;
  phone: string | null;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PasswordResetsTable {
  id: Id;
  account_id: number;
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface StaffMembersTable {
  shop_id: number;
  id: Id;
  account_id: number;
  display_name: string;
  role: StaffRole;
  status: ColumnType<
    "active" | "deactivated",
    "active" | "deactivated" | undefined,
    "active" | "deactivated"
  >;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deactivated_at: Timestamp | null;
}

export interface StaffSessionsTable {
  shop_id: number;
  id: Id;
  member_id: number;
  token_hash: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ApiKeysTable {
  shop_id: number;
  id: Id;
  name: string;
  token_prefix: string;
  token_hash: string;
  permissions: string[];
  created_by: number;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface StaffInvitationsTable {
  shop_id: number;
  id: Id;
  email: string | null;
  phone: string | null;
  display_name: string | null;
  role: StaffRole;
  token_hash: string;
  invited_by: number | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_member_id: number | null;
  revoked_at: Timestamp | null;
}

export type AuditActorKind = "staff" | "api_key" | "operator" | "system" | "anonymous";

export interface AuditEventsTable {
  shop_id: number;
  id: Id;
  occurred_at: CreatedAt;
  actor_kind: AuditActorKind;
  actor_member_id: number | null;
  actor_api_key_id: number | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_ids: ColumnType<string[], string[] | undefined, string[]>;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
}

export type ImportJobStatus = "queued" | "running" | "succeeded" | "failed";

export interface ImportJobsTable {
  shop_id: number;
  id: Id;
  status: ImportJobStatus;
  files: ColumnType<unknown, string, string>;
  format: string | null;
  progress: ColumnType<Record<string, unknown>, string | undefined, string>;
  batch_id: number | null;
  summary: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  error_code: string | null;
  error_data: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  rejects_path: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  /** Added by 0004: the uploader's options and language, and the API key when no member uploaded. */
  dry_run: Generated<boolean>;
  mapping: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  language: Generated<string>;
  created_by_api_key: number | null;
}

/** Cached answers of shop reports and stats, valid for one data version (migration 0007). */
export interface ReportCacheTable {
  shop_id: number;
  cache_key: string;
  data_version: string;
  body: unknown;
  computed_at: Generated<Date>;
  compute_ms: number;
}

/** Tags, staff-written or applied by a rule (migration 0008). */
export interface TagsTable {
  shop_id: number;
  id: Id;
  name: string;
  color: string | null;
  rule: ColumnType<unknown | null, string | null | undefined, string | null>;
  created_by_member_id: number | null;
  created_by_name: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  refreshed_at: Timestamp | null;
}

export type TagSource = "manual" | "rule";

export interface CustomerTagsTable {
  shop_id: number;
  customer_id: number;
  tag_id: number;
  source: TagSource;
  tagged_by_member_id: number | null;
  tagged_by_name: string | null;
  tagged_at: CreatedAt;
}

export interface CustomerNotesTable {
  shop_id: number;
  id: Id;
  customer_id: number;
  body: string;
  author_member_id: number | null;
  author_name: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Timestamp | null;
}

export type FollowUpChannel = "phone" | "message" | "group" | "visit";
export type FollowUpStatus = "scheduled" | "done" | "cancelled";

export interface FollowUpsTable {
  shop_id: number;
  id: Id;
  customer_id: number;
  channel: FollowUpChannel;
  purpose: string | null;
  due_at: Timestamp;
  assignee_member_id: number | null;
  status: Generated<FollowUpStatus>;
  created_by_member_id: number | null;
  created_by_name: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  completed_at: Timestamp | null;
  completed_by_member_id: number | null;
  completed_by_name: string | null;
  reached: boolean | null;
  satisfaction: number | null;
  product_feedback: string | null;
  preferences_learned: string | null;
  outcome_note: string | null;
  reminded_at: Timestamp | null;
}

export type SegmentKind = "dynamic" | "static";

export interface SegmentsTable {
  shop_id: number;
  id: Id;
  name: string;
  description: string | null;
  kind: SegmentKind;
  rule: ColumnType<unknown, string, string>;
  member_count: Generated<number>;
  created_by_member_id: number | null;
  created_by_name: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  refreshed_at: Timestamp | null;
  refresh_ms: number | null;
  archived_at: Timestamp | null;
}

export interface SegmentMembersTable {
  shop_id: number;
  segment_id: number;
  customer_id: number;
  joined_at: CreatedAt;
}

export interface SegmentEventsTable {
  shop_id: number;
  segment_id: number;
  id: Id;
  customer_id: number;
  event: "joined" | "left";
  occurred_at: CreatedAt;
}

/** What each customer bought per product, paid orders only (migration 0009, derived). */
export interface CustomerProductsTable {
  shop_id: number;
  customer_id: number;
  product_id: number;
  first_bought_at: Timestamp;
  last_bought_at: Timestamp;
  orders: number;
  quantity: number;
  spent_fen: number;
}

/** How far the segments' derived tables got, per shop (migration 0009). */
export interface SegmentStateTable {
  shop_id: number;
  products_through_batch_id: number | null;
  products_refreshed_at: Timestamp | null;
  /** Added by 0010: the shop's base rates of timing behaviours (see behaviour/infer.repository.ts). */
  behaviour_base_rates: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

export type InferenceKind =
  | "payday_buyer"
  | "gift_buyer"
  | "plus_size"
  | "promotion_driven"
  | "seasonal_buyer"
  | "preferred_colour"
  | "preferred_size"
  | "likely_gender";

/** Behaviour inferred from orders, with evidence and staff's decision (migration 0010, derived). */
export interface CustomerInferencesTable {
  shop_id: number;
  customer_id: number;
  kind: InferenceKind;
  value: string | null;
  confidence: number;
  evidence: ColumnType<Record<string, unknown>, string, string>;
  status: Generated<"inferred" | "confirmed" | "rejected">;
  decided_by_member_id: number | null;
  decided_by_name: string | null;
  decided_at: Timestamp | null;
  computed_at: CreatedAt;
}

export type ReviewSource = "import" | "manual";

/** Product reviews (评价), imported from review exports or written by staff (migration 0011). */
export interface CustomerReviewsTable {
  shop_id: number;
  id: Id;
  customer_id: number;
  order_id: number | null;
  product_id: number | null;
  product_title: string | null;
  platform: string;
  external_id: string | null;
  content_hash: string | null;
  rating: number | null;
  content: Generated<string>;
  has_images: Generated<boolean>;
  reviewed_at: Timestamp;
  seller_reply: string | null;
  follow_up: string | null;
  follow_up_at: Timestamp | null;
  source: ReviewSource;
  created_by_member_id: number | null;
  created_by_name: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type GroupChannel = "wechat" | "qq" | "other";

/** The shop's customer groups (WeChat/QQ 群) (migration 0011). */
export interface CustomerGroupsTable {
  shop_id: number;
  id: Id;
  name: string;
  channel: Generated<GroupChannel>;
  description: string | null;
  created_by_member_id: number | null;
  created_by_name: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  roster_imported_at: Timestamp | null;
}

export type GroupMatch = "phone" | "name" | "staff";

/** One line of a group's imported roster, matched to a customer or not yet (migration 0011). */
export interface CustomerGroupMembersTable {
  shop_id: number;
  group_id: number;
  id: Id;
  member_key: string;
  customer_id: number | null;
  matched_by: GroupMatch | null;
  member_name: string;
  member_phone: string | null;
  joined_at: ColumnType<string | null, string | null, string | null>;
  last_active_at: Timestamp | null;
  imported_at: CreatedAt;
}

export interface Database {
  shops: ShopsTable;
  customers: CustomersTable;
  customer_identities: CustomerIdentitiesTable;
  customer_merges: CustomerMergesTable;
  products: ProductsTable;
  skus: SkusTable;
  orders: OrdersTable;
  order_items: OrderItemsTable;
  import_batches: ImportBatchesTable;
  import_rejects: ImportRejectsTable;
  analytics_runs: AnalyticsRunsTable;
  clv_fits: ClvFitsTable;
  customer_metrics: CustomerMetricsTable;
  analytics_dirty: AnalyticsDirtyTable;
  staff_accounts: StaffAccountsTable;
  password_resets: PasswordResetsTable;
  staff_members: StaffMembersTable;
  staff_sessions: StaffSessionsTable;
  api_keys: ApiKeysTable;
  staff_invitations: StaffInvitationsTable;
  audit_events: AuditEventsTable;
  import_jobs: ImportJobsTable;
  report_cache: ReportCacheTable;
  tags: TagsTable;
  customer_tags: CustomerTagsTable;
  customer_notes: CustomerNotesTable;
  follow_ups: FollowUpsTable;
  segments: SegmentsTable;
  segment_members: SegmentMembersTable;
  segment_events: SegmentEventsTable;
  customer_products: CustomerProductsTable;
  segment_state: SegmentStateTable;
  customer_inferences: CustomerInferencesTable;
  customer_reviews: CustomerReviewsTable;
  customer_groups: CustomerGroupsTable;
  customer_group_members: CustomerGroupMembersTable;
}
