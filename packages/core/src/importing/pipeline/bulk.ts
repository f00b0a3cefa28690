/**
 * The first import of a shop (no customers, orders or identities yet), written straight into the
 * final tables: the resolution the staging path does in SQL (resolve.ts, upsert.ts) is done here
 * in JavaScript while parsing, and every row is COPYed once, in foreign-key order, while the next
 * rows are parsed. It produces the same rows as the staging path would (ids aside); where it
 * cannot be sure of that, it throws BulkFallback and the caller rolls back to its savepoint and
 * imports through the staging path instead (decision 0003, "First import").
 *
 * Memory: orders and identities are remembered as fingerprints (fingerprint.ts) and typed arrays,
 * ~100 bytes per order at Taobao's mix, outside V8's heap and within a budget (memoryBudgetBytes);
 * the rest is bounded by the batch size.
 */
import type pg from "pg";
import { CopyBuffer, type CopyValue, copyLine, copyLines } from "../../shared/copy.ts";
import type {
  ImportRecord,
  NormalizedItem,
  NormalizedOrder,
  Platform,
  RowReject,
  SourceRef,
} from "../model.ts";
import { orderContentHash } from "./content-hash.ts";
import { FingerprintMap, hashPair } from "./fingerprint.ts";
import { ANY_PLATFORM, type IdentityKey, orderKeys } from "./keys.ts";
import { exec } from "./resolve.ts";
import { attributesKey, orderColumns, receiverPlace } from "./stage.ts";

/** Why the first-import path handed over to the staging path (for tests and logs). */
export type BulkFallbackReason =
  /** A customer export (Shopify customers): its profiles override orders' in SQL. */
  | "customer_records"
  /** A line whose order may still come in a later table. */
  | "lines_before_orders"
  /** Lines of one order in two files, the earlier file read later. */
  | "lines_file_order"
  /** Two new customers linked by a phone/email with no platform in common: the staging path merges them. */
  | "link_merge"
  /** The import's keys outgrew the memory budget (memoryBudgetBytes): staging's memory does not grow with the file. */
  | "too_large";

/** Thrown to hand the import over to the staging path. */
export class BulkFallback extends Error {
  constructor(readonly reason: BulkFallbackReason) {
    super(`first-import path cannot handle this import (${reason})`);
  }
}

/** What the import writes into each table read by the bulk writer. */
export interface BulkTable {
  /** Index of the file in the order the user gave (earlier files win for duplicated lines). */
  fileIndex: number;
  /** True when no later table can bring orders: a line of an unknown order is then an orphan. */
  lastOrderTableDone: boolean;
}

/** Counts of a first import, as the summary needs them. */
export interface BulkCounts {
  orders: number;
  items: number;
  customers: number;
  rejects: number;
}

