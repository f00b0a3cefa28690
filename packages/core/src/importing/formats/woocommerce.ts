/**
 * WooCommerce order exports (export-formats §4). Core WooCommerce has no order CSV, so plugin
 * layouts are mapped through one alias table: SkyVerge default (items packed in `line_items`),
 * SkyVerge one-row-per-item (`item_name`, `item_quantity`, …), WebToffee (`order_id`,
 * `order_date`, `customer_email`, …) and human-labelled exports (`Order Number`, `Billing Email`).
 * Headers are compared loosely (case, `_`, spaces ignored), so `billing_first_name` and
 * `Billing First Name` are one alias.
 */

import { looksMasked } from "../cells.ts";
import type { ImportRecord, MaybeMasked, NormalizedItem, NormalizedOrder, OrderStatus } from "../model.ts";
import type { Table } from "../source/table.ts";
import { countPresent, groupConsecutive, headerIndex, RowReader, rejectFromError } from "./rows.ts";
import type { ParseContext, TableParser } from "./types.ts";
import { makeStatusMap } from "./vocabulary.ts";
import { metaAttributes, parseLineItems, wooId, wooItem } from "./woocommerce-items.ts";

/** Logical Woo fields -> header aliases across the plugin layouts (priority order). */
const COLUMNS = {
  orderNumber: ["order_number", "Order Number", "Order No"],
  orderId: ["order_id", "Order ID"],
  createdAt: ["date", "order_date", "date_created", "Order Date", "Date Created"],
  paidAt: ["paid_date", "date_paid", "Paid Date"],
  completedAt: ["completed_date", "date_completed", "Completed Date"],
  status: ["status", "order_status", "Order Status"],
  shipping: ["shipping_total", "Order Shipping", "Shipping Total", "Order Shipping Amount"],
  discount: ["discount_total", "Order Discount", "Cart Discount Amount", "Discount Amount"],
  total: ["order_total", "Order Total", "Order Total Amount"],
  subtotal: ["order_subtotal", "Order Subtotal", "Order Subtotal Amount"],
  refunded: ["refunded_total", "Order Refund", "Refunded Total", "Order Refunded Amount"],
  currency: ["order_currency", "currency", "Order Currency"],
  customerId: ["customer_id", "customer_user", "Customer User ID", "Customer ID"],
  email: ["billing_email", "customer_email", "Billing Email", "Customer Email", "Email (Billing)"],
  billingFirstName: ["billing_first_name", "First Name (Billing)"],
  billingLastName: ["billing_last_name", "Last Name (Billing)"],
  billingPhone: ["billing_phone", "Phone (Billing)"],
  shipFirstName: ["shipping_first_name", "First Name (Shipping)"],
  shipLastName: ["shipping_last_name", "Last Name (Shipping)"],
  shipAddress1: ["shipping_address_1", "Shipping Address 1", "Address 1 (Shipping)"],
  shipAddress2: ["shipping_address_2", "Shipping Address 2", "Address 2 (Shipping)"],
  shipPostcode: ["shipping_postcode", "Shipping Postcode", "Postcode (Shipping)"],
  shipCity: ["shipping_city", "City (Shipping)"],
  shipState: ["shipping_state", "State (Shipping)", "State Name (Shipping)"],
  shipCountry: ["shipping_country", "Shipping Country Code", "Country Code (Shipping)", "Country (Shipping)"],
  shipPhone: ["shipping_phone", "Phone (Shipping)"],
  customerNote: ["customer_note", "Customer Note", "Customer Provided Note"],
  lineItems: ["line_items", "Line Items"],
  itemId: ["item_id", "Item ID"],
  itemName: ["item_name", "Product Name", "Item Name"],
  itemSku: ["item_sku", "SKU", "Item SKU"],
  itemQuantity: ["item_quantity", "Quantity", "Qty"],
  itemPrice: ["item_price", "Item Cost", "Item Price"],
  itemSubtotal: ["item_subtotal", "Order Line Subtotal"],
  itemTotal: ["item_total", "Order Line Total", "Item Total"],
  itemRefunded: ["item_refunded", "Item Refunded"],
  itemProductId: ["item_product_id", "Product ID", "Product Id"],
  itemVariationId: ["item_variation_id", "Variation ID", "Variation Id"],
  itemMeta: ["item_meta", "Item Meta"],
} as const satisfies Record<string, readonly string[]>;

type Field = keyof typeof COLUMNS;

const ALL_ALIASES = Object.values(COLUMNS).flat();

/** Status slugs; `wc-` is stripped first and spaces/case are ignored (`On hold`, `Processing`). */
const STATUS = makeStatusMap({
  pending: "unpaid",
  "on-hold": "unpaid",
  "on hold": "unpaid",
  "checkout-draft": "unpaid",
  processing: "paid",
  completed: "completed",
  cancelled: "closed",
  failed: "closed",
  refunded: "closed",
});
const WC_PREFIX = /^\s*wc-/i;

/** Billing or shipping first + last name. */
function personName(first: string | undefined, last: string | undefined): MaybeMasked | undefined {
  const value = [first, last].filter(Boolean).join(" ");
  return value ? { value, masked: looksMasked(value) } : undefined;
}

/** An order's own fields plus order_subtotal, which may be absent (goods then come from the lines). */
interface Head {
  order: NormalizedOrder;
  subtotal: number | undefined;
}

