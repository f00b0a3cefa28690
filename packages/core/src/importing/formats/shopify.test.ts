import path from "node:path";
import { describe, expect, it } from "vitest";
import { shopifyParsers } from "./shopify.ts";
import { collect, ofKind, parserById, tableFromFile, tableFromRows } from "./testing/table-from-file.ts";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const ctx = { timeZone: "Asia/Shanghai" };
const orders = parserById(shopifyParsers, "shopify-orders");
const customers = parserById(shopifyParsers, "shopify-customers");

async function parseOrders() {
  return collect(orders, tableFromFile(fixture("shopify-orders.csv")), ctx);
}

function byName(records: Awaited<ReturnType<typeof parseOrders>>, name: string) {
  return ofKind(records, "order").find((o) => o.order.externalId === name)?.order;
}

describe("Shopify detection", () => {
  it("tells the orders export from the customers exports", () => {
    const o = tableFromFile(fixture("shopify-orders.csv")).header;
    const c = tableFromFile(fixture("shopify-customers.csv")).header;
    const old = tableFromFile(fixture("shopify-customers-old.csv")).header;
    expect(orders.detect(o)).toBeGreaterThan(30);
    expect(customers.detect(o)).toBe(0);
    expect(orders.detect(c)).toBe(0);
    expect(customers.detect(c)).toBeGreaterThan(10);
    expect(customers.detect(old)).toBeGreaterThan(10);
    expect(customers.detect(["First Name", "Last Name", "Total Spent"])).toBe(3);
  });
});