// biome-ignore format: one column list per table, kept compact
const CUSTOMER_COLUMNS = [
  "shop_id", "id", "name", "name_masked", "phone", "phone_masked", "email", "country", "province", "city",
  "district", "address", "address_masked", "zip", "accepts_email_marketing", "first_order_at", "last_order_at"
] as const;
// biome-ignore format: one column list per table, kept compact
const IDENTITY_COLUMNS = ["shop_id", "id", "customer_id", "platform", "kind", "value", "masked", "batch_id"] as const;
// biome-ignore format: one column list per table, kept compact
const ORDER_COLUMNS = [
  "shop_id", "id", "platform", "external_id", "customer_id", "buyer_identity_id", "status", "raw_status",
  "ordered_at", "paid_at", "shipped_at", "received_at", "completed_at", "closed_at", "goods_fen", "shipping_fen",
  "discount_fen", "paid_fen", "refunded_fen", "currency", "item_quantity", "buyer_message", "seller_memo",
  "close_reason", "is_mobile", "shipping_company", "tracking_no", "receiver_name", "receiver_name_masked",
  "receiver_phone", "receiver_phone_masked", "receiver_country", "receiver_province", "receiver_city",
  "receiver_district", "receiver_address", "receiver_address_masked", "receiver_zip", "content_hash", "batch_id"
] as const;
// biome-ignore format: one column list per table, kept compact
const ITEM_COLUMNS = [
  "shop_id", "order_id", "line_no", "external_id", "product_id", "sku_id", "title", "attributes", "merchant_code",
  "unit_price_fen", "quantity", "paid_fen", "status", "raw_status", "refund_status", "raw_refund_status", "refund_fen"
] as const;
// biome-ignore format: one column list per table, kept compact
const PRODUCT_COLUMNS = ["shop_id", "id", "platform", "product_key", "external_id", "merchant_code", "title"] as const;
// biome-ignore format: one column list per table, kept compact
const SKU_COLUMNS = ["shop_id", "id", "product_id", "attributes_key", "external_id", "merchant_code", "attributes"] as const;
// biome-ignore format: one column list per table, kept compact
const REJECT_COLUMNS = ["shop_id", "batch_id", "file", "row_number", "field", "code", "message", "raw"] as const;
// biome-ignore format: one column list per table, kept compact
const PROFILE_COLUMNS = [
  "customer_id", "seq", "name", "name_masked", "phone", "phone_masked", "email", "country", "province", "city",
  "district", "address", "address_masked", "zip", "accepts_email_marketing"
] as const;
// biome-ignore format: one column list per table, kept compact
const VARIANT_COLUMNS = [
  "platform", "product_key", "attributes_key", "product_external_id", "sku_external_id", "merchant_code", "title"
] as const;

/** Temp tables for what can only be settled at the end: profiles, customers' dates, product names. */
const BULK_DDL = `
  create temp table bulk_profiles (
    customer_id bigint not null, seq integer not null, name text, name_masked boolean not null, phone text,
    phone_masked boolean not null, email text, country text, province text, city text, district text,
    address text, address_masked boolean not null, zip text, accepts_email_marketing boolean
  ) on commit drop;
  create temp table bulk_variants (
    platform text not null, product_key text not null, attributes_key text not null, product_external_id text,
    sku_external_id text, merchant_code text, title text not null
  ) on commit drop;
  create temp table bulk_customer_dates (id bigint not null, first_at timestamptz, last_at timestamptz) on commit drop;
`;

/**
 * A customer whose latest order is not the one their row was written from gets that order's
 * profile; one whose first/last paid order moved gets the new dates (CREATE_CUSTOMERS' result).
 */
const SETTLE_CUSTOMERS = `
  update customers c set
    first_order_at = d.first_at, last_order_at = d.last_at,
    ${PROFILE_COLUMNS.slice(2)
      .map((column) => `${column} = case when p.customer_id is null then c.${column} else p.${column} end`)
      .join(",\n    ")}
  from bulk_customer_dates d
  left join (select distinct on (customer_id) * from bulk_profiles order by customer_id, seq desc) p
    on p.customer_id = d.id
  where c.shop_id = $1 and c.id = d.id
`;

/** Products and SKUs take the greatest id, code and title their lines carry (UPSERT_PRODUCTS' rule). */
const SETTLE_PRODUCTS = `
  update products p set title = a.title, merchant_code = a.merchant_code, external_id = a.external_id
    from (select platform, product_key, max(title) as title, max(merchant_code) as merchant_code,
                 max(product_external_id) as external_id
            from bulk_variants group by platform, product_key) a
   where p.shop_id = $1 and p.platform = a.platform and p.product_key = a.product_key
     and row(p.title, p.merchant_code, p.external_id) is distinct from row(a.title, a.merchant_code, a.external_id);
  update skus s set external_id = a.external_id, merchant_code = a.merchant_code
    from (select platform, product_key, attributes_key, max(sku_external_id) as external_id,
                 max(merchant_code) as merchant_code
            from bulk_variants group by platform, product_key, attributes_key) a
    join products p on p.shop_id = $1 and p.platform = a.platform and p.product_key = a.product_key
   where s.shop_id = $1 and s.product_id = p.id and s.attributes_key = a.attributes_key
     and row(s.external_id, s.merchant_code) is distinct from row(a.external_id, a.merchant_code);
`;

