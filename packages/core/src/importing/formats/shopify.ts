/**
 * Shopify admin exports (export-formats §3): the orders CSV, one row per line item with the
 * order's own columns on the first row only, and the customers CSV (shopify-customers.ts).
 * Every header generation is a prefix of the current one, so columns are read by name.
 */
import type { ImportRecord, MaybeMasked, NormalizedItem, NormalizedOrder, OrderStatus } from "../model.ts";
import type { Table, TableRow } from "../source/table.ts";
import {
  countPresent,
  groupConsecutive,
  headerIndex,
  RowReader,
  rejectFromError,
  rejectRow,
} from "./rows.ts";
import { shopifyCustomersParser } from "./shopify-customers.ts";
import type { ParseContext, TableParser } from "./types.ts";
import { makeVocabulary } from "./vocabulary.ts";

/** Logical Shopify order fields -> header aliases. */
const COLUMNS = {
  name: ["Name"],
  email: ["Email"],
  financial: ["Financial Status"],
  paidAt: ["Paid at"],
  fulfillment: ["Fulfillment Status"],
  // The ~2019 fixture spells `Fulfillment Date` (UNCONFIRMED as a real variant).
  fulfilledAt: ["Fulfilled at", "Fulfillment Date"],
  acceptsMarketing: ["Accepts Marketing", "Accepts Email Marketing"],
  currency: ["Currency"],
  subtotal: ["Subtotal"],
  shipping: ["Shipping"],
  total: ["Total"],
  discount: ["Discount Amount"],
  createdAt: ["Created at"],
  lineQuantity: ["Lineitem quantity"],
  lineName: ["Lineitem name"],
  linePrice: ["Lineitem price"],
  lineSku: ["Lineitem sku"],
  lineFulfillment: ["Lineitem fulfillment status"],
  billingName: ["Billing Name"],
  billingPhone: ["Billing Phone"],
  shipName: ["Shipping Name"],
  shipAddress1: ["Shipping Address1"],
  shipAddress2: ["Shipping Address2"],
  shipCity: ["Shipping City"],
  shipZip: ["Shipping Zip"],
  shipProvince: ["Shipping Province"],
  shipProvinceName: ["Shipping Province Name"],
  shipCountry: ["Shipping Country"],
  shipPhone: ["Shipping Phone"],
  notes: ["Notes"],
  cancelledAt: ["Cancelled at"],
  refunded: ["Refunded Amount"],
  outstanding: ["Outstanding Balance"],
  phone: ["Phone"],
} as const satisfies Record<string, readonly string[]>;

type Field = keyof typeof COLUMNS;

const ALL_ALIASES = Object.values(COLUMNS).flat();

/** What a Financial Status says about payment; fulfilment decides among paid/shipped/completed. */
type Money = "unpaid" | "paid" | "refunded" | "void";

/** Financial Status vocabulary (only `paid` is confirmed from a real export; the rest is Shopify's API enum). */
const FINANCIAL = makeVocabulary<Money>({
  pending: "unpaid",
  authorized: "unpaid",
  paid: "paid",
  partially_paid: "paid",
  partially_refunded: "paid",
  refunded: "refunded",
  voided: "void",
  expired: "void",
});

/** Order status from the financial class and a (line or order) fulfilment status. */
function statusOf(money: Money, fulfillment: string, cancelled: boolean): OrderStatus {
  if (cancelled || money === "refunded" || money === "void") return "closed";
  if (money === "unpaid") return "unpaid";
  // Blank, unfulfilled, restocked, pending…: paid but nothing shipped yet.
  if (fulfillment === "fulfilled") return "completed";
  if (fulfillment === "partial") return "shipped";
  return "paid";
}

/** Order-level facts the line rows need to compute their own status and refund. */
interface Head {
  order: NormalizedOrder;
  money: Money;
  cancelled: boolean;
}

/**
 * A `Title - Variant` line name: the part after the last ` - ` is Shopify's variant title.
 * Heuristic: a product whose own title contains ` - ` and has no variant is split wrongly, so
 * the title is kept whole and the guess only goes to `attributes.variant`.
 */
function variantOf(title: string): Record<string, string> {
  const i = title.lastIndexOf(" - ");
  return i > 0 && i + 3 < title.length ? { variant: title.slice(i + 3) } : {};
}

/** True when the group's first row carries no order-level columns: a later chunk of an order. */
function isContinuation(r: RowReader<Field>): boolean {
  return r.clean("financial") === "" && r.clean("subtotal") === "" && r.clean("total") === "";
}

