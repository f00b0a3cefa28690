/**
 * Staging: parsed records are buffered and COPYed in batches into temporary tables that live
 * only inside the import transaction. Everything after staging is set-based SQL (resolve.ts,
 * upsert.ts), so memory stays bounded by the batch size whatever the file size.
 */
import type pg from "pg";
import { CopyBuffer, type CopyValue, copyLine, copyLines } from "../../shared/copy.ts";
import type {
  ImportRecord,
  NormalizedCustomer,
  NormalizedItem,
  NormalizedOrder,
  ReceiverInfo,
  RowReject,
  SourceRef,
} from "../model.ts";
import { orderContentHash } from "./content-hash.ts";
import { customerKeys, orderKeys } from "./keys.ts";

/** The per-chunk order staging table; recreated after each chunk is processed (see upsert.ts). */
export const STAGE_ORDERS_DDL = `
  create temp table stage_orders (
    seq integer not null, file text not null, row_number integer not null,
    platform text not null, external_id text not null, status text not null, raw_status text not null,
    ordered_at timestamptz not null, paid_at timestamptz, shipped_at timestamptz, received_at timestamptz,
    completed_at timestamptz, closed_at timestamptz,
    goods_fen bigint not null, shipping_fen bigint not null, discount_fen bigint not null,
    paid_fen bigint not null, refunded_fen bigint not null, currency text, item_quantity integer,
    buyer_message text, seller_memo text, close_reason text, is_mobile boolean,
    shipping_company text, tracking_no text,
    receiver_name text, receiver_name_masked boolean not null, receiver_phone text,
    receiver_phone_masked boolean not null, receiver_country text, receiver_province text,
    receiver_city text, receiver_district text, receiver_address text,
    receiver_address_masked boolean not null, receiver_zip text,
    own_platform text not null, own_kind text not null, own_value text not null,
    link_phone text, link_email text,
    buyer_name text, buyer_name_masked boolean not null, buyer_email text, accepts_marketing boolean,
    content_hash bigint not null
  ) on commit drop;
`;

/** DDL of the other staging tables; `on commit drop` so nothing outlives the transaction. */
export const STAGING_DDL = `
  create temp table stage_items (
    seq integer not null, file text not null, row_number integer not null,
    platform text not null, order_external_id text not null,
    external_id text, product_external_id text, sku_external_id text, merchant_code text,
    title text not null, attributes jsonb not null, product_key text not null, attributes_key text not null,
    unit_price_fen bigint not null, quantity integer not null,
    paid_fen bigint, status text, raw_status text, refund_status text not null,
    raw_refund_status text, refund_fen bigint not null
  ) on commit drop;
  create temp table stage_identities (
    seq integer not null, source text not null, platform text not null, kind text not null,
    value text not null, masked boolean not null
  ) on commit drop;
  create temp table stage_customers (
    seq integer not null, file text not null, row_number integer not null, platform text not null,
    own_platform text not null, own_kind text not null, own_value text not null,
    link_phone text, link_email text,
    name text, name_masked boolean not null, phone text, phone_masked boolean not null, email text,
    gender text, birthday date, country text, province text, city text, district text,
    address text, address_masked boolean not null, zip text,
    accepts_email_marketing boolean, accepts_sms_marketing boolean, note text
  ) on commit drop;
  create temp table stage_rejects (
    file text not null, row_number integer not null, field text, code text not null,
    message text not null, raw jsonb not null
  ) on commit drop;
`;

// biome-ignore format: one staging column list, kept compact
const ORDER_COLUMNS = [
  "seq", "file", "row_number", "platform", "external_id", "status", "raw_status", "ordered_at", "paid_at",
  "shipped_at", "received_at", "completed_at", "closed_at", "goods_fen", "shipping_fen", "discount_fen",
  "paid_fen", "refunded_fen", "currency", "item_quantity", "buyer_message", "seller_memo", "close_reason",
  "is_mobile", "shipping_company", "tracking_no", "receiver_name", "receiver_name_masked", "receiver_phone",
  "receiver_phone_masked", "receiver_country", "receiver_province", "receiver_city", "receiver_district",
  "receiver_address", "receiver_address_masked", "receiver_zip", "own_platform", "own_kind", "own_value",
  "link_phone", "link_email", "buyer_name", "buyer_name_masked", "buyer_email", "accepts_marketing",
  "content_hash"
] as const;

// biome-ignore format: one staging column list, kept compact
const ITEM_COLUMNS = [
  "seq", "file", "row_number", "platform", "order_external_id", "external_id", "product_external_id",
  "sku_external_id", "merchant_code", "title", "attributes", "product_key", "attributes_key",
  "unit_price_fen", "quantity", "paid_fen", "status", "raw_status", "refund_status", "raw_refund_status",
  "refund_fen"
] as const;

// biome-ignore format: one staging column list, kept compact
const IDENTITY_COLUMNS = [
  "seq", "source", "platform", "kind", "value", "masked"
] as const;