describe("Shopify orders export", () => {
  it("strips the BOM and groups the three rows of #1001 into one order", async () => {
    const table = tableFromFile(fixture("shopify-orders.csv"));
    expect(table.rawHeader[0]).toBe("Name");
    const records = await collect(orders, table, ctx);
    const first = ofKind(records, "order")[0];
    expect(first?.source).toEqual({ file: "shopify-orders.csv", row: 2 });
    expect(first?.order).toEqual({
      platform: "shopify",
      externalId: "#1001",
      rawStatus: "paid/fulfilled",
      status: "completed",
      createdAt: new Date("2025-10-07T07:50:26.000Z"),
      paidAt: new Date("2025-10-07T07:52:11.000Z"),
      shippedAt: new Date("2025-10-08T12:00:00.000Z"),
      completedAt: new Date("2025-10-08T12:00:00.000Z"),
      goodsFen: 9500,
      shippingFen: 490,
      discountFen: 1000,
      paidFen: 9990,
      refundedFen: 0,
      currency: "EUR",
      buyerMessage: "Leave at the door",
      buyer: {
        email: "anna@example.com",
        name: { value: "Anna Müller", masked: false },
        phone: { value: "+33612345678", masked: false },
        acceptsMarketing: true,
      },
      receiver: {
        name: { value: "Anna Müller", masked: false },
        phone: { value: "+33 6 12 34 56 78", masked: false },
        address: { value: "12 Rue de Rivoli Apt 4", masked: false },
        city: "Paris",
        zip: "75008",
        country: "FR",
      },
      items: [
        {
          merchantCode: "TS-RED-XL",
          title: "Classic T-Shirt - Red / XL",
          attributes: { variant: "Red / XL" },
          unitPriceFen: 2500,
          quantity: 2,
          rawStatus: "fulfilled",
          status: "completed",
          refundStatus: "none",
          refundFen: 0,
        },
        {
          merchantCode: "TOTE-1",
          title: "Canvas Tote",
          attributes: {},
          unitPriceFen: 2000,
          quantity: 1,
          rawStatus: "fulfilled",
          status: "completed",
          refundStatus: "none",
          refundFen: 0,
        },
        {
          merchantCode: "SOCK-GR",
          title: "Wool Socks - Grey",
          attributes: { variant: "Grey" },
          unitPriceFen: 1750,
          quantity: 2,
          rawStatus: "fulfilled",
          status: "completed",
          refundStatus: "none",
          refundFen: 0,
        },
      ],
    });
  });

  it("closes a refunded order and marks its lines refunded", async () => {
    const order = byName(await parseOrders(), "#1002");
    expect(order).toMatchObject({
      rawStatus: "refunded/unfulfilled",
      status: "closed",
      paidFen: 4500,
      refundedFen: 4500,
      currency: "USD",
      receiver: { province: "California", city: "San Francisco", zip: "94105", country: "US" },
    });
    expect(order?.createdAt.toISOString()).toBe("2025-10-10T01:20:00.000Z");
    expect(order?.items).toEqual([
      expect.objectContaining({ status: "closed", refundStatus: "refunded", refundFen: 4000 }),
    ]);
  });

  it("closes a cancelled order with closedAt and nothing paid", async () => {
    const order = byName(await parseOrders(), "#1003");
    expect(order).toMatchObject({
      rawStatus: "voided/unfulfilled",
      status: "closed",
      paidFen: 0,
      refundedFen: 0,
    });
    expect(order?.closedAt?.toISOString()).toBe("2025-10-10T06:00:00.000Z");
    // No `Phone`: the billing phone is the buyer's.
    expect(order?.buyer.phone).toEqual({ value: "+39 333 1234567", masked: false });
  });

  it("keeps a partially refunded, partially fulfilled order and rejects its bad line only", async () => {
    const records = await parseOrders();
    const order = byName(records, "#1004");
    expect(order).toMatchObject({ status: "shipped", paidFen: 4500, refundedFen: 1000 });
    expect(order?.shippedAt?.toISOString()).toBe("2025-10-12T07:00:00.000Z");
    expect(order?.completedAt).toBeUndefined();
    expect(order?.items.map((i) => [i.title, i.status, i.refundStatus])).toEqual([
      ["Classic T-Shirt - Blue / S", "completed", "none"],
      ["Canvas Tote", "paid", "none"],
    ]);
    const reject = ofKind(records, "reject").find((r) => r.reject.row === 8)?.reject;
    expect(reject).toMatchObject({
      file: "shopify-orders.csv",
      field: "Lineitem quantity",
      code: "invalid_number",
      message: 'invalid number "two" in column "Lineitem quantity"',
    });
    expect(reject?.raw["Lineitem name"]).toBe("Wool Socks - Grey");
  });

  it("reads a pending order as unpaid with nothing paid", async () => {
    const order = byName(await parseOrders(), "#1005");
    expect(order).toMatchObject({ status: "unpaid", paidFen: 0, goodsFen: 2000, shippingFen: 490 });
  });

  it("rejects an order whose first row is unusable, and its other rows as orphans", async () => {
    const records = await parseOrders();
    expect(byName(records, "#1006")).toBeUndefined();
    expect(
      ofKind(records, "reject")
        .filter((r) => r.reject.row >= 11)
        .map((r) => [r.reject.row, r.reject.field, r.reject.code]),
    ).toEqual([
      [11, "Created at", "invalid_date"],
      [12, "Name", "orphan_item"],
    ]);
    expect(ofKind(records, "order")).toHaveLength(5);
  });
});

