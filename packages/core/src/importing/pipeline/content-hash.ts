/**
 * The content hash of an order's own fields (not its lines): a re-import writes an order only
 * when this differs from the stored `orders.content_hash`. Computed in JavaScript for both import
 * paths (staging and first import), so either path can compare what the other stored.
 */
import type { NormalizedOrder } from "../model.ts";
import { hash64 } from "./fingerprint.ts";

const NULL = "\u0002";
const SEP = "\u0001";

function part(v: string | number | boolean | Date | undefined): string {
  if (v === undefined) return NULL;
  if (v instanceof Date) return String(v.getTime());
  return String(v);
}

/** The hash of the fields an update of the order would change (masked flags follow their values). */
export function orderContentHash(o: NormalizedOrder): string {
  const r = o.receiver;
  return hash64(
    [
      o.status,
      o.rawStatus,
      o.createdAt,
      o.paidAt,
      o.shippedAt,
      o.receivedAt,
      o.completedAt,
      o.closedAt,
      o.goodsFen,
      o.shippingFen,
      o.discountFen,
      o.paidFen,
      o.refundedFen,
      o.currency,
      o.itemQuantity,
      o.buyerMessage,
      o.sellerMemo,
      o.closeReason,
      o.isMobile,
      o.shippingCompany,
      o.trackingNo,
      r.name?.value,
      r.phone?.value,
      r.country,
      r.province,
      r.city,
      r.district,
      r.address?.value,
      r.zip,
    ]
      .map(part)
      .join(SEP),
  );
}
