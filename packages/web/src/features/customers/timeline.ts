/**
 * One customer's timeline: every dated event of their orders and merges, the notes staff wrote,
 * the follow-up visits that were done and the reviews they left, newest first.
 */
import type { CustomerDetail } from "./customers.api.ts";

type FollowUpChannel = CustomerDetail["closedFollowUps"][number]["channel"];

export type TimelineEvent =
  | { kind: "ordered" | "shipped" | "completed" | "closed"; at: string; orderId: number; externalId: string }
  | { kind: "paid" | "refunded"; at: string; orderId: number; externalId: string; amountFen: number }
  | { kind: "merged"; at: string; customerId: number | null; reason: "phone" | "email" }
  | { kind: "note"; at: string; noteId: number; body: string; author: string | null }
  | {
      kind: "followUp";
      at: string;
      followUpId: number;
      channel: FollowUpChannel;
      purpose: string | null;
      reached: boolean;
      satisfaction: number | null;
      by: string | null;
    }
  | {
      kind: "review";
      at: string;
      reviewId: number;
      rating: number | null;
      content: string;
      product: string | null;
    };

/** Build the events from the archive (pure, so it is tested without a browser). */
export function timelineOf(
  detail: Pick<CustomerDetail, "recentOrders" | "mergedFrom" | "notes" | "closedFollowUps"> &
    Partial<Pick<CustomerDetail, "reviews">>,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const o of detail.recentOrders) {
    const base = { orderId: o.id, externalId: o.externalId };
    events.push({ kind: "ordered", at: o.orderedAt, ...base });
    if (o.paidAt) events.push({ kind: "paid", at: o.paidAt, amountFen: o.paidFen, ...base });
    if (o.shippedAt) events.push({ kind: "shipped", at: o.shippedAt, ...base });
    if (o.completedAt) events.push({ kind: "completed", at: o.completedAt, ...base });
    if (o.closedAt) events.push({ kind: "closed", at: o.closedAt, ...base });
    // Refunds carry no date of their own in exports: shown at the order's close or completion.
    const refundAt = o.closedAt ?? o.completedAt ?? o.paidAt;
    if (o.refundedFen > 0 && refundAt)
      events.push({ kind: "refunded", at: refundAt, amountFen: o.refundedFen, ...base });
  }
  for (const m of detail.mergedFrom) {
    events.push({ kind: "merged", at: m.mergedAt, customerId: m.mergedCustomerId, reason: m.reason });
  }
  // A note stands where it was written (an edit does not move it).
  for (const n of detail.notes) {
    events.push({ kind: "note", at: n.createdAt, noteId: n.id, body: n.body, author: n.authorName });
  }
  // Only visits that happened: a cancelled one says nothing about the customer.
  for (const f of detail.closedFollowUps) {
    if (f.status !== "done" || !f.outcome) continue;
    events.push({
      kind: "followUp",
      at: f.outcome.completedAt,
      followUpId: f.id,
      channel: f.channel,
      purpose: f.purpose,
      reached: f.outcome.reached,
      satisfaction: f.outcome.satisfaction,
      by: f.outcome.completedBy,
    });
  }
  for (const r of detail.reviews ?? []) {
    events.push({
      kind: "review",
      at: r.reviewedAt,
      reviewId: r.id,
      rating: r.rating,
      content: r.content,
      product: r.productTitle,
    });
  }
  // Same instant: the order's own sequence (ordered before paid before shipped…) read backwards.
  const rank = {
    ordered: 0,
    paid: 1,
    shipped: 2,
    completed: 3,
    closed: 4,
    refunded: 5,
    merged: 6,
    note: 7,
    followUp: 8,
    review: 9,
  };
  // ISO strings from the API all share one format (UTC, milliseconds), so text order is time order.
  return events.sort((a, b) => b.at.localeCompare(a.at) || rank[b.kind] - rank[a.kind]);
}