const PAID = new Set(["paid", "shipped", "completed"]);
const PLATFORM_BITS: Record<Platform, number> = {
  taobao: 1,
  jd: 2,
  pdd: 4,
  shopify: 8,
  woocommerce: 16,
  cdnow: 32,
  other: 64,
};
const KEY_SEP = "\u0000";
/**
 * What the maps and typed columns may hold before the import hands over to staging: a 1M-order
 * Taobao export needs ~100 MB (332 MB peak RSS for the whole importer), ~1.4M orders reach the
 * budget, and a bigger import is restarted through staging rather than let memory grow with the
 * file. LAOKE_FIRST_IMPORT_MAX_MB overrides it.
 */
function memoryBudgetBytes(): number {
  return (Number(process.env.LAOKE_FIRST_IMPORT_MAX_MB) || 160) * 1024 * 1024;
}
const BATCH_RECORDS = 20_000;

/** Ids taken from a table's sequence ahead of use, so rows can reference each other before they are written. */
class IdBlocks {
  private ids = new Float64Array(0);
  private next = 0;
  private pending?: Promise<void>;
  private size = 4096;

  constructor(
    private readonly sequence: string,
    private readonly run: (work: () => Promise<void>) => Promise<void>,
    private readonly client: pg.PoolClient,
  ) {}

  /** Make sure `n` ids are at hand (waits only when the prefetch did not keep up). */
  async ensure(n: number): Promise<void> {
    while (this.ids.length - this.next < n) {
      this.prefetch();
      await this.pending;
    }
    if (this.ids.length - this.next < this.size / 2) this.prefetch();
  }

  take(): number {
    if (this.next >= this.ids.length) throw new Error(`no reserved id left in ${this.sequence}`);
    return this.ids[this.next++] as number;
  }

  private prefetch(): void {
    if (this.pending) return;
    const size = this.size;
    this.size = Math.min(this.size * 2, 65_536);
    this.pending = this.run(async () => {
      const { rows } = await this.client.query<{ ids: string }>(
        "select string_agg(nextval($1::regclass)::text, ',') as ids from generate_series(1, $2)",
        [this.sequence, size],
      );
      const fresh = (rows[0]?.ids ?? "").split(",").map(Number);
      const rest = this.ids.subarray(this.next);
      const merged = new Float64Array(rest.length + fresh.length);
      merged.set(rest);
      merged.set(fresh, rest.length);
      this.ids = merged;
      this.next = 0;
    }).finally(() => {
      this.pending = undefined;
    });
    // A failure surfaces where the ids are awaited, or at the next COPY; never as an unhandled rejection.
    this.pending.catch(() => {});
  }
}

type TypedColumn = Float64Array | Int32Array | Int16Array | Uint8Array;

/** A typed column indexed by an ordinal (order or customer number), grown by half as needed. */
class Column<T extends TypedColumn> {
  data: T;
  constructor(private readonly make: (length: number) => T) {
    this.data = make(1024);
  }
  ensure(n: number): void {
    if (n <= this.data.length) return;
    const next = this.make(Math.max(n, Math.ceil(this.data.length * 1.5)));
    next.set(this.data as never);
    this.data = next;
  }
}
const float64 = () => new Column((n) => new Float64Array(n));
const int32 = () => new Column((n) => new Int32Array(n));
const int16 = () => new Column((n) => new Int16Array(n));
const uint8 = () => new Column((n) => new Uint8Array(n));

/** Writes a first import straight into the final tables. Create with `BulkWriter.create`. */
export class BulkWriter {
  readonly counts: BulkCounts = { orders: 0, items: 0, customers: 0, rejects: 0 };
  private table: BulkTable = { fileIndex: 0, lastOrderTableDone: false };
  private seq = 0;
  private records = 0;
  private inFlight: Promise<void> = Promise.resolve();

  // Rows waiting for the next COPY round, per table (written in foreign-key order).
  private readonly products = new CopyBuffer(1 << 12);
  private readonly skus = new CopyBuffer(1 << 12);
  private readonly customers = new CopyBuffer();
  private readonly identities = new CopyBuffer();
  private readonly orders = new CopyBuffer(4 << 20);
  private readonly items = new CopyBuffer(4 << 20);
  private readonly rejects = new CopyBuffer(1 << 12);
  private readonly profiles = new CopyBuffer();
  private readonly variants = new CopyBuffer(1 << 12);

