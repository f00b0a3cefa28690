import { describe, expect, it } from "vitest";
import type { CustomerDetail, Order } from "./customers.api.ts";
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
      notes: [],
      closedFollowUps: [],
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

  it("places a review at the time it was written", () => {
    const events = timelineOf({
      recentOrders: [order({ id: 1, externalId: "A", orderedAt: "2026-03-01T08:00:00.000Z" })],
      mergedFrom: [],
      notes: [],
      closedFollowUps: [],
      reviews: [
        {
          id: 3,
          customerId: 9,
          orderId: 1,
          orderExternalId: "A",
          productId: null,
          productTitle: "纯棉T恤",
          platform: "taobao",
          rating: 5,
          content: "面料很舒服",
          hasImages: false,
          reviewedAt: "2026-03-09T08:00:00.000Z",
          sellerReply: null,
          followUp: null,
          followUpAt: null,
          source: "import",
          createdBy: null,
        },
      ] as unknown as CustomerDetail["reviews"],
    });
    expect(events[0]).toMatchObject({ kind: "review", rating: 5, product: "纯棉T恤", content: "面料很舒服" });
    expect(events.map((e) => e.kind)).toEqual(["review", "ordered"]);
  });

  it("is empty for a customer without orders or merges", () => {
    expect(timelineOf({ recentOrders: [], mergedFrom: [], notes: [], closedFollowUps: [] })).toEqual([]);
  });

  it("places notes where they were written and done follow-ups where they were completed; cancelled ones stay out", () => {
    const events = timelineOf({
      recentOrders: [order({ id: 1, externalId: "A", orderedAt: "2026-03-01T08:00:00.000Z" })],
      mergedFrom: [],
      notes: [
        note({
          id: 5,
          body: "喜欢浅色",
          createdAt: "2026-03-02T09:00:00.000Z",
          updatedAt: "2026-04-01T00:00:00.000Z",
        }),
      ],
      closedFollowUps: [
        followUp({
          id: 8,
          status: "done",
          dueAt: "2026-02-01T00:00:00.000Z",
          outcome: {
            completedAt: "2026-03-03T10:00:00.000Z",
            completedBy: "王店主",
            reached: true,
            satisfaction: 4,
            productFeedback: null,
            preferencesLearned: null,
            note: null,
          },
        }),
        followUp({ id: 9, status: "cancelled", dueAt: "2026-03-04T00:00:00.000Z", outcome: null }),
      ],
    });
    expect(events.map((e) => `${e.kind}@${e.at.slice(0, 10)}`)).toEqual([
      "followUp@2026-03-03",
      "note@2026-03-02",
      "ordered@2026-03-01",
    ]);
    expect(events[0]).toMatchObject({
      followUpId: 8,
      channel: "phone",
      reached: true,
      satisfaction: 4,
      by: "王店主",
    });
    expect(events[1]).toMatchObject({ noteId: 5, body: "喜欢浅色", author: "小李" });
  });

  it("shows a note written at the same instant as an order after (above) the order", () => {
    const at = "2026-03-01T08:00:00.000Z";
    const events = timelineOf({
      recentOrders: [order({ orderedAt: at })],
      mergedFrom: [],
      notes: [note({ createdAt: at, updatedAt: at })],
      closedFollowUps: [],
    });
    expect(events.map((e) => e.kind)).toEqual(["note", "ordered"]);
  });
});

type Note = CustomerDetail["notes"][number];
type FollowUp = CustomerDetail["closedFollowUps"][number];

function note(partial: Partial<Note>): Note {
  return {
    id: 1,
    customerId: 9,
    body: "",
    authorMemberId: 2,
    authorName: "小李",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...partial,
  };
}

function followUp(partial: Partial<FollowUp>): FollowUp {
  return {
    id: 1,
    customerId: 9,
    customer: { id: 9, name: "张*", nick: null },
    channel: "phone",
    purpose: null,
    dueAt: "2026-01-01T00:00:00.000Z",
    status: "scheduled",
    assignee: null,
    createdBy: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    outcome: null,
    ...partial,
  };
}
