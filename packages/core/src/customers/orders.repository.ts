/**
 * SQL of order reads: a page of orders newest first (keyset on ordered_at and id: orders_customer
 * with a customer, orders_ordered_at_id otherwise, orders_external_id for an order number) and one
 * order; each order carries its lines as JSON from one correlated subquery.
 */
import type { Database, OrderStatusColumn } from "@laoke/db";
import { type Kysely, type RawBuilder, sql } from "kysely";

/** One line of an order, as the query builds it. */
export interface OrderItemJson {
  lineNo: number;
  title: string;
  attributes: Record<string, string>;
  merchantCode: string | null;
  unitPriceFen: number;
  quantity: number;
  paidFen: number | null;
  status: OrderStatusColumn | null;
  refundStatus: "none" | "requested" | "refused" | "closed" | "refunded";
  refundFen: number;
  productId: number | null;
  skuId: number | null;
}

/** An order row with its lines. */
export interface OrderRow {
  id: number;
  platform: string;
  external_id: string;
  customer_id: number;
  status: OrderStatusColumn;
  raw_status: string;
  ordered_at: Date;
  /** ordered_at as PostgreSQL text: exact to the microsecond, for cursors. */
  ordered_key: string;
  paid_at: Date | null;
  shipped_at: Date | null;
  received_at: Date | null;
  completed_at: Date | null;
  closed_at: Date | null;
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
  receiver_phone: string | null;
  receiver_country: string | null;
  receiver_province: string | null;
  receiver_city: string | null;
  receiver_district: string | null;
  receiver_address: string | null;
  receiver_zip: string | null;
  items: OrderItemJson[];
}

/** Filters of an order page. */
export interface OrderFilter {
  customerId?: number | undefined;
  externalId?: string | undefined;
  status?: OrderStatusColumn | undefined;
  platform?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

type Db = Kysely<Database>;

/** The columns of an order answer, its lines as JSON. */
export const ORDER_COLUMNS = sql`
  o.id, o.platform, o.external_id, o.customer_id, o.status, o.raw_status, o.ordered_at,
  o.ordered_at::text as ordered_key, o.paid_at,
  o.shipped_at, o.received_at, o.completed_at, o.closed_at, o.goods_fen, o.shipping_fen, o.discount_fen,
  o.paid_fen, o.refunded_fen, o.currency, o.item_quantity, o.buyer_message, o.seller_memo, o.close_reason,
  o.is_mobile, o.shipping_company, o.tracking_no, o.receiver_name, o.receiver_phone, o.receiver_country,
  o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address, o.receiver_zip,
  coalesce((select json_agg(json_build_object(
              'lineNo', i.line_no, 'title', i.title, 'attributes', i.attributes, 'merchantCode', i.merchant_code,
              'unitPriceFen', i.unit_price_fen, 'quantity', i.quantity, 'paidFen', i.paid_fen, 'status', i.status,
              'refundStatus', i.refund_status, 'refundFen', i.refund_fen, 'productId', i.product_id,
              'skuId', i.sku_id) order by i.line_no)
              from order_items i where i.shop_id = o.shop_id and i.order_id = o.id), '[]'::json) as items`;

function conditions(f: OrderFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (f.customerId !== undefined) parts.push(sql`o.customer_id = ${f.customerId}`);
  if (f.externalId !== undefined) parts.push(sql`o.external_id = ${f.externalId}`);
  if (f.status !== undefined) parts.push(sql`o.status = ${f.status}`);
  if (f.platform !== undefined) parts.push(sql`o.platform = ${f.platform}`);
  if (f.from !== undefined) parts.push(sql`o.ordered_at >= ${f.from}`);
  if (f.to !== undefined) parts.push(sql`o.ordered_at < ${f.to}`);
  return sql.join(parts, sql` and `);
}

/** A page of the shop's orders, newest first, after `after` (the previous page's last order). */
export async function listOrderRows(
  db: Db,
  shopId: number,
  f: OrderFilter,
  after: { at: string; id: number } | null,
  limit: number,
): Promise<OrderRow[]> {
  const keyset = after ? sql`and (o.ordered_at, o.id) < (${after.at}::timestamptz, ${after.id})` : sql``;
  const { rows } = await sql<OrderRow>`
    select ${ORDER_COLUMNS} from orders o
     where o.shop_id = ${shopId} and ${conditions(f)} ${keyset}
     order by o.ordered_at desc, o.id desc
     limit ${limit}`.execute(db);
  return rows;
}

/** One order of the shop. */
export async function findOrderRow(db: Db, shopId: number, id: number): Promise<OrderRow | undefined> {
  const { rows } = await sql<OrderRow>`
    select ${ORDER_COLUMNS} from orders o where o.shop_id = ${shopId} and o.id = ${id}`.execute(db);
  return rows[0];
}
