/**
 * Generic CSV/XLSX import with a user-saved column mapping (`--mapping map.json`, format "csv"):
 * field name -> header text. Never auto-detected. Repeated order numbers are one line per row:
 * every row emits its order (the pipeline keeps the first per external id) plus an `item`
 * record when item columns are mapped.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { DomainError } from "../../shared/errors.ts";
import { parseChineseAddress } from "../address.ts";
import { CellError, externalId, moneyFen } from "../cells.ts";
import {
  type ImportRecord,
  type NormalizedOrder,
  ORDER_STATUSES,
  type OrderStatus,
  type Platform,
} from "../model.ts";
import type { Table } from "../source/table.ts";
import { type ColRef, columnIndex } from "./columns.ts";
import { GENERIC_STATUSES } from "./mapping-statuses.ts";
import { type CellReader, mapRows } from "./row-mapper.ts";
import { statusKey, TAOBAO_ORDER_STATUSES } from "./statuses.ts";
import type { ColumnMapping, ParseContext, TableParser } from "./types.ts";

/** Every field a mapping may name. */
export const MAPPING_FIELDS = [
  "externalId",
  "createdAt",
  "status",
  "paidAt",
  "shippedAt",
  "completedAt",
  "closedAt",
  "goodsAmount",
  "shippingAmount",
  "discountAmount",
  "paidAmount",
  "refundedAmount",
  "buyerId",
  "buyerNick",
  "buyerEmail",
  "buyerPhone",
  "buyerName",
  "receiverName",
  "receiverPhone",
  "receiverAddress",
  "province",
  "city",
  "district",
  "itemTitle",
  "itemSku",
  "itemAttributes",
  "itemPrice",
  "itemQuantity",
  "sellerMemo",
  "buyerMessage",
  "currency",
] as const;

/** A field a mapping may name. */
export type MappingField = (typeof MAPPING_FIELDS)[number];

const FIELD_SET: ReadonlySet<string> = new Set(MAPPING_FIELDS);
const REQUIRED_FIELDS: readonly MappingField[] = ["externalId", "createdAt", "paidAmount"];
const ITEM_FIELDS: readonly MappingField[] = [
  "itemTitle",
  "itemSku",
  "itemAttributes",
  "itemPrice",
  "itemQuantity",
];

const mappingSchema = z.strictObject({
  platform: z.enum(["taobao", "jd", "pdd", "shopify", "woocommerce", "other"]).optional(),
  columns: z.record(z.string(), z.string().trim().min(1)),
  statuses: z.record(z.string(), z.enum(ORDER_STATUSES)).optional(),
  moneyUnit: z.enum(["yuan", "fen"]).optional(),
});

/**
 * Validate a mapping object. Unknown or missing required fields, bad statuses or a wrong shape
 * throw DomainError("mapping_invalid") naming the offending `field`.
 */
export function validateColumnMapping(value: unknown, file?: string): ColumnMapping {
  const where: Record<string, string> = file === undefined ? {} : { file };
  const parsed = mappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const field = unknownKey ?? (issue?.path.map(String).join(".") || "mapping");
    throw new DomainError("mapping_invalid", { ...where, field });
  }
  for (const field of Object.keys(parsed.data.columns)) {
    if (!FIELD_SET.has(field)) throw new DomainError("mapping_invalid", { ...where, field });
  }
  for (const field of REQUIRED_FIELDS) {
    if (!parsed.data.columns[field])
      throw new DomainError("mapping_invalid", { ...where, field, reason: "required" });
  }
  return parsed.data;
}

