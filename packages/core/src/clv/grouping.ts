/**
 * Customers with identical statistics contribute identical likelihood terms, so every
 * likelihood here takes weighted rows: one row per distinct (x, t_x, T), or (x, m) for spend.
 * With day-resolution data this caps the rows at a few thousand per cohort window, so a fit
 * costs the same for 10 thousand or 10 million customers.
 */

/** Distinct (x, t_x, T) and how many customers share it. */
export interface RfmRow {
  x: number;
  tx: number;
  T: number;
  weight: number;
}

/** Distinct (x, m) among repeat buyers with positive spend, and how many share it. */
export interface SpendRow {
  x: number;
  m: number;
  weight: number;
}

/** The frequency/recency/age part of a customer summary. */
export interface Rfm {
  x: number;
  tx: number;
  T: number;
}

/** Group customers by identical (x, t_x, T); rows come out in first-seen order. */
export function groupRfm(customers: Iterable<Rfm>): RfmRow[] {
  const rows = new Map<string, RfmRow>();
  for (const c of customers) {
    const key = `${c.x}|${c.tx}|${c.T}`;
    const row = rows.get(key);
    if (row) row.weight++;
    else rows.set(key, { x: c.x, tx: c.tx, T: c.T, weight: 1 });
  }
  return [...rows.values()];
}

/** Group repeat buyers (x > 0, m > 0) by identical (x, m); the Gamma-Gamma model sees only them. */
export function groupSpend(customers: Iterable<{ x: number; monetary: number }>): SpendRow[] {
  const rows = new Map<string, SpendRow>();
  for (const c of customers) {
    if (c.x <= 0 || !(c.monetary > 0)) continue;
    const key = `${c.x}|${c.monetary}`;
    const row = rows.get(key);
    if (row) row.weight++;
    else rows.set(key, { x: c.x, m: c.monetary, weight: 1 });
  }
  return [...rows.values()];
}

/** Total weight (customers) of grouped rows. */
export function totalWeight(rows: readonly { weight: number }[]): number {
  let n = 0;
  for (const r of rows) n += r.weight;
  return n;
}
