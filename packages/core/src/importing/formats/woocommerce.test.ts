import path from "node:path";
import { describe, expect, it } from "vitest";
import { collect, ofKind, parserById, tableFromFile, tableFromRows } from "./testing/table-from-file.ts";
import { woocommerceParsers } from "./woocommerce.ts";
import { parseLineItems } from "./woocommerce-items.ts";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const berlin = { timeZone: "Europe/Berlin" };
const parser = parserById(woocommerceParsers, "woocommerce-orders");

async function parse(name: string, ctx = berlin) {
  return collect(parser, tableFromFile(fixture(name)), ctx);
}

describe("WooCommerce detection", () => {
  it("recognises the four layouts and nothing else", () => {
    for (const name of [
      "woo-skyverge.csv",
      "woo-skyverge-items.csv",
      "woo-webtoffee.csv",
      "woo-labelled.csv",
    ]) {
      expect(parser.detect(tableFromFile(fixture(name)).header), name).toBeGreaterThan(10);
    }
    for (const name of ["shopify-orders.csv", "shopify-customers.csv", "jd-orders.csv", "pdd-2026.csv"]) {
      expect(parser.detect(tableFromFile(fixture(name)).header), name).toBe(0);
    }
  });
});

describe("SkyVerge default export (packed line_items)", () => {
  it("unpacks line items, keeping a `;` inside a product name", async () => {
    const records = await parse("woo-skyverge.csv");
    const first = ofKind(records, "order")[0];
    expect(first?.source).toEqual({ file: "woo-skyverge.csv", row: 2 });
    expect(first?.order).toEqual({
      platform: "woocommerce",
      externalId: "1001",
      rawStatus: "completed",
      status: "completed",
      // Site-local 14:22:10 in Berlin (CET) is 13:22:10Z.
      createdAt: new Date("2024-03-05T13:22:10.000Z"),
      goodsFen: 10000,
      shippingFen: 500,
      discountFen: 1000,
      paidFen: 9500,
      refundedFen: 0,
      currency: "USD",
      buyerMessage: "Gift wrap please",
      buyer: {
        platformCustomerId: "12",
        email: "jane@example.com",
        name: { value: "Jane Doe", masked: false },
        phone: { value: "+1 555 0100", masked: false },
      },
      receiver: {
        name: { value: "Jane Doe", masked: false },
        address: { value: "1 Main St Apt 2", masked: false },
        city: "New York",
        province: "NY",
        zip: "10001",
        country: "US",
      },
      items: [
        {
          externalId: "7",
          productExternalId: "12",
          merchantCode: "HD-1",
          title: "Hoodie",
          attributes: { size: "L", color: "Navy" },
          unitPriceFen: 4500,
          quantity: 2,
          paidFen: 8000,
          refundStatus: "none",
          refundFen: 0,
        },
        {
          externalId: "8",
          productExternalId: "13",
          skuExternalId: "15",
          merchantCode: "CP-1",
          title: "Cap; Blue",
          attributes: {},
          unitPriceFen: 1000,
          quantity: 1,
          paidFen: 1000,
          refundStatus: "none",
          refundFen: 0,
        },
      ],
    });
  });

  it("closes a wc-refunded guest order with the total as refund", async () => {
    const order = ofKind(await parse("woo-skyverge.csv"), "order")[1]?.order;
    expect(order).toMatchObject({
      externalId: "1002",
      rawStatus: "wc-refunded",
      status: "closed",
      paidFen: 3000,
      refundedFen: 3000,
    });
    // customer_id 0 is a guest: the billing email is the key.
    expect(order?.buyer).toEqual({
      email: "guest@example.com",
      name: { value: "Guest Buyer", masked: false },
    });
    expect(order?.items[0]).toMatchObject({
      refundStatus: "refunded",
      refundFen: 3000,
      unitPriceFen: 1000,
      quantity: 3,
    });
  });

  it("reads on-hold as unpaid and rejects an unknown status", async () => {
    const records = await parse("woo-skyverge.csv");
    expect(ofKind(records, "order")[2]?.order).toMatchObject({
      externalId: "1003",
      status: "unpaid",
      paidFen: 0,
      goodsFen: 8000,
    });
    expect(ofKind(records, "reject").map((r) => r.reject)).toEqual([
      expect.objectContaining({
        file: "woo-skyverge.csv",
        row: 5,
        field: "status",
        code: "invalid_status",
        message: 'invalid status "wc-awaiting-shipment" in column "status"',
      }),
    ]);
  });
});

describe("SkyVerge one-row-per-item export", () => {
  it("groups consecutive rows of an order and rejects a bad line alone", async () => {
    const records = await parse("woo-skyverge-items.csv");
    const orders = ofKind(records, "order");
    expect(
      orders.map((o) => [
        o.order.externalId,
        o.source.row,
        o.order.status,
        o.order.goodsFen,
        o.order.paidFen,
      ]),
    ).toEqual([
      ["2001", 2, "paid", 11000, 11000],
      ["2002", 4, "completed", 2000, 4500],
    ]);
    expect(orders[0]?.order.items).toEqual([
      {
        externalId: "21",
        productExternalId: "12",
        merchantCode: "HD-1",
        title: "Hoodie",
        attributes: { size: "M" },
        unitPriceFen: 4500,
        quantity: 2,
        paidFen: 9000,
        refundStatus: "none",
        refundFen: 0,
      },
      {
        externalId: "22",
        productExternalId: "13",
        merchantCode: "CP-1",
        title: "Cap",
        attributes: {},
        unitPriceFen: 2000,
        quantity: 1,
        paidFen: 2000,
        refundStatus: "none",
        refundFen: 0,
      },
    ]);
    expect(
      ofKind(records, "reject").map((r) => [r.reject.file, r.reject.row, r.reject.field, r.reject.code]),
    ).toEqual([["woo-skyverge-items.csv", 5, "item_quantity", "invalid_number"]]);
  });
});