/** Read and validate a mapping JSON file (UTF-8, BOM allowed). */
export async function loadColumnMapping(filePath: string): Promise<ColumnMapping> {
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (e) {
    throw new DomainError("file_unreadable", { file: filePath }, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new DomainError("mapping_invalid", { file: filePath }, { cause: e });
  }
  return validateColumnMapping(json, filePath);
}

/**
 * Status lookup: the mapping's own `statuses` first, then the Taobao vocabulary, then generic
 * English/Chinese words (`paid`, `wc-completed`, `已发货`…). Unknown text → invalid_status.
 */
function statusNormalizer(mapping: ColumnMapping): (raw: string | undefined) => OrderStatus | undefined {
  const byKey = new Map<string, OrderStatus>();
  for (const [k, v] of Object.entries(GENERIC_STATUSES)) byKey.set(statusKey(k), v);
  for (const [k, v] of Object.entries(TAOBAO_ORDER_STATUSES)) byKey.set(statusKey(k), v);
  for (const [k, v] of Object.entries(mapping.statuses ?? {})) byKey.set(statusKey(k), v as OrderStatus);
  return (raw) => {
    const key = statusKey(raw);
    if (key === "") return undefined;
    const hit = byKey.get(key) ?? byKey.get(key.replace(/^wc-/, ""));
    if (hit === undefined) throw new CellError("invalid_status", raw?.trim() ?? "");
    return hit;
  };
}

/**
 * Rows → records for one mapped table. Defaults: no status column → completed when the paid
 * amount is positive, else unpaid; no goods column → paid − shipping + discount (≥ 0); no item
 * price → the order's goods / quantity (one line per order assumed).
 */
async function* parseMapped(table: Table, ctx: ParseContext): AsyncGenerator<ImportRecord> {
  if (!ctx.mapping) throw new DomainError("mapping_required", { file: table.file });
  const mapping = validateColumnMapping(ctx.mapping);
  const col = columnIndex(table);
  const ref = (field: MappingField): ColRef => {
    const header = mapping.columns[field];
    if (header === undefined) return { index: -1, name: field };
    if (!col.has(header))
      throw new DomainError("mapping_invalid", { file: table.file, field, column: header });
    return col.ref(header);
  };
  const c = Object.fromEntries(MAPPING_FIELDS.map((f) => [f, ref(f)])) as Record<MappingField, ColRef>;
  const platform: Platform = mapping.platform ?? "other";
  const toStatus = statusNormalizer(mapping);
  const inFen = mapping.moneyUnit === "fen";
  const money = (r: CellReader, ref: ColRef) =>
    inFen ? r.with(ref, (raw) => Math.round(moneyFen(raw) / 100)) : r.money(ref);
  const hasItems = ITEM_FIELDS.some((f) => c[f].index >= 0);

  yield* mapRows(table, ctx.timeZone, (r, row) => {
    const id = r.with(c.externalId, externalId);
    if (id === undefined) throw new CellError("missing_field", "");
    const createdAt = r.requiredDate(c.createdAt);
    const paidFen = money(r, c.paidAmount);
    const shippingFen = money(r, c.shippingAmount);
    const discountFen = money(r, c.discountAmount);
    const goodsFen =
      c.goodsAmount.index >= 0 ? money(r, c.goodsAmount) : Math.max(0, paidFen - shippingFen + discountFen);
    const status = r.with(c.status, toStatus) ?? (paidFen > 0 ? "completed" : "unpaid");
    const address = parseChineseAddress(r.raw(c.receiverAddress));
    const source = { file: table.file, row: row.row };
    const order: NormalizedOrder = {
      platform,
      externalId: id,
      rawStatus: r.text(c.status) ?? "",
      status,
      createdAt,
      paidAt: r.date(c.paidAt),
      shippedAt: r.date(c.shippedAt),
      completedAt: r.date(c.completedAt),
      closedAt: r.date(c.closedAt),
      goodsFen,
      shippingFen,
      discountFen,
      paidFen,
      refundedFen: money(r, c.refundedAmount),
      currency: r.text(c.currency)?.toUpperCase(),
      buyerMessage: r.text(c.buyerMessage),
      sellerMemo: r.text(c.sellerMemo),
      buyer: {
        platformCustomerId: r.with(c.buyerId, externalId),
        nick: r.masked(c.buyerNick),
        email: r.text(c.buyerEmail),
        phone: r.masked(c.buyerPhone),
        name: r.masked(c.buyerName),
      },
      receiver: {
        name: r.masked(c.receiverName),
        phone: r.masked(c.receiverPhone),
        province: r.text(c.province) ?? address?.province,
        city: r.text(c.city) ?? address?.city,
        district: r.text(c.district) ?? address?.district,
        address: address?.street,
        zip: address?.zip,
      },
      items: [],
    };
    const orderRecord: ImportRecord = { kind: "order", order, source };
    if (!hasItems) return orderRecord;
    const quantity = r.quantity(c.itemQuantity);
    const unitPriceFen =
      c.itemPrice.index >= 0
        ? money(r, c.itemPrice)
        : quantity > 0
          ? Math.round(goodsFen / quantity)
          : goodsFen;
    const item: ImportRecord = {
      kind: "item",
      platform,
      orderExternalId: id,
      item: {
        merchantCode: r.text(c.itemSku),
        title: r.text(c.itemTitle) ?? "",
        attributes: r.attributes(c.itemAttributes),
        unitPriceFen,
        quantity,
        refundStatus: "none",
        refundFen: 0,
      },
      source,
    };
    return [orderRecord, item];
  });
}

/** The generic mapped-CSV parser (format "csv"); detect() is 0: it is chosen by --mapping / --format csv. */
export const mappingParser: TableParser = {
  id: "csv-mapping",
  format: "csv",
  detect: () => 0,
  parse: parseMapped,
};
