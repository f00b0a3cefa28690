/**
 * The content hash of an order's own fields (not its lines): a re-import writes an order only
 * when this differs from the stored `orders.content_hash`. Computed in JavaScript for both import
 * paths (staging and first import), so either path can compare what the other stored.
 */
import type { NormalizedOrder } from "../model.ts";
import { hash64 } from "./fingerprint.ts";

const NULL = "\u0002";
const SEP = "\u0001";

/** One field: undefined and the empty text stay apart; times by their instant. */
function f(v: string | number | boolean | Date | undefined): string {
  if (v === undefined) return NULL + SEP;
  if (v instanceof Date) return `${v.getTime()}${SEP}`;
  return `${v}${SEP}`;
}

/** The hash of the fields an update of the order would change (masked flags follow their values). */
export function orderContentHash(o: NormalizedOrder): string {
  const r = o.receiver;
  // One concatenation, not an array per order: this runs for every order of an import.
  return hash64(
    f(o.status) +
      f(o.rawStatus) +
      f(o.createdAt) +
      f(o.paidAt) +
      f(o.shippedAt) +
      f(o.receivedAt) +
      f(o.completedAt) +
      f(o.closedAt) +
      f(o.goodsFen) +
      f(o.shippingFen) +
      f(o.discountFen) +
      f(o.paidFen) +
      f(o.refundedFen) +
      f(o.currency) +
      f(o.itemQuantity) +
      f(o.buyerMessage) +
      f(o.sellerMemo) +
      f(o.closeReason) +
      f(o.isMobile) +
      f(o.shippingCompany) +
      f(o.trackingNo) +
      f(r.name?.value) +
      f(r.phone?.value) +
      f(r.country) +
      f(r.province) +
      f(r.city) +
      f(r.district) +
      f(r.address?.value) +
      f(r.zip),
  );
}
