/**
 * Descriptive metrics (issue 4 §1): RFM scores, 客单价 tier and churn status of each customer,
 * against thresholds that default to the shop's own distribution and can be overridden in the
 * analytics settings. Pure functions over CustomerSummaries.
 */
import type { ChurnStatus } from "@laoke/db";
import type { AnalyticsSettings } from "./settings.ts";
import type { CustomerSummaries } from "./summary-table.ts";

/** The thresholds a run used (stored with the run; incremental runs reuse them). */
export interface Thresholds {
  /** Ascending cut points; see scoreHigherBetter / scoreLowerBetter. */
  rfm: { recencyDays: number[]; frequency: number[]; monetaryFen: number[] };
  /** Ascending 客单价 band edges (分); tier = 1 + number of edges at or below the AOV. */
  aovBandsFen: number[];
  churnDays: number;
  atRiskDays: number;
  /** Which thresholds came from the data (true) rather than from the settings. */
  derived: { rfm: boolean; aovBands: boolean; churn: boolean };
}

/** Bounds on the data-derived churn threshold: a few noisy gaps must not call everyone churned after a week. */
export const CHURN_DAYS_BOUNDS = { min: 30, max: 730 } as const;
/** Churn threshold of a shop with no repeat purchases yet (nothing to learn from). */
export const CHURN_DAYS_WITHOUT_REPEATS = 180;

/** Quantile (linear interpolation between order statistics, R's type 7) of sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** Score 1–5 where a larger value is better (frequency, monetary): 1 + cut points strictly below it. */
export function scoreHigherBetter(value: number, cuts: readonly number[]): number {
  let s = 1;
  for (const c of cuts) if (value > c) s++;
  return s;
}

/** Score 1–5 where a smaller value is better (recency): 5 − cut points strictly below it. */
export function scoreLowerBetter(value: number, cuts: readonly number[]): number {
  let s = 5;
  for (const c of cuts) if (value > c) s--;
  return s;
}

/** 客单价 tier: 1 + band edges at or below the value. */
export function aovTier(aovFen: number, edges: readonly number[]): number {
  let t = 1;
  for (const e of edges) if (aovFen >= e) t++;
  return t;
}

/** Churn threshold from the 90th percentile of inter-purchase gaps, rounded and bounded. */
export function defaultChurnDays(gapP90: number): number {
  if (!Number.isFinite(gapP90)) return CHURN_DAYS_WITHOUT_REPEATS;
  return Math.min(CHURN_DAYS_BOUNDS.max, Math.max(CHURN_DAYS_BOUNDS.min, Math.round(gapP90)));
}

/** Churn status from the days since the last purchase. */
export function churnStatus(
  recencyDays: number | null,
  t: Pick<Thresholds, "churnDays" | "atRiskDays">,
): ChurnStatus {
  if (recencyDays === null) return "none";
  if (recencyDays > t.churnDays) return "churned";
  if (recencyDays > t.atRiskDays) return "at_risk";
  return "active";
}

/** Thresholds for a shop: settings where given, else quintiles/quartiles/percentiles of its buyers. */
export function computeThresholds(
  s: CustomerSummaries,
  asOfDay: number,
  settings: AnalyticsSettings,
): Thresholds {
  const recency: number[] = [];
  const frequency: number[] = [];
  const monetary: number[] = [];
  const aov: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const days = s.get("purchaseDays", i);
    if (days === 0) continue;
    recency.push(asOfDay - s.get("lastDay", i));
    frequency.push(days);
    monetary.push(s.get("totalFen", i));
    aov.push(s.get("totalFen", i) / s.get("paidOrders", i));
  }
  const cuts = (values: number[], qs: number[]) => {
    const sorted = Float64Array.from(values).sort();
    return qs.map((q) => (sorted.length ? quantileSorted(sorted, q) : 0));
  };
  const quintiles = [0.2, 0.4, 0.6, 0.8];
  const gaps = s.gaps.view().slice().sort();
  const churnDays = settings.churnDays ?? defaultChurnDays(quantileSorted(gaps, 0.9));
  const atRiskDerived = gaps.length
    ? Math.round(quantileSorted(gaps, 0.75))
    : Math.round(CHURN_DAYS_WITHOUT_REPEATS / 2);
  const atRiskDays = settings.atRiskDays ?? Math.min(churnDays, Math.max(14, atRiskDerived));
  return {
    rfm: {
      recencyDays: settings.rfm.recencyDays ?? cuts(recency, quintiles),
      frequency: settings.rfm.frequency ?? cuts(frequency, quintiles),
      monetaryFen: settings.rfm.monetaryFen ?? cuts(monetary, quintiles),
    },
    aovBandsFen: settings.aovBandsFen ?? cuts(aov, [0.25, 0.5, 0.75]).map((v) => Math.round(v)),
    churnDays,
    atRiskDays,
    derived: {
      rfm: !(settings.rfm.recencyDays && settings.rfm.frequency && settings.rfm.monetaryFen),
      aovBands: settings.aovBandsFen === null,
      churn: settings.churnDays === null,
    },
  };
}

/** The descriptive metrics of customer `i`. */
export interface DescriptiveMetrics {
  recencyDays: number | null;
  aovFen: number | null;
  rScore: number | null;
  fScore: number | null;
  mScore: number | null;
  aovTier: number | null;
  churnStatus: ChurnStatus;
}

export function describeCustomer(
  s: CustomerSummaries,
  i: number,
  asOfDay: number,
  t: Thresholds,
): DescriptiveMetrics {
  const days = s.get("purchaseDays", i);
  if (days === 0) {
    return {
      recencyDays: null,
      aovFen: null,
      rScore: null,
      fScore: null,
      mScore: null,
      aovTier: null,
      churnStatus: "none",
    };
  }
  const recencyDays = asOfDay - s.get("lastDay", i);
  const total = s.get("totalFen", i);
  const aovFen = Math.round(total / s.get("paidOrders", i));
  return {
    recencyDays,
    aovFen,
    rScore: scoreLowerBetter(recencyDays, t.rfm.recencyDays),
    fScore: scoreHigherBetter(days, t.rfm.frequency),
    mScore: scoreHigherBetter(total, t.rfm.monetaryFen),
    aovTier: aovTier(aovFen, t.aovBandsFen),
    churnStatus: churnStatus(recencyDays, t),
  };
}