  /** (platform, external id) → order ordinal. */
  private readonly orderIndex = new FingerprintMap(1 << 17);
  private readonly orderId = float64();
  private readonly orderLines = int32();
  /** File index of an order's lines (-1: none yet). */
  private readonly orderLineFile = int16();

  /**
   * Unmasked identity (platform, kind, value) → its owner's customer ordinal × 2, plus 1 when it
   * is the owner's own key (the key that named the buyer).
   */
  private readonly identityIndex = new FingerprintMap(1 << 17);
  /** Masked identities already kept per customer: (customer ordinal, platform, kind, value). */
  private readonly maskedIndex = new FingerprintMap(1 << 16);

  private readonly customerId = float64();
  /** Id of the customer's own identity, for their orders' buyer_identity_id (NaN: settled at the end). */
  private readonly customerOwnIdentity = float64();
  private readonly customerLatestAt = float64();
  private readonly customerFirstPaid = float64();
  private readonly customerLastPaid = float64();
  private readonly customerProfileHash = float64();
  /** Platforms of the customer's orders, one bit each (PLATFORM_BITS). */
  private readonly customerPlatforms = uint8();
  /** Bit 1: first/last paid moved since the row was written; bit 2: a later order's profile was queued. */
  private readonly customerDirty = uint8();

  private readonly orderColumns = [this.orderId, this.orderLines, this.orderLineFile];
  private readonly customerColumns = [
    this.customerId,
    this.customerOwnIdentity,
    this.customerLatestAt,
    this.customerFirstPaid,
    this.customerLastPaid,
    this.customerProfileHash,
    this.customerPlatforms,
    this.customerDirty,
  ];

  /** Pairs of customers linked by a shared phone/email (customer ordinals, flattened). */
  private linkPairs: number[] = [];
  /** Own keys an earlier record had stored as another customer's identity: the key and its buyer's customer id. */
  private reassigned: { key: IdentityKey; customerId: number }[] = [];

  private readonly productIds = new Map<string, number>();
  private readonly skuIds = new Map<string, number>();
  private readonly variantsSeen = new Set<string>();

  private readonly ids: Record<"customers" | "identities" | "orders" | "products" | "skus", IdBlocks>;

  private constructor(
    private readonly client: pg.PoolClient,
    private readonly shopId: number,
    private readonly batchId: number,
    private readonly currency: string,
    private readonly onReject: (reject: RowReject) => void,
    sequences: Record<"customers" | "identities" | "orders" | "products" | "skus", string>,
  ) {
    const run = (work: () => Promise<void>) => this.schedule(work);
    this.ids = {
      customers: new IdBlocks(sequences.customers, run, client),
      identities: new IdBlocks(sequences.identities, run, client),
      orders: new IdBlocks(sequences.orders, run, client),
      products: new IdBlocks(sequences.products, run, client),
      skus: new IdBlocks(sequences.skus, run, client),
    };
  }

  /** Create the writer's temp tables (inside the caller's transaction). */
  static async create(
    client: pg.PoolClient,
    shop: { id: number; currency: string },
    batchId: number,
    onReject: (reject: RowReject) => void,
  ): Promise<BulkWriter> {
    await client.query(BULK_DDL);
    const { rows } = await client.query<Record<string, string>>(
      `select pg_get_serial_sequence('customers', 'id') as customers,
              pg_get_serial_sequence('customer_identities', 'id') as identities,
              pg_get_serial_sequence('orders', 'id') as orders,
              pg_get_serial_sequence('products', 'id') as products,
              pg_get_serial_sequence('skus', 'id') as skus`,
    );
    const s = rows[0] as Record<"customers" | "identities" | "orders" | "products" | "skus", string>;
    return new BulkWriter(client, shop.id, batchId, shop.currency, onReject, s);
  }