// biome-ignore format: one staging column list, kept compact
const CUSTOMER_COLUMNS = [
  "seq", "file", "row_number", "platform", "own_platform", "own_kind", "own_value", "link_phone",
  "link_email", "name", "name_masked", "phone", "phone_masked", "email", "gender", "birthday", "country",
  "province", "city", "district", "address", "address_masked", "zip", "accepts_email_marketing",
  "accepts_sms_marketing", "note"
] as const;

// biome-ignore format: one staging column list, kept compact
const REJECT_COLUMNS = [
  "file", "row_number", "field", "code", "message", "raw"
] as const;

/**
 * Orders per chunk. Measured on 2 cores (docs/benchmarks.md), overlapping parsing with a chunk's
 * SQL costs more in contention than it saves, so by default only very large imports are cut
 * into chunks (which also bounds the temp tables). LAOKE_IMPORT_CHUNK overrides it.
 */
const DEFAULT_CHUNK_ORDERS = 1_000_000;

/** Counts of what was staged, for progress and the summary. */
export interface StagedCounts {
  orders: number;
  items: number;
  customers: number;
  rejects: number;
}

/**
 * Buffers records and COPYs them into the staging tables every `batchSize` records.
 * `onReject` sees each reject as it is staged (the rejects CSV is written from it).
 */
export class StagingWriter {
  private readonly orders = new CopyBuffer(4 << 20);
  private readonly items = new CopyBuffer(4 << 20);
  private readonly identities = new CopyBuffer();
  private readonly customers = new CopyBuffer(1 << 12);
  private readonly rejects = new CopyBuffer(1 << 12);
  private seq = 0;
  private itemSeq = 0;
  /** The COPY or chunk SQL still running in PostgreSQL while the next records are parsed. */
  private inFlight: Promise<void> = Promise.resolve();
  /** Files that produced lines: lines of one order from two files need deduplication. */
  readonly itemFiles = new Set<string>();
  readonly counts: StagedCounts = { orders: 0, items: 0, customers: 0, rejects: 0 };