describe("Shopify orders edge cases", () => {
  const header = [
    "Name",
    "Email",
    "Financial Status",
    "Fulfillment Status",
    "Fulfillment Date",
    "Subtotal",
    "Total",
    "Refunded Amount",
    "Outstanding Balance",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
  ];
  const created = "2025-01-02 03:04:05 +0000";

  it("emits a non-contiguous repeat of a Name as item records for the pipeline to join", async () => {
    const table = tableFromRows("s.csv", header, [
      ["#1", "a@x.io", "paid", "", "", "10", "10", "", "", created, "1", "A", "10"],
      ["#2", "b@x.io", "paid", "", "", "5", "5", "", "", created, "1", "B", "5"],
      ["#1", "a@x.io", "", "", "", "", "", "", "", created, "2", "C - Large", "3"],
    ]);
    const records = await collect(orders, table, ctx);
    expect(ofKind(records, "order").map((o) => o.order.externalId)).toEqual(["#1", "#2"]);
    expect(ofKind(records, "item")).toEqual([
      {
        kind: "item",
        platform: "shopify",
        orderExternalId: "#1",
        item: {
          title: "C - Large",
          attributes: { variant: "Large" },
          unitPriceFen: 300,
          quantity: 2,
          refundStatus: "none",
          refundFen: 0,
        },
        source: { file: "s.csv", row: 4 },
      },
    ]);
  });

  it("reads the older `Fulfillment Date` column", async () => {
    const table = tableFromRows("s.csv", header, [
      [
        "#1",
        "",
        "paid",
        "fulfilled",
        "2025-01-03 10:00:00 +0100",
        "10",
        "10",
        "",
        "",
        created,
        "1",
        "A",
        "10",
      ],
    ]);
    const order = ofKind(await collect(orders, table, ctx), "order")[0]?.order;
    expect(order?.status).toBe("completed");
    expect(order?.completedAt?.toISOString()).toBe("2025-01-03T09:00:00.000Z");
  });

  it("handles refunded without an amount, partially_paid, and unknown statuses", async () => {
    const table = tableFromRows("s.csv", header, [
      ["#1", "", "refunded", "", "", "10", "10", "", "", created, "1", "A", "10"],
      ["#2", "", "partially_paid", "", "", "10", "10", "", "4", created, "1", "A", "10"],
      ["#3", "", "authorized", "", "", "10", "10", "", "", created, "1", "A", "10"],
      ["#4", "", "chargeback", "", "", "10", "10", "", "", created, "1", "A", "10"],
      ["#5", "", "paid", "", "", "10", "10", "", "", "", "1", "A", "10"],
    ]);
    const records = await collect(orders, table, ctx);
    expect(
      ofKind(records, "order").map((o) => [
        o.order.externalId,
        o.order.status,
        o.order.paidFen,
        o.order.refundedFen,
      ]),
    ).toEqual([
      ["#1", "closed", 1000, 1000],
      ["#2", "paid", 600, 0],
      ["#3", "unpaid", 0, 0],
    ]);
    expect(ofKind(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [5, "Financial Status", "invalid_status"],
      [6, "Created at", "missing_field"],
    ]);
  });
});

describe("Shopify customers export", () => {
  it("reads the current header, stripping the `'` prefixes", async () => {
    const records = await collect(customers, tableFromFile(fixture("shopify-customers.csv")), ctx);
    expect(ofKind(records, "customer").map((c) => c.customer)).toEqual([
      {
        platform: "shopify",
        platformCustomerId: "9013808660771",
        email: "Anna@Example.com",
        phone: { value: "+33612345678", masked: false },
        name: { value: "Anna Müller", masked: false },
        address: { value: "12 Rue de Rivoli Apt 4", masked: false },
        city: "Paris",
        country: "FR",
        zip: "75008",
        acceptsEmailMarketing: true,
        acceptsSmsMarketing: false,
        tags: ["vip", "newsletter"],
        note: "Prefers email",
      },
      {
        platform: "shopify",
        platformCustomerId: "9013808660772",
        email: "bob@example.com",
        phone: { value: "+14155550100", masked: false },
        name: { value: "Bob Smith", masked: false },
        address: { value: "500 Market St", masked: false },
        city: "San Francisco",
        province: "CA",
        country: "US",
        zip: "94105",
        acceptsEmailMarketing: false,
        acceptsSmsMarketing: true,
      },
    ]);
    expect(ofKind(records, "reject").map((r) => r.reject)).toEqual([
      expect.objectContaining({
        file: "shopify-customers.csv",
        row: 4,
        field: "Customer ID",
        code: "scientific_notation",
      }),
    ]);
  });

  it("reads the older header with appended metafield columns", async () => {
    const records = await collect(customers, tableFromFile(fixture("shopify-customers-old.csv")), ctx);
    expect(ofKind(records, "customer")[0]?.customer).toEqual({
      platform: "shopify",
      platformCustomerId: "9013808660773",
      email: "joost@example.nl",
      phone: { value: "+31612345678", masked: false },
      name: { value: "Joost de Vries", masked: false },
      address: { value: "Damrak 1", masked: false },
      city: "Amsterdam",
      province: "Noord-Holland",
      country: "Netherlands",
      zip: "1234AB",
      acceptsEmailMarketing: true,
      acceptsSmsMarketing: true,
      tags: ["wholesale"],
    });
    expect(ofKind(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [3, "Customer ID", "missing_field"],
    ]);
  });
});
