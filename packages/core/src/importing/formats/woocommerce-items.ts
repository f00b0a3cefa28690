/**
 * WooCommerce line items as the SkyVerge "Customer/Order CSV Export" packs them into one cell:
 * `id:7|name:Hoodie|product_id:12|sku:HD-1|quantity:2|subtotal:90.00|total:81.00|meta:size=L;name:…`
 * (items separated by `;`, fields by `|`, key and value by the first `:`).
 */
import { CellError, moneyFen, optionalMoneyFen, quantity, text } from "../cells.ts";
import type { NormalizedItem } from "../model.ts";
import { perUnit } from "./rows.ts";

// Split only where the next item/field visibly starts (`;name:`, `|sku:`), so a product name
// containing `;` or `|` stays whole.
const ITEM_SEPARATOR = /;(?=\s*(?:id|item_id|name|product_id|sku):)/;
const FIELD_SEPARATOR = /\|(?=\s*[a-z_]+:)/;
const META_SEPARATOR = /,(?=[^,=]+=)/;

/** Item meta `size=L, color=Red` (SkyVerge `meta` field / `item_meta` column) -> attributes. */
export function metaAttributes(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const s = text(raw);
  if (!s) return out;
  for (const part of s.split(META_SEPARATOR)) {
    const i = part.indexOf("=");
    const key = i > 0 ? part.slice(0, i).trim() : "";
    const value = i > 0 ? part.slice(i + 1).trim() : part.trim();
    if (key && value) out[key] = value;
    else if (value) out.规格 = value;
  }
  return out;
}

/** Ids Woo writes as `0` mean "none" (a simple product has variation_id 0). */
export function wooId(value: string | undefined): string | undefined {
  return value === undefined || value === "" || value === "0" ? undefined : value;
}

/**
 * One line from its quantity and money: unit price from the pre-discount subtotal when given,
 * else from the total; `paidFen` is the line total after discounts; a refunded amount (Woo
 * writes it negative in places) marks the line refunded.
 */
export function wooItem(fields: {
  externalId?: string | undefined;
  title: string;
  merchantCode?: string | undefined;
  productExternalId?: string | undefined;
  skuExternalId?: string | undefined;
  quantity: number;
  unitPriceFen?: number | undefined;
  subtotalFen?: number | undefined;
  totalFen?: number | undefined;
  refundFen?: number | undefined;
  attributes: Record<string, string>;
}): NormalizedItem {
  const refundFen = Math.abs(fields.refundFen ?? 0);
  return {
    externalId: fields.externalId,
    productExternalId: fields.productExternalId,
    skuExternalId: fields.skuExternalId,
    merchantCode: fields.merchantCode,
    title: fields.title,
    attributes: fields.attributes,
    unitPriceFen: fields.unitPriceFen ?? perUnit(fields.subtotalFen ?? fields.totalFen ?? 0, fields.quantity),
    quantity: fields.quantity,
    paidFen: fields.totalFen,
    refundStatus: refundFen > 0 ? "refunded" : "none",
    refundFen,
  };
}

/** Parse a packed `line_items` cell. Throws CellError on a bad quantity or amount. */
export function parseLineItems(raw: string | undefined): NormalizedItem[] {
  const s = text(raw);
  if (!s) return [];
  const items: NormalizedItem[] = [];
  for (const packed of s.split(ITEM_SEPARATOR)) {
    const f = new Map<string, string>();
    for (const pair of packed.split(FIELD_SEPARATOR)) {
      const i = pair.indexOf(":");
      if (i > 0) f.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
    if (f.size === 0) continue;
    if (!f.has("name") && !f.has("sku") && !f.has("product_id")) throw new CellError("malformed_row", packed);
    items.push(
      wooItem({
        externalId: wooId(f.get("id") ?? f.get("item_id")),
        title: f.get("name") ?? "",
        merchantCode: text(f.get("sku")),
        productExternalId: wooId(f.get("product_id")),
        skuExternalId: wooId(f.get("variation_id")),
        quantity: quantity(f.get("quantity")),
        subtotalFen: optionalMoneyFen(f.get("subtotal")),
        totalFen: optionalMoneyFen(f.get("total")),
        refundFen: moneyFen(f.get("refunded")),
        attributes: metaAttributes(f.get("meta")),
      }),
    );
  }
  return items;
}