  /** The table whose records come next. */
  startTable(table: BulkTable): void {
    this.table = table;
  }

  async add(record: ImportRecord): Promise<void> {
    switch (record.kind) {
      case "order":
        await this.addOrder(record.order, record.source);
        break;
      case "item":
        await this.addLine(record.platform, record.orderExternalId, record.item, record.source);
        break;
      case "customer":
        throw new BulkFallback("customer_records");
      case "reject":
        this.addReject(record.reject);
        break;
    }
    this.records++;
    if ((this.records & 1023) === 0 && this.heldBytes() > memoryBudgetBytes())
      throw new BulkFallback("too_large");
    if (this.records >= BATCH_RECORDS) {
      this.records = 0;
      await this.flush();
    }
  }

  /** Bytes held by the fingerprint maps and typed columns (outside V8's heap). */
  heldBytes(): number {
    let bytes = this.orderIndex.bytes + this.identityIndex.bytes + this.maskedIndex.bytes;
    for (const column of [...this.orderColumns, ...this.customerColumns]) bytes += column.data.byteLength;
    return bytes;
  }

  /** Write what is left and settle what only the end can tell. Throws BulkFallback when a merge is due. */
  async finish(): Promise<BulkCounts> {
    await this.flush();
    await this.inFlight;
    this.checkLinks();
    if (this.reassigned.length > 0) {
      const r = this.reassigned;
      await this.client.query(
        `with moved as (
           update customer_identities i set customer_id = x.customer_id
             from unnest($2::text[], $3::text[], $4::text[], $5::bigint[]) as x(platform, kind, value, customer_id)
            where i.shop_id = $1 and not i.masked and i.platform = x.platform and i.kind = x.kind and i.value = x.value
           returning i.id, i.customer_id
         )
         update orders o set buyer_identity_id = m.id
           from moved m where o.shop_id = $1 and o.customer_id = m.customer_id and o.buyer_identity_id is null`,
        [
          this.shopId,
          r.map((x) => x.key.platform),
          r.map((x) => x.key.kind),
          r.map((x) => x.key.value),
          r.map((x) => x.customerId),
        ],
      );
    }
    await this.settleCustomers();
    await exec(this.client, SETTLE_PRODUCTS, [this.shopId]);
    return this.counts;
  }

  /** Wait for the COPY still in flight (before rolling back). */
  async settle(): Promise<void> {
    await this.inFlight.catch(() => {});
  }

  private schedule(work: () => Promise<void>): Promise<void> {
    const done = this.inFlight.then(work);
    this.inFlight = done;
    // A failure surfaces at the next await of inFlight, not as an unhandled rejection.
    done.catch(() => {});
    return done;
  }

  /** Hand the buffered rows to PostgreSQL (parent tables first) and keep parsing meanwhile. */
  private async flush(): Promise<void> {
    await this.inFlight;
    const rounds: [string, readonly string[], Buffer][] = [
      ["products", PRODUCT_COLUMNS, this.products.take()],
      ["skus", SKU_COLUMNS, this.skus.take()],
      ["customers", CUSTOMER_COLUMNS, this.customers.take()],
      ["customer_identities", IDENTITY_COLUMNS, this.identities.take()],
      ["orders", ORDER_COLUMNS, this.orders.take()],
      ["order_items", ITEM_COLUMNS, this.items.take()],
      ["import_rejects", REJECT_COLUMNS, this.rejects.take()],
      ["bulk_profiles", PROFILE_COLUMNS, this.profiles.take()],
      ["bulk_variants", VARIANT_COLUMNS, this.variants.take()],
    ];
    this.schedule(async () => {
      for (const [table, columns, lines] of rounds) await copyLines(this.client, table, columns, lines);
    });
  }

