/**
 * Holdout validation as in Fader, Hardie & Lee (2005), figures 2–4: the weekly cumulative repeat
 * transactions of the whole cohort, actual against the model's E[X(t)] summed over customers by
 * first-purchase day, and the holdout total, actual against Σ E[Y(holdout) | x, t_x, T].
 */
import { expectedCumulative, expectedTransactions, type PurchaseModel } from "./predict.ts";
import type { SummaryResult } from "./summary.ts";

/** One week of the cumulative series (week 1 ends 7 days after the first customer's first day). */
export interface WeeklyPoint {
  week: number;
  /** Repeat transactions up to the end of this week. */
  actual: number;
  predicted: number;
  /** Whether the week lies after the calibration end (any part of it). */
  holdout: boolean;
}

/** The validation report. */
export interface HoldoutValidation {
  holdoutWeeks: number;
  holdoutActual: number;
  holdoutPredicted: number;
  /** holdoutPredicted − holdoutActual, and as a share of holdoutActual. */
  holdoutError: number;
  holdoutErrorPercent: number;
  weekly: WeeklyPoint[];
  /** Mean absolute (percentage) error of the cumulative series over all weeks, and holdout weeks only. */
  mae: number;
  mape: number;
  holdoutMae: number;
  holdoutMape: number;
}

function errors(points: readonly WeeklyPoint[]): { mae: number; mape: number } {
  let abs = 0;
  let pct = 0;
  let pctCount = 0;
  for (const p of points) {
    abs += Math.abs(p.predicted - p.actual);
    if (p.actual > 0) {
      pct += Math.abs(p.predicted - p.actual) / p.actual;
      pctCount++;
    }
  }
  return { mae: points.length ? abs / points.length : 0, mape: pctCount ? (100 * pct) / pctCount : 0 };
}

/** Compare a fitted model with what happened in the holdout period. */
export function validateHoldout(model: PurchaseModel, summary: SummaryResult): HoldoutValidation {
  const { customers, calibrationEndDay, holdoutEndDay } = summary;
  if (holdoutEndDay === undefined) throw new Error("validateHoldout needs a summary with a holdout end");
  const holdoutWeeks = (holdoutEndDay - calibrationEndDay) / 7;
  let holdoutActual = 0;
  let holdoutPredicted = 0;
  const cohorts = new Map<number, number>();
  const conditional = new Map<string, number>();
  for (const c of customers) {
    holdoutActual += c.holdoutX;
    const key = `${c.x}|${c.tx}|${c.T}`;
    let e = conditional.get(key);
    if (e === undefined) {
      e = expectedTransactions(model, c, holdoutWeeks);
      conditional.set(key, e);
    }
    holdoutPredicted += e;
    cohorts.set(c.firstDay, (cohorts.get(c.firstDay) ?? 0) + 1);
  }
  const start = Math.min(...cohorts.keys());
  const weeks = Math.ceil((holdoutEndDay - start + 1) / 7);
  const weekly: WeeklyPoint[] = [];
  let actual = 0;
  for (let w = 1; w <= weeks; w++) {
    // Last day counted in week w; a customer first seen on day f has been watched (last − f) days.
    const last = Math.min(start + 7 * w - 1, holdoutEndDay);
    for (let d = start + 7 * (w - 1); d <= last; d++) actual += summary.repeatsByDay.get(d) ?? 0;
    let predicted = 0;
    for (const [first, n] of cohorts)
      if (first < last) predicted += n * expectedCumulative(model, (last - first) / 7);
    weekly.push({ week: w, actual, predicted, holdout: last > calibrationEndDay });
  }
  const all = errors(weekly);
  const holdout = errors(weekly.filter((p) => p.holdout));
  return {
    holdoutWeeks,
    holdoutActual,
    holdoutPredicted,
    holdoutError: holdoutPredicted - holdoutActual,
    holdoutErrorPercent: holdoutActual ? (100 * (holdoutPredicted - holdoutActual)) / holdoutActual : 0,
    weekly,
    mae: all.mae,
    mape: all.mape,
    holdoutMae: holdout.mae,
    holdoutMape: holdout.mape,
  };
}