/** The order-level fields of an order's first row. */
function readHead(r: RowReader<Field>): Head {
  const externalId = r.requiredId("name");
  const financial = r.clean("financial").toLowerCase();
  if (financial === "") r.fail("missing_field", "financial", "");
  const money = FINANCIAL(financial);
  if (!money) r.fail("invalid_status", "financial", financial);
  const fulfillment = r.clean("fulfillment").toLowerCase();
  const createdAt = r.requiredDate(["createdAt"]);
  const cancelledAt = r.date("cancelledAt");
  const fulfilledAt = r.date("fulfilledAt");
  const status = statusOf(money, fulfillment, cancelledAt !== undefined);
  const total = r.money("total");
  const outstanding = r.money("outstanding");
  // Total is what was charged; an authorised-only or voided order paid nothing yet.
  const paidFen = money === "unpaid" || money === "void" ? 0 : Math.max(0, total - outstanding);
  const refunded = r.money("refunded");
  const order: NormalizedOrder = {
    platform: "shopify",
    // Name (`#1001`) is what merchants see and search for; the numeric `Id` is not kept.
    externalId,
    rawStatus: `${r.clean("financial")}/${r.clean("fulfillment")}`,
    status,
    createdAt,
    paidAt: r.date("paidAt"),
    shippedAt: fulfilledAt,
    completedAt: status === "completed" ? fulfilledAt : undefined,
    closedAt: cancelledAt,
    goodsFen: r.money("subtotal"),
    shippingFen: r.money("shipping"),
    discountFen: r.money("discount"),
    paidFen,
    refundedFen: money === "refunded" && refunded === 0 ? paidFen : refunded,
    currency: r.text("currency"),
    buyerMessage: r.text("notes"),
    buyer: {
      email: r.text("email"),
      name: r.masked("billingName"),
      phone: r.masked("phone") ?? r.masked("billingPhone"),
      acceptsMarketing: r.yesNo("acceptsMarketing"),
    },
    receiver: {
      name: r.masked("shipName"),
      phone: r.masked("shipPhone"),
      address: joinMasked(r.masked("shipAddress1"), r.masked("shipAddress2")),
      city: r.text("shipCity"),
      province: r.text("shipProvinceName") ?? r.text("shipProvince"),
      zip: r.text("shipZip"),
      country: r.text("shipCountry"),
    },
    items: [],
  };
  return { order, money, cancelled: cancelledAt !== undefined };
}

/** Address1 and Address2 as one street line, masked when either part is. */
function joinMasked(a: MaybeMasked | undefined, b: MaybeMasked | undefined): MaybeMasked | undefined {
  if (!a || !b) return a ?? b;
  return { value: `${a.value} ${b.value}`, masked: a.masked || b.masked };
}

/** The line item of one row; status and refund follow the order when its head is known. */
function readItem(r: RowReader<Field>, head: Head | undefined): NormalizedItem {
  const title = r.text("lineName") ?? "";
  const unitPriceFen = r.money("linePrice");
  const quantity = r.quantity("lineQuantity");
  const lineStatus = r.text("lineFulfillment");
  const refunded = head?.money === "refunded";
  return {
    merchantCode: r.text("lineSku"),
    title,
    attributes: variantOf(title),
    unitPriceFen,
    quantity,
    rawStatus: lineStatus,
    status: head ? statusOf(head.money, lineStatus?.toLowerCase() ?? "", head.cancelled) : undefined,
    // Shopify exports no per-line refund: only a fully refunded order marks its lines refunded.
    refundStatus: refunded ? "refunded" : "none",
    refundFen: refunded ? unitPriceFen * quantity : 0,
  };
}

/**
 * One group of consecutive rows sharing a Name. The first row must carry the order-level
 * columns; if they are unusable the whole order is rejected: that row with the real code, the
 * other rows with `orphan_item` (their order is gone). A bad line only rejects its own row. A
 * group whose first row has no order-level columns is a later, non-contiguous chunk of an
 * order seen earlier: its lines are emitted as `item` records for the pipeline to join by Name.
 */
async function* parseGroup(
  table: Table,
  r: RowReader<Field>,
  group: TableRow[],
): AsyncIterable<ImportRecord> {
  const first = group[0];
  if (!first) return;
  r.cells = first.cells;
  let head: Head | undefined;
  let continuation: string | undefined;
  try {
    if (isContinuation(r)) continuation = r.requiredId("name");
    else head = readHead(r);
  } catch (e) {
    yield rejectFromError(table, first, e);
    const orphan = `line of order "${r.clean("name")}", whose first row ${first.row} was rejected`;
    for (const row of group.slice(1)) yield rejectRow(table, row, "orphan_item", orphan, r.columns.name);
    return;
  }
  for (const row of group) {
    r.cells = row.cells;
    let item: NormalizedItem;
    try {
      item = readItem(r, head);
    } catch (e) {
      yield rejectFromError(table, row, e);
      continue;
    }
    if (head) head.order.items.push(item);
    else if (continuation !== undefined) {
      yield {
        kind: "item",
        platform: "shopify",
        orderExternalId: continuation,
        item,
        source: { file: table.file, row: row.row },
      };
    }
  }
  if (head) yield { kind: "order", order: head.order, source: { file: table.file, row: first.row } };
}

/** Parse a Shopify orders table, grouping consecutive rows by Name. */
async function* parseOrders(table: Table, ctx: ParseContext): AsyncIterable<ImportRecord> {
  const columns = headerIndex<Field>(table.header, COLUMNS);
  const r = new RowReader<Field>(columns, ctx.timeZone);
  for await (const group of groupConsecutive(table.rows, columns.name)) yield* parseGroup(table, r, group);
}

/** Shopify orders export parser. */
export const shopifyOrdersParser: TableParser = {
  id: "shopify-orders",
  format: "shopify",
  detect(header) {
    if (countPresent(header, ["Name", "Financial Status", "Lineitem name"]) < 3) return 0;
    return countPresent(header, ALL_ALIASES);
  },
  parse: parseOrders,
};

/** Shopify parsers: the orders export and the customers export. */
export const shopifyParsers: TableParser[] = [shopifyOrdersParser, shopifyCustomersParser];