  private async addOrder(o: NormalizedOrder, src: SourceRef): Promise<void> {
    const orderKey = o.platform + KEY_SEP + o.externalId;
    const known = this.orderIndex.get(orderKey);
    if (known >= 0) {
      // A repeated order row (JD, Shopify): the first record wins; its lines still count.
      for (const item of o.items) await this.addLine(o.platform, o.externalId, item, src);
      return;
    }
    const keys = orderKeys(o);
    await this.ids.orders.ensure(1);
    await this.ids.customers.ensure(1);
    await this.ids.identities.ensure(keys.all.length + 1);
    const seq = ++this.seq;

    // The buyer: their own key names one customer per buyer (resolve.ts COLLECT_BUYERS).
    const ownKey = identityKey(keys.own);
    const ownEntry = this.identityIndex.get(ownKey);
    let customer: number;
    if (ownEntry >= 0 && (ownEntry & 1) === 1) {
      customer = ownEntry >>> 1;
      this.addToCustomer(customer, o, seq);
    } else {
      customer = this.newCustomer(o);
      this.identityIndex.set(ownKey, customer * 2 + 1);
      if (ownEntry >= 0) {
        // An earlier record kept this key as another customer's identity; in SQL the own key is
        // stored first and the other record's copy is dropped, so the key moves to this buyer.
        // Its row's id is not kept here: the buyer's orders get it in `finish`.
        this.customerOwnIdentity.data[customer] = Number.NaN;
        this.reassigned.push({ key: keys.own, customerId: this.customerId.data[customer] as number });
      } else {
        this.customerOwnIdentity.data[customer] = this.writeIdentity(keys.own, customer, false);
      }
    }
    this.customerPlatforms.data[customer] =
      (this.customerPlatforms.data[customer] as number) | PLATFORM_BITS[o.platform];
    for (const k of keys.all) this.addIdentity(k, customer);

    const orderOrdinal = this.orderIndex.size;
    this.orderIndex.set(orderKey, orderOrdinal);
    for (const column of this.orderColumns) column.ensure(orderOrdinal + 1);
    const id = this.ids.orders.take();
    this.orderId.data[orderOrdinal] = id;
    this.orderLineFile.data[orderOrdinal] = -1;
    this.orders.push(
      copyLine([
        this.shopId,
        id,
        o.platform,
        o.externalId,
        this.customerId.data[customer],
        orNull(this.customerOwnIdentity.data[customer] as number),
        ...orderColumns(o, o.currency ?? this.currency),
        orderContentHash(o),
        this.batchId,
      ]),
    );
    this.counts.orders++;
    for (const item of o.items) await this.addLine(o.platform, o.externalId, item, src);
  }

  /** A new customer, written now from this order; `finish` corrects what later orders change. */
  private newCustomer(o: NormalizedOrder): number {
    const c = this.counts.customers++;
    for (const column of this.customerColumns) column.ensure(c + 1);
    const id = this.ids.customers.take();
    const paidAt = PAID.has(o.status) ? o.createdAt.getTime() : Number.NaN;
    this.customerId.data[c] = id;
    this.customerLatestAt.data[c] = o.createdAt.getTime();
    this.customerFirstPaid.data[c] = paidAt;
    this.customerLastPaid.data[c] = paidAt;
    this.customerPlatforms.data[c] = 0;
    this.customerDirty.data[c] = 0;
    const profile = profileOf(o);
    this.customerProfileHash.data[c] = profileHash(profile);
    const first = Number.isNaN(paidAt) ? null : o.createdAt;
    this.customers.push(copyLine([this.shopId, id, ...profile, first, first]));
    return c;
  }

  /** A later order of a known customer: the latest order gives the profile, paid ones the dates. */
  private addToCustomer(c: number, o: NormalizedOrder, seq: number): void {
    const at = o.createdAt.getTime();
    if (PAID.has(o.status)) {
      const first = this.customerFirstPaid.data[c] as number;
      const last = this.customerLastPaid.data[c] as number;
      if (Number.isNaN(first) || at < first) {
        this.customerFirstPaid.data[c] = at;
        this.customerDirty.data[c] = (this.customerDirty.data[c] as number) | 1;
      }
      if (Number.isNaN(last) || at > last) {
        this.customerLastPaid.data[c] = at;
        this.customerDirty.data[c] = (this.customerDirty.data[c] as number) | 1;
      }
    }
    // Ties go to the later record (CREATE_CUSTOMERS orders by ordered_at desc, seq desc).
    if (at < (this.customerLatestAt.data[c] as number)) return;
    this.customerLatestAt.data[c] = at;
    const profile = profileOf(o);
    const dirty = this.customerDirty.data[c] as number;
    if (profileHash(profile) === this.customerProfileHash.data[c] && (dirty & 2) === 0) return;
    // Queued even when it equals the written profile again, so the last queued one is the latest.
    this.customerDirty.data[c] = dirty | 2;
    this.profiles.push(copyLine([this.customerId.data[c], seq, ...profile]));
  }