  /** Orders and customer rows staged since the last chunk was handed to `onChunk`. */
  private chunkRecords = 0;
  /** COPYs and chunks scheduled on the connection and not finished yet. */
  private pending = 0;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly onReject: (reject: RowReject) => void = () => {},
    /** Runs the set-based steps on the staged orders; parsing goes on meanwhile. */
    private readonly onChunk: () => Promise<void> = async () => {},
    private readonly batchSize = 5000,
    /** Orders per chunk: big enough to amortise each chunk's fixed SQL cost. */
    private readonly chunkSize = Number(process.env.LAOKE_IMPORT_CHUNK) || DEFAULT_CHUNK_ORDERS,
  ) {}

  /** Create the staging tables (inside the caller's transaction). */
  static async create(
    client: pg.PoolClient,
    onReject?: (reject: RowReject) => void,
    onChunk?: () => Promise<void>,
    chunkSize?: number,
  ): Promise<StagingWriter> {
    await client.query(STAGE_ORDERS_DDL);
    await client.query(STAGING_DDL);
    return new StagingWriter(client, onReject, onChunk, undefined, chunkSize);
  }

  /** Stage one record; hands a full buffer to PostgreSQL and keeps parsing meanwhile. */
  async add(record: ImportRecord): Promise<void> {
    switch (record.kind) {
      case "order":
        this.addOrder(record.order, record.source);
        break;
      case "item":
        this.addItem(record.platform, record.orderExternalId, record.item, record.source);
        break;
      case "customer":
        this.addCustomer(record.customer, record.source);
        break;
      case "reject":
        this.addReject(record.reject);
        break;
    }
    if (record.kind === "order" || record.kind === "customer") this.chunkRecords++;
    if (this.chunkRecords >= this.chunkSize) {
      await this.flush();
      this.chunkRecords = 0;
      this.schedule(() => this.onChunk());
      return;
    }
    // While the database is busy, keep parsing into memory (up to a bound, for RSS) instead of
    // waiting: that is where parsing and SQL overlap on two cores.
    const limit = this.pending > 0 ? Math.min(this.chunkSize, 2 * this.batchSize) : this.batchSize;
    if (this.buffered() >= limit) await this.flush();
  }

  /** Chain work on the connection after whatever is in flight. */
  private schedule(work: () => Promise<void>): void {
    this.pending++;
    this.inFlight = this.inFlight.then(work).finally(() => {
      this.pending--;
    });
    // A failure must surface at the next await, not as an unhandled rejection.
    this.inFlight.catch(() => {});
  }

  /**
   * Start COPYing the buffered records. Parsing (this process) and COPY (the database server)
   * overlap: only one batch is in flight, so memory stays bounded by two batches.
   */
  async flush(): Promise<void> {
    await this.inFlight;
    const batch = [
      this.orders.take(),
      this.items.take(),
      this.identities.take(),
      this.customers.take(),
      this.rejects.take(),
    ] as const;
    this.schedule(async () => {
      await copyLines(this.client, "stage_orders", ORDER_COLUMNS, batch[0]);
      await copyLines(this.client, "stage_items", ITEM_COLUMNS, batch[1]);
      await copyLines(this.client, "stage_identities", IDENTITY_COLUMNS, batch[2]);
      await copyLines(this.client, "stage_customers", CUSTOMER_COLUMNS, batch[3]);
      await copyLines(this.client, "stage_rejects", REJECT_COLUMNS, batch[4]);
    });
  }

  /** Flush the rest, run the last chunk, and wait for everything. */
  async finish(): Promise<void> {
    await this.flush();
    this.schedule(() => this.onChunk());
    await this.inFlight;
  }

  /** Wait for a COPY still in flight (before rolling back after an error). */
  async settle(): Promise<void> {
    await this.inFlight.catch(() => {});
  }

  private buffered(): number {
    return this.orders.lines + this.items.lines + this.customers.lines + this.rejects.lines;
  }

  private addOrder(o: NormalizedOrder, src: SourceRef): void {
    const seq = ++this.seq;
    const keys = orderKeys(o);
    this.orders.push(
      copyLine([
        seq,
        src.file,
        src.row,
        o.platform,
        o.externalId,
        ...orderColumns(o, o.currency),
        keys.own.platform,
        keys.own.kind,
        keys.own.value,
        keys.linkPhone,
        keys.linkEmail,
        o.buyer.name?.value,
        o.buyer.name?.masked ?? false,
        o.buyer.email,
        o.buyer.acceptsMarketing,
        orderContentHash(o),
      ]),
    );
    for (const k of keys.all)
      this.identities.push(copyLine([seq, "order", k.platform, k.kind, k.value, k.masked]));
    this.counts.orders++;
    for (const item of o.items) this.addItem(o.platform, o.externalId, item, src);
  }

  private addItem(platform: string, orderExternalId: string, i: NormalizedItem, src: SourceRef): void {
    const seq = ++this.itemSeq;
    this.items.push(
      copyLine([
        seq,
        src.file,
        src.row,
        platform,
        orderExternalId,
        i.externalId,
        i.productExternalId,
        i.skuExternalId,
        i.merchantCode,
        i.title,
        i.attributes,
        i.productExternalId ? `id:${i.productExternalId}` : `title:${i.title}`,
        attributesKey(i.attributes),
        i.unitPriceFen,
        i.quantity,
        i.paidFen,
        i.status,
        i.rawStatus,
        i.refundStatus,
        i.rawRefundStatus,
        i.refundFen,
      ]),
    );
    this.itemFiles.add(src.file);
    this.counts.items++;
  }

  private addCustomer(c: NormalizedCustomer, src: SourceRef): void {
    const keys = customerKeys(c);
    if (!keys) {
      this.addReject({
        file: src.file,
        row: src.row,
        code: "missing_field",
        message: "customer has no id, email or phone",
        raw: {},
      });
      return;
    }
    const seq = ++this.seq;
    this.customers.push(
      copyLine([
        seq,
        src.file,
        src.row,
        c.platform,
        keys.own.platform,
        keys.own.kind,
        keys.own.value,
        keys.linkPhone,
        keys.linkEmail,
        c.name?.value,
        c.name?.masked ?? false,
        c.phone?.value,
        c.phone?.masked ?? false,
        c.email,
        c.gender,
        c.birthday,
        c.country,
        c.province,
        c.city,
        c.district,
        c.address?.value,
        c.address?.masked ?? false,
        c.zip,
        c.acceptsEmailMarketing,
        c.acceptsSmsMarketing,
        c.note,
      ]),
    );
    for (const k of keys.all)
      this.identities.push(copyLine([seq, "customer", k.platform, k.kind, k.value, k.masked]));
    this.counts.customers++;
  }

  private addReject(r: RowReject): void {
    this.rejects.push(copyLine([r.file, r.row, r.field, r.code, r.message, r.raw]));
    this.counts.rejects++;
    this.onReject(r);
  }
}

/**
 * An order's own columns, status to receiver_zip, in the column order shared by stage_orders and
 * orders; `currency` is the order's own (staging) or with the shop's as default (final rows).
 */
export function orderColumns(o: NormalizedOrder, currency: string | undefined): CopyValue[] {
  const r = o.receiver;
  return [
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
    currency,
    o.itemQuantity,
    o.buyerMessage,
    o.sellerMemo,
    o.closeReason,
    o.isMobile,
    o.shippingCompany,
    o.trackingNo,
    r.name?.value,
    r.name?.masked ?? false,
    r.phone?.value,
    r.phone?.masked ?? false,
    ...receiverPlace(r),
  ];
}

/** Where the receiver lives, in the column order orders and customers share (country … zip). */
export function receiverPlace(r: ReceiverInfo): CopyValue[] {
  return [r.country, r.province, r.city, r.district, r.address?.value, r.address?.masked ?? false, r.zip];
}

/** A canonical text of SKU attributes (sorted keys), the SKU's identity within its product. */
export function attributesKey(attributes: Record<string, string>): string {
  const keys = Object.keys(attributes);
  if (keys.length === 0) return "{}";
  keys.sort();
  const sorted: Record<string, string> = {};
  for (const k of keys) sorted[k] = attributes[k] as string;
  return JSON.stringify(sorted);
}
