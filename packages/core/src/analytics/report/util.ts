/** Small helpers of the report services. */

/** n / d, or 0 when d is 0 (an empty period has a rate of 0, never NaN). */
export function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayIndex(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** Rows grouped by key, groups and rows in their first-seen order (Map.groupBy needs Node 21). */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/** Sums of numeric columns over rows. */
export function sumFields<K extends string, T extends Record<K, number>>(
  rows: readonly T[],
  keys: readonly K[],
): Record<K, number> {
  const sums = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) for (const k of keys) sums[k] += r[k];
  return sums;
}