describe("WebToffee export", () => {
  it("reads order_date/paid_date in the site zone and prefers order_subtotal for goods", async () => {
    const records = await parse("woo-webtoffee.csv", { timeZone: "Europe/London" });
    const order = ofKind(records, "order")[0]?.order;
    expect(order).toMatchObject({
      externalId: "5120",
      rawStatus: "wc-processing",
      status: "paid",
      goodsFen: 5000,
      shippingFen: 450,
      discountFen: 500,
      paidFen: 4950,
      currency: "GBP",
      buyer: { platformCustomerId: "31", email: "tom@example.co.uk" },
      receiver: {
        phone: { value: "07700 900123", masked: false },
        zip: "SW1A 2AA",
        city: "London",
        country: "GB",
      },
    });
    expect(order?.createdAt.toISOString()).toBe("2024-07-14T22:30:00.000Z");
    expect(order?.paidAt?.toISOString()).toBe("2024-07-14T22:31:00.000Z");
    expect(order?.items).toEqual([
      expect.objectContaining({
        title: "Tea Tin",
        unitPriceFen: 1000,
        quantity: 5,
        paidFen: 4500,
        merchantCode: "TEA-1",
      }),
    ]);
  });
});

describe("Human-labelled export", () => {
  it("maps labelled headers and groups product rows", async () => {
    const records = await parse("woo-labelled.csv");
    const orders = ofKind(records, "order").map((o) => o.order);
    expect(
      orders.map((o) => [o.externalId, o.rawStatus, o.status, o.goodsFen, o.shippingFen, o.paidFen]),
    ).toEqual([
      ["3001", "Processing", "paid", 6000, 400, 6400],
      ["3002", "On hold", "unpaid", 1000, 0, 0],
    ]);
    expect(orders[0]?.createdAt.toISOString()).toBe("2024-03-05T13:22:00.000Z");
    expect(orders[0]?.buyer).toEqual({
      platformCustomerId: "7",
      email: "lena@example.de",
      name: { value: "Lena Schmidt", masked: false },
      phone: { value: "+49 30 123456", masked: false },
    });
    expect(orders[0]?.receiver).toMatchObject({ country: "DE", zip: "10117", province: "BE" });
    expect(orders[0]?.items.map((i) => [i.title, i.merchantCode, i.unitPriceFen, i.quantity])).toEqual([
      ["Tea Tin", "TEA-1", 1000, 2],
      ["Teapot", "POT-1", 4000, 1],
    ]);
    expect(orders[1]?.buyer.platformCustomerId).toBeUndefined();
    expect(ofKind(records, "reject")).toEqual([]);
  });
});

describe("WooCommerce edge cases", () => {
  const header = [
    "order_id",
    "date",
    "status",
    "order_total",
    "refunded_total",
    "billing_email",
    "line_items",
  ];

  it("maps every status slug, with or without wc-", async () => {
    const slugs = ["pending", "wc-on-hold", "processing", "wc-completed", "cancelled", "failed", "refunded"];
    const table = tableFromRows(
      "w.csv",
      header,
      slugs.map((s, i) => [
        String(i + 1),
        "2024-01-01 10:00:00",
        s,
        "10.00",
        "",
        "a@b.co",
        "name:X|quantity:1|total:10.00",
      ]),
    );
    const orders = ofKind(await collect(parser, table, berlin), "order");
    expect(orders.map((o) => [o.order.status, o.order.paidFen, o.order.refundedFen])).toEqual([
      ["unpaid", 0, 0],
      ["unpaid", 0, 0],
      ["paid", 1000, 0],
      ["completed", 1000, 0],
      ["closed", 0, 0],
      ["closed", 0, 0],
      ["closed", 1000, 1000],
    ]);
  });

  it("rejects a malformed packed item, a missing order id and a missing date", async () => {
    const table = tableFromRows("w.csv", header, [
      ["1", "2024-01-01 10:00:00", "processing", "10", "", "", "name:X|quantity:two|total:10"],
      ["", "2024-01-01 10:00:00", "processing", "10", "", "", ""],
      ["3", "", "processing", "10", "", "", ""],
      ["4", "2024-01-01 10:00:00", "processing", "10", "-2.50", "", ""],
    ]);
    const records = await collect(parser, table, berlin);
    expect(ofKind(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [2, "line_items", "invalid_number"],
      [3, "order_id", "missing_field"],
      [4, "date", "missing_field"],
    ]);
    expect(
      ofKind(records, "order").map((o) => [o.order.externalId, o.order.items.length, o.order.refundedFen]),
    ).toEqual([["4", 0, 250]]);
  });

  it("parses packed items defensively", () => {
    expect(parseLineItems("")).toEqual([]);
    expect(
      parseLineItems("name:A|quantity:2|total:5.00|meta:Color=Red").map((i) => [
        i.title,
        i.unitPriceFen,
        i.attributes,
      ]),
    ).toEqual([["A", 250, { Color: "Red" }]]);
    expect(() => parseLineItems("garbage")).not.toThrow();
    expect(() => parseLineItems("quantity:1|total:2")).toThrow();
  });
});