  /** Queue an identity row; returns its id. */
  private writeIdentity(k: IdentityKey, customer: number, masked: boolean): number {
    const id = this.ids.identities.take();
    this.identities.push(
      copyLine([
        this.shopId,
        id,
        this.customerId.data[customer],
        k.platform,
        k.kind,
        k.value,
        masked,
        this.batchId,
      ]),
    );
    return id;
  }

  /** Another identity the order carries (resolve.ts INSERT_OTHER_IDENTITIES and LINK_CANDIDATES). */
  private addIdentity(k: IdentityKey, customer: number): void {
    const key = identityKey(k);
    if (k.masked) {
      // Masked values are kept per customer, for display only.
      const perCustomer = customer + KEY_SEP + key;
      if (this.maskedIndex.get(perCustomer) >= 0) return;
      this.maskedIndex.set(perCustomer, 0);
      this.writeIdentity(k, customer, true);
      return;
    }
    const known = this.identityIndex.get(key);
    if (known < 0) {
      this.identityIndex.set(key, customer * 2);
      this.writeIdentity(k, customer, false);
      return;
    }
    const owner = known >>> 1;
    if (k.platform === ANY_PLATFORM && owner !== customer) this.linkPairs.push(customer, owner);
  }

  private async addLine(
    platform: Platform,
    orderExternalId: string,
    item: NormalizedItem,
    src: SourceRef,
  ): Promise<void> {
    const ordinal = this.orderIndex.get(platform + KEY_SEP + orderExternalId);
    if (ordinal < 0) {
      if (!this.table.lastOrderTableDone) throw new BulkFallback("lines_before_orders");
      this.addReject({
        file: src.file,
        row: src.row,
        code: "orphan_item",
        message: `no order ${orderExternalId} in this import or the database`,
        raw: { order: orderExternalId },
      });
      return;
    }
    // Lines of one order found in several files: those of the file given first win.
    const lineFile = this.orderLineFile.data[ordinal] as number;
    if (lineFile === -1) this.orderLineFile.data[ordinal] = this.table.fileIndex;
    else if (lineFile !== this.table.fileIndex) {
      if (this.table.fileIndex < lineFile) throw new BulkFallback("lines_file_order");
      return;
    }
    const { productId, skuId } = await this.productOf(platform, item);
    const lineNo = (this.orderLines.data[ordinal] as number) + 1;
    this.orderLines.data[ordinal] = lineNo;
    this.items.push(
      copyLine([
        this.shopId,
        this.orderId.data[ordinal],
        lineNo,
        item.externalId,
        productId,
        skuId,
        item.title,
        item.attributes,
        item.merchantCode,
        item.unitPriceFen,
        item.quantity,
        item.paidFen,
        item.status,
        item.rawStatus,
        item.refundStatus,
        item.rawRefundStatus,
        item.refundFen,
      ]),
    );
    this.counts.items++;
  }

