/**
 * Table types for Kysely, kept by hand beside the migrations. Rows stay snake_case; services map
 * them to domain objects. bigint columns are read as numbers (see connect.ts).
 */
import type { ColumnType, Generated, JSONColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Id = Generated<number>;

export interface ShopsTable {
  id: Id;
  slug: string;
  name: string;
  time_zone: Generated<string>;
  currency: Generated<string>;
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
}