/** Order-level fields of one row. */
function readOrder(r: RowReader<Field>): Head {
  const externalId = r.id("orderNumber") ?? r.id("orderId");
  if (externalId === undefined) r.fail("missing_field", r.has("orderNumber") ? "orderNumber" : "orderId", "");
  const rawStatus = r.clean("status");
  if (rawStatus === "") r.fail("missing_field", "status", "");
  const slug = rawStatus.replace(WC_PREFIX, "");
  const status = STATUS(slug);
  if (!status) r.fail("invalid_status", "status", rawStatus);
  const refundedSlug = slug.toLowerCase() === "refunded";
  const createdAt = r.requiredDate(["createdAt"]);
  const paidAt = r.date("paidAt");
  const total = r.money("total");
  const paidFen = isPaid(status, paidAt, refundedSlug) ? total : 0;
  const refunded = Math.abs(r.money("refunded"));
  const address = [r.text("shipAddress1"), r.text("shipAddress2")].filter(Boolean).join(" ");
  const customerId = wooId(r.id("customerId"));
  const subtotal = r.optionalMoney("subtotal");
  const order: NormalizedOrder = {
    platform: "woocommerce",
    externalId,
    rawStatus,
    status,
    createdAt,
    paidAt,
    completedAt: r.date("completedAt"),
    goodsFen: subtotal ?? 0,
    shippingFen: r.money("shipping"),
    discountFen: Math.abs(r.money("discount")),
    paidFen,
    // A `refunded` order whose export has no refund column was refunded in full.
    refundedFen: refundedSlug && refunded === 0 ? total : refunded,
    currency: r.text("currency"),
    buyerMessage: r.text("customerNote"),
    buyer: {
      // Guest orders have customer_id 0: no account, the billing email is the key.
      platformCustomerId: customerId,
      email: r.text("email"),
      name: personName(r.text("billingFirstName"), r.text("billingLastName")),
      phone: r.masked("billingPhone"),
    },
    receiver: {
      name: personName(r.text("shipFirstName"), r.text("shipLastName")),
      phone: r.masked("shipPhone"),
      address: address ? { value: address, masked: looksMasked(address) } : undefined,
      city: r.text("shipCity"),
      province: r.text("shipState"),
      zip: r.text("shipPostcode"),
      country: r.text("shipCountry"),
    },
    items: [],
  };
  return { order, subtotal };
}

function isPaid(status: OrderStatus, paidAt: Date | undefined, refunded: boolean): boolean {
  return status === "paid" || status === "completed" || refunded || paidAt !== undefined;
}

/** The line of a one-row-per-item export. */
function readItemRow(r: RowReader<Field>): NormalizedItem {
  return wooItem({
    externalId: wooId(r.id("itemId")),
    title: r.text("itemName") ?? "",
    merchantCode: r.text("itemSku"),
    productExternalId: wooId(r.id("itemProductId")),
    skuExternalId: wooId(r.id("itemVariationId")),
    quantity: r.quantity("itemQuantity"),
    unitPriceFen: r.optionalMoney("itemPrice"),
    subtotalFen: r.optionalMoney("itemSubtotal"),
    totalFen: r.optionalMoney("itemTotal"),
    refundFen: r.money("itemRefunded"),
    attributes: metaAttributes(r.raw("itemMeta")),
  });
}

/**
 * Parse a Woo table. Consecutive rows with the same order number form one order (the
 * one-row-per-item layouts repeat the order columns on every row); the order-level fields come
 * from the first row that parses. Lines come from the item columns when the file has them, else
 * from each row's packed `line_items` cell. A bad row is rejected alone; a number reappearing
 * later yields another order record that the pipeline merges (first record's order fields win).
 */
async function* parseWoo(table: Table, ctx: ParseContext): AsyncIterable<ImportRecord> {
  const columns = headerIndex<Field>(table.header, COLUMNS);
  const r = new RowReader<Field>(columns, ctx.timeZone);
  const perItem = r.has("itemName") || r.has("itemSku");
  for await (const group of groupConsecutive(table.rows, columns.orderNumber ?? columns.orderId)) {
    let head: Head | undefined;
    let firstRow = 0;
    const items: NormalizedItem[] = [];
    for (const row of group) {
      r.cells = row.cells;
      try {
        const rowHead = head ? undefined : readOrder(r);
        const lines = perItem ? [readItemRow(r)] : r.parse("lineItems", parseLineItems);
        if (rowHead) {
          head = rowHead;
          firstRow = row.row;
        }
        items.push(...lines);
      } catch (e) {
        yield rejectFromError(table, row, e);
      }
    }
    if (!head) continue;
    const order = head.order;
    order.items = items;
    if (head.subtotal === undefined)
      order.goodsFen = items.reduce((s, it) => s + it.unitPriceFen * it.quantity, 0);
    yield { kind: "order", order, source: { file: table.file, row: firstRow } };
  }
}

/** WooCommerce order export parsers (one alias-mapped table kind). */
export const woocommerceParsers: TableParser[] = [
  {
    id: "woocommerce-orders",
    format: "woocommerce",
    detect(header) {
      // An order number, a status and something Woo-shaped: billing email, order total or packed items.
      const id = countPresent(header, [...COLUMNS.orderNumber, ...COLUMNS.orderId]);
      const status = countPresent(header, COLUMNS.status);
      const shape = countPresent(header, [...COLUMNS.email, ...COLUMNS.total, ...COLUMNS.lineItems]);
      if (id === 0 || status === 0 || shape === 0) return 0;
      return countPresent(header, ALL_ALIASES);
    },
    parse: parseWoo,
  },
];