  /** The line's product and SKU, created on first sight (their names are settled in `finish`). */
  private async productOf(
    platform: Platform,
    item: NormalizedItem,
  ): Promise<{ productId: number; skuId: number }> {
    const productKey = item.productExternalId ? `id:${item.productExternalId}` : `title:${item.title}`;
    const attributes = attributesKey(item.attributes);
    const variant = [
      platform,
      productKey,
      attributes,
      item.productExternalId ?? "",
      item.skuExternalId ?? "",
      item.merchantCode ?? "",
      item.title,
    ].join(KEY_SEP);
    if (!this.variantsSeen.has(variant)) {
      this.variantsSeen.add(variant);
      this.variants.push(
        copyLine([
          platform,
          productKey,
          attributes,
          item.productExternalId,
          item.skuExternalId,
          item.merchantCode,
          item.title,
        ]),
      );
    }
    const productId = await this.idOf(this.productIds, platform + KEY_SEP + productKey, "products", (id) => [
      this.shopId,
      id,
      platform,
      productKey,
      item.productExternalId,
      item.merchantCode,
      item.title,
    ]);
    const skuId = await this.idOf(this.skuIds, productId + KEY_SEP + attributes, "skus", (id) => [
      this.shopId,
      id,
      productId,
      attributes,
      item.skuExternalId,
      item.merchantCode,
      attributes,
    ]);
    return { productId, skuId };
  }

  /** The id of a product or SKU by its key, queueing its row (`row(id)`) the first time. */
  private async idOf(
    known: Map<string, number>,
    key: string,
    table: "products" | "skus",
    row: (id: number) => CopyValue[],
  ): Promise<number> {
    const found = known.get(key);
    if (found !== undefined) return found;
    await this.ids[table].ensure(1);
    const id = this.ids[table].take();
    known.set(key, id);
    this[table].push(copyLine(row(id)));
    return id;
  }

  private addReject(r: RowReject): void {
    this.rejects.push(
      copyLine([this.shopId, this.batchId, r.file, r.row, r.field, r.code, r.message, r.raw]),
    );
    this.counts.rejects++;
    this.onReject(r);
  }

  /**
   * Two customers linked by a phone/email merge in the staging path when they share no platform
   * (resolve.ts MAY_MERGE); in a one-platform import they always share one, so nothing merges.
   */
  private checkLinks(): void {
    const pairs = this.linkPairs;
    const platforms = this.customerPlatforms.data;
    for (let i = 0; i < pairs.length; i += 2) {
      const a = platforms[pairs[i] as number] as number;
      const b = platforms[pairs[i + 1] as number] as number;
      if ((a & b) === 0) throw new BulkFallback("link_merge");
    }
  }

  private async settleCustomers(): Promise<void> {
    const lines: string[] = [];
    const dirty = this.customerDirty.data;
    for (let c = 0; c < this.counts.customers; c++) {
      if (dirty[c] === 0) continue;
      const first = this.customerFirstPaid.data[c] as number;
      const last = this.customerLastPaid.data[c] as number;
      lines.push(
        copyLine([
          this.customerId.data[c],
          Number.isNaN(first) ? null : new Date(first),
          Number.isNaN(last) ? null : new Date(last),
        ]),
      );
    }
    if (lines.length === 0) return;
    await copyLines(this.client, "bulk_customer_dates", ["id", "first_at", "last_at"], lines);
    await this.client.query("analyze bulk_customer_dates");
    await this.client.query(SETTLE_CUSTOMERS, [this.shopId]);
  }
}

function orNull(n: number): number | null {
  return Number.isNaN(n) ? null : n;
}

function identityKey(k: IdentityKey): string {
  return k.platform + KEY_SEP + k.kind + KEY_SEP + k.value;
}

/** A customer's profile columns from one order (resolve.ts CREATE_CUSTOMERS), in PROFILE_COLUMNS' order after the ids. */
function profileOf(o: NormalizedOrder): CopyValue[] {
  const b = o.buyer;
  const r = o.receiver;
  const buyerName = b.name?.value;
  return [
    buyerName ?? r.name?.value,
    buyerName !== undefined ? (b.name?.masked ?? false) : (r.name?.masked ?? false),
    r.phone?.value,
    r.phone?.masked ?? false,
    b.email,
    ...receiverPlace(r),
    b.acceptsMarketing,
  ];
}

/** 53 bits of a hash of the profile columns, enough to tell a changed profile from the written one. */
function profileHash(profile: CopyValue[]): number {
  const [a, b] = hashPair(
    profile.map((v) => (v === undefined || v === null ? "\u0002" : String(v))).join("\u0001"),
  );
  return a * 2097152 + (b & 0x1fffff);
}
