/**
 * Which identity keys an order carries, and which one names its buyer ("own key").
 * One customer per buyer per shop: the own key is the most specific stable id the platform
 * exports (Taobao ouid / 买家会员名, JD 下单帐号, Shopify customer id, …). Unmasked phones and
 * emails are also "link keys" that let orders from another platform join the same customer.
 * A masked value is never a key (see docs/import.md, "Masked data").
 */
import { createHash } from "node:crypto";
import type { IdentityKind } from "@laoke/db";
import { normalizeEmail, normalizePhone } from "../cells.ts";
import type { NormalizedCustomer, NormalizedOrder, Platform } from "../model.ts";

/** Identity kinds, as stored in customer_identities.kind. */
export type { IdentityKind };

/** Platform value used for keys shared across platforms (phone, email). */
export const ANY_PLATFORM = "*";

/** One identity value an order or customer record carries. */
export interface IdentityKey {
  platform: string;
  kind: IdentityKind;
  value: string;
  masked: boolean;
}

/** The keys of one order: the buyer's own key, link keys and every identity to remember. */
export interface OrderKeys {
  own: IdentityKey;
  linkPhone?: string;
  linkEmail?: string;
  all: IdentityKey[];
}

/**
 * Keys of a normalised order. `all` lists the identities to remember besides the own key (which
 * the pipeline stores itself): platform ids, '*' phone/email link keys, masked values flagged.
 * The receiver-address hash is only ever an own key (it links nothing across platforms), so it
 * is computed only when no better key exists.
 */
export function orderKeys(order: NormalizedOrder): OrderKeys {
  const { platform, buyer, receiver } = order;
  const all: IdentityKey[] = [];
  const push = (
    kind: IdentityKind,
    value: string | undefined,
    masked = false,
    onPlatform: string = platform,
  ) => {
    if (value) all.push({ platform: onPlatform, kind, value, masked });
  };
  push("ouid", buyer.ouid);
  push("nick", buyer.nick?.value, buyer.nick?.masked ?? false);
  push("platform_customer_id", buyer.platformCustomerId);
  push("alipay", buyer.alipayAccount?.value, buyer.alipayAccount?.masked ?? false);
  const email = normalizeEmail(buyer.email);
  push("email", email, false, ANY_PLATFORM);
  const buyerPhone = buyer.phone && !buyer.phone.masked ? normalizePhone(buyer.phone.value) : undefined;
  const receiverPhone =
    receiver.phone && !receiver.phone.masked ? normalizePhone(receiver.phone.value) : undefined;
  const phone = buyerPhone ?? receiverPhone;
  push("phone", phone, false, ANY_PLATFORM);
  if (!phone) {
    // Kept for the archive (shown as the platform showed it), flagged, never used as a key.
    const masked = [buyer.phone, receiver.phone].find((p) => p?.masked);
    push("phone", masked?.value, true, ANY_PLATFORM);
  }

  // The own key is always platform-specific, so "is this customer already a buyer on this
  // platform?" can be asked of identities alone; phone/email also stay in `all` as '*' link keys.
  const picked = pickOwnKey(platform, all);
  let own: IdentityKey;
  if (picked) own = { platform, kind: picked.kind, value: picked.value, masked: false };
  else {
    const addressHash = OWN_KEY_ORDER[platform].includes("address_hash")
      ? receiverAddressHash(order)
      : undefined;
    own = addressHash
      ? { platform, kind: "address_hash", value: addressHash, masked: false }
      : { platform, kind: "order", value: order.externalId, masked: false };
  }
  const others = all.filter(
    (k) => !(k.platform === own.platform && k.kind === own.kind && k.value === own.value),
  );
  return { own, linkPhone: phone, linkEmail: email, all: others };
}

/** Preference of own-key kinds per platform family. */
const OWN_KEY_ORDER: Record<Platform, IdentityKind[]> = {
  taobao: ["ouid", "nick", "phone", "address_hash"],
  jd: ["platform_customer_id", "nick", "phone", "address_hash"],
  pdd: ["platform_customer_id", "phone", "address_hash"],
  shopify: ["platform_customer_id", "email", "phone", "address_hash"],
  woocommerce: ["platform_customer_id", "email", "phone", "address_hash"],
  cdnow: ["platform_customer_id"],
  other: ["platform_customer_id", "ouid", "nick", "email", "phone", "address_hash"],
};

function pickOwnKey(platform: Platform, keys: IdentityKey[]): IdentityKey | undefined {
  for (const kind of OWN_KEY_ORDER[platform]) {
    const k = keys.find((x) => x.kind === kind && !x.masked);
    if (k) return k;
  }
  return undefined;
}

/**
 * A stable hash of the receiver's name and full address, when none of it is masked:
 * identifies a buyer on platforms that export no buyer id (PDD) without storing the address twice.
 */
export function receiverAddressHash(order: NormalizedOrder): string | undefined {
  const r = order.receiver;
  if (!r.name || r.name.masked || !r.address || r.address.masked || !r.province) return undefined;
  const canonical = [r.name.value, r.province, r.city ?? "", r.district ?? "", r.address.value]
    .map((s) => s.replace(/\s+/g, ""))
    .join("|");
  return createHash("sha256").update(canonical).digest("hex").slice(0, 32);
}

/** Keys of a customer-export record (Shopify customers): own key plus link keys. */
export function customerKeys(customer: NormalizedCustomer): OrderKeys | undefined {
  const all: IdentityKey[] = [];
  if (customer.platformCustomerId) {
    all.push({
      platform: customer.platform,
      kind: "platform_customer_id",
      value: customer.platformCustomerId,
      masked: false,
    });
  }
  const email = normalizeEmail(customer.email);
  if (email) all.push({ platform: ANY_PLATFORM, kind: "email", value: email, masked: false });
  const phone = customer.phone && !customer.phone.masked ? normalizePhone(customer.phone.value) : undefined;
  if (phone) all.push({ platform: ANY_PLATFORM, kind: "phone", value: phone, masked: false });
  const first = all[0];
  if (!first) return undefined;
  const own: IdentityKey = { ...first, platform: customer.platform };
  const others = all.filter(
    (k) => !(k.platform === own.platform && k.kind === own.kind && k.value === own.value),
  );
  return { own, linkPhone: phone, linkEmail: email, all: others };
}
