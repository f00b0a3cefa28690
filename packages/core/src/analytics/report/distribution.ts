/**
 * Statistics of whole-day gaps given as a frequency table (value → how many), so SQL returns one
 * row per distinct gap instead of one per purchase. Quantiles interpolate linearly between order
 * statistics (R's type 7, PostgreSQL's percentile_cont, metrics.ts' quantileSorted).
 */

/** How many observations have `value`; tables are sorted by ascending value. */
export interface Frequency {
  value: number;
  count: number;
}

/** Count, mean, quartiles, 90th percentile and maximum; null statistics when there are no values. */
export interface DistributionSummary {
  count: number;
  mean: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  max: number | null;
}

/** One histogram bar: values from `fromDays` to `toDays` inclusive (null: and above). */
export interface HistogramBucket {
  fromDays: number;
  toDays: number | null;
  count: number;
}

/** Longest histogram; past it the last bucket collects the tail. */
export const MAX_HISTOGRAM_BUCKETS = 120;

/** Summary of a frequency table. */
export function summarise(table: readonly Frequency[]): DistributionSummary {
  let count = 0;
  let sum = 0;
  for (const f of table) {
    count += f.count;
    sum += f.value * f.count;
  }
  if (count === 0) return { count: 0, mean: null, p25: null, median: null, p75: null, p90: null, max: null };
  const q = (p: number) => quantile(table, count, p);
  return {
    count,
    mean: sum / count,
    p25: q(0.25),
    median: q(0.5),
    p75: q(0.75),
    p90: q(0.9),
    max: table[table.length - 1]?.value ?? null,
  };
}

/** The `p` quantile of `count` observations (type 7). */
function quantile(table: readonly Frequency[], count: number, p: number): number {
  const h = (count - 1) * p;
  const lo = Math.floor(h);
  const a = orderStatistic(table, lo);
  const b = orderStatistic(table, Math.min(lo + 1, count - 1));
  return a + (h - lo) * (b - a);
}

/** The k-th smallest observation (0-based). */
function orderStatistic(table: readonly Frequency[], k: number): number {
  let seen = 0;
  for (const f of table) {
    seen += f.count;
    if (k < seen) return f.value;
  }
  return table[table.length - 1]?.value ?? Number.NaN;
}

/** Buckets of `width` days from 0 up to the largest value, at most MAX_HISTOGRAM_BUCKETS. */
export function histogram(table: readonly Frequency[], width: number): HistogramBucket[] {
  const max = table[table.length - 1]?.value;
  if (max === undefined) return [];
  const n = Math.min(Math.floor(max / width) + 1, MAX_HISTOGRAM_BUCKETS);
  const buckets = Array.from({ length: n }, (_, k) => ({
    fromDays: k * width,
    toDays: k === n - 1 && max >= n * width ? null : (k + 1) * width - 1,
    count: 0,
  }));
  for (const f of table) {
    const bucket = buckets[Math.min(Math.floor(f.value / width), n - 1)];
    if (bucket) bucket.count += f.count;
  }
  return buckets;
}

/**
 * `shares[d]` = share of the observations that are ≤ d days, for d = 0 up to the largest value or
 * `maxDays`, whichever is smaller. Empty when there are none.
 */
export function cumulativeShares(table: readonly Frequency[], maxDays: number): number[] {
  const max = table[table.length - 1]?.value;
  if (max === undefined) return [];
  const total = table.reduce((s, f) => s + f.count, 0);
  const shares: number[] = [];
  let i = 0;
  let seen = 0;
  for (let d = 0; d <= Math.min(max, maxDays); d++) {
    while (i < table.length && (table[i] as Frequency).value <= d) seen += (table[i++] as Frequency).count;
    shares.push(seen / total);
  }
  return shares;
}
