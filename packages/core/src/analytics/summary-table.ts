/**
 * Compact per-customer summaries for a whole shop: one typed array per field (a 1M-customer shop
 * takes ~100 MB outside the JS heap instead of millions of objects inside it). Filled by
 * readCustomerFacts (facts.ts), then read by the threshold, scoring and prediction steps.
 */

const NUMERIC_FIELDS = [
  "customerId",
  "purchaseDays",
  "paidOrders",
  "totalFen",
  "firstDayNetFen",
  "firstDay",
  "lastDay",
  "iptMeanDays",
  "iptMedianDays",
  "firstOrderMs",
  "lastOrderMs",
  "favouriteProductId",
  "favouriteSkuId",
] as const;

export type SummaryField = (typeof NUMERIC_FIELDS)[number];

/** A growing list of numbers in one Float64Array: no garbage per item. */
export class Float64List {
  values: Float64Array;
  length = 0;

  constructor(capacity = 64) {
    this.values = new Float64Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.values.length) {
      const next = new Float64Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.length++] = v;
  }

  /** The numbers pushed so far (a view, valid until the next push). */
  view(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}

/** NaN marks "none" in the numeric columns (no purchase, no favourite, no gap). */
export class CustomerSummaries {
  private columns: Record<SummaryField, Float64Array>;
  readonly favouriteColour: (string | null)[] = [];
  readonly favouriteSize: (string | null)[] = [];
  /** Every gap (days) between consecutive purchase days, for the shop's inter-purchase distribution. */
  readonly gaps = new Float64List(1024);
  length = 0;

  constructor(capacity = 1024) {
    this.columns = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, new Float64Array(capacity)])) as Record<
      SummaryField,
      Float64Array
    >;
  }

  get(field: SummaryField, i: number): number {
    return this.columns[field][i] as number;
  }

  column(field: SummaryField): Float64Array {
    return this.columns[field].subarray(0, this.length);
  }

  /**
   * Add one customer's purchases: `n` distinct purchase days (days since 1970-01-01, ascending)
   * with the net spend (分) of each, paid order count, first/last paid order time (epoch ms).
   * Favourites are none until setFavourites.
   */
  addPurchases(
    customerId: number,
    days: Float64Array,
    dayNetFen: Float64Array,
    n: number,
    paidOrders: number,
    firstOrderMs: number | null,
    lastOrderMs: number | null,
  ): void {
    if (this.length === this.columns.customerId.length) this.grow();
    const i = this.length++;
    const c = this.columns;
    c.customerId[i] = customerId;
    c.purchaseDays[i] = n;
    c.paidOrders[i] = paidOrders;
    let total = 0;
    for (let k = 0; k < n; k++) total += dayNetFen[k] as number;
    c.totalFen[i] = total;
    c.firstDayNetFen[i] = n > 0 ? (dayNetFen[0] as number) : Number.NaN;
    c.firstDay[i] = n > 0 ? (days[0] as number) : Number.NaN;
    c.lastDay[i] = n > 0 ? (days[n - 1] as number) : Number.NaN;
    // Gaps go straight into the shop's distribution; a per-customer array is only built for the
    // median of three or more purchases (most customers have one or two).
    for (let k = 1; k < n; k++) this.gaps.push((days[k] as number) - (days[k - 1] as number));
    c.iptMeanDays[i] = n > 1 ? ((days[n - 1] as number) - (days[0] as number)) / (n - 1) : Number.NaN;
    c.iptMedianDays[i] =
      n > 2
        ? median(this.gaps.values.subarray(this.gaps.length - (n - 1), this.gaps.length))
        : n === 2
          ? c.iptMeanDays[i]
          : Number.NaN;
    c.firstOrderMs[i] = firstOrderMs ?? Number.NaN;
    c.lastOrderMs[i] = lastOrderMs ?? Number.NaN;
    this.setFavourites(i, null, null, null, null);
  }

  /** The favourite product, SKU, colour and size of customer `i` (null: none). */
  setFavourites(
    i: number,
    productId: number | null,
    skuId: number | null,
    colour: string | null,
    size: string | null,
  ): void {
    this.columns.favouriteProductId[i] = productId ?? Number.NaN;
    this.columns.favouriteSkuId[i] = skuId ?? Number.NaN;
    this.favouriteColour[i] = colour;
    this.favouriteSize[i] = size;
  }

  private grow(): void {
    for (const f of NUMERIC_FIELDS) {
      const next = new Float64Array(this.columns[f].length * 2);
      next.set(this.columns[f]);
      this.columns[f] = next;
    }
  }
}

/** Median of a small array (copied, not sorted in place). */
export function median(values: ArrayLike<number>): number {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
