/** Test factory: a small Shopify order export (one line per order). */
import fs from "node:fs";
import path from "node:path";

const SHOPIFY_HEADER =
  "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,Shipping,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,Phone";

/** A one-line Shopify order export. */
export function shopifyExport(
  dir: string,
  name: string,
  orders: { name: string; email: string; phone: string }[],
): string {
  const rows = orders.map(
    (o) =>
      `${o.name},${o.email},paid,2025-05-01 10:00:00 +0800,fulfilled,2025-05-02 10:00:00 +0800,CNY,99.00,0.00,99.00,2025-05-01 09:59:00 +0800,1,Linen Shirt - White / M,99.00,LS-W-M,Li Lei,${o.phone}`,
  );
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${SHOPIFY_HEADER}\n${rows.join("\n")}\n`);
  return file;
}
