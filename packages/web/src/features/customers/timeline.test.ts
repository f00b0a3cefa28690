import { describe, expect, it } from "vitest";
import type { Order } from "./customers.api.ts";
import { timelineOf } from "./timeline.ts";

function order(partial: Partial<Order>): Order {
  return {
    id: 1,
    platform: "taobao",
    externalId: "T1",
    customerId: 9,
    status: "completed",
    rawStatus: "交易成功",
    orderedAt: "2026-01-01T10:00:00.000Z",
    paidAt: null,
    shippedAt: null,
    receivedAt: null,
    completedAt: null,
    closedAt: null,
    goodsFen: 0,
    shippingFen: 0,
    discountFen: 0,
    paidFen: 0,
    refundedFen: 0,
    currency: "CNY",
    itemQuantity: 1,
    buyerMessage: null,
    sellerMemo: null,
    closeReason: null,
    isMobile: null,
    shippingCompany: null,
    trackingNo: null,
    receiver: {
      name: null,
      phone: null,
      country: null,
      province: null,
      city: null,
      district: null,
      address: null,
      zip: null,
    },
    items: [],
    ...partial,
  };
}

describe("timelineOf", () => {
  it("lists each dated step of each order and the merges, newest first", () => {
    const events = timelineOf({
      recentOrders: [
        order({ id: 1, externalId: "A", paidAt: "2026-01-01T10:05:00.000Z", paidFen: 9900 }),
        order({
          id: 2,
          externalId: "B",
          orderedAt: "2026-03-01T08:00:00.000Z",
          paidAt: "2026-03-01T08:00:00.000Z",
          paidFen: 5000,
          shippedAt: "2026-03-02T08:00:00.000Z",
          closedAt: "2026-03-05T08:00:00.000Z",
          refundedFen: 5000,
        }),
      ],
      mergedFrom: [
        {
          mergeId: 1,
          mergedCustomerId: 7,
          reason: "phone",
          matchedValue: "138****0000",
          mergedAt: "2026-02-01T00:00:00.000Z",
          undoneAt: null,
          splitCustomerId: null,
        },
      ],
    });
    expect(events.map((e) => `${e.kind}@${e.at.slice(0, 16)}`)).toEqual([
      "refunded@2026-03-05T08:00",
      "closed@2026-03-05T08:00",
      "shipped@2026-03-02T08:00",
      "paid@2026-03-01T08:00",
      "ordered@2026-03-01T08:00",
      "merged@2026-02-01T00:00",
      "paid@2026-01-01T10:05",
      "ordered@2026-01-01T10:00",
    ]);
    expect(events[0]).toMatchObject({ kind: "refunded", amountFen: 5000, externalId: "B" });
  });

  it("is empty for a customer without orders or merges", () => {
    expect(timelineOf({ recentOrders: [], mergedFrom: [] })).toEqual([]);
  });
});
