/**
 * From transactions to the per-customer statistics the customer-base models use (recency,
 * frequency, age in weeks; mean repeat spend; holdout counts), following the literature's
 * conventions (shared/data/README.md): one transaction per customer and calendar day, times in
 * weeks = days / 7 from each customer's first purchase.
 */
import { DomainError } from "../shared/errors.ts";

/** One purchase. `value` is spend in whatever unit the caller picks; spend predictions come back in it. */
export interface Transaction {
  customerId: string;
  at: Date;
  value: number;
}

/** A customer's calibration-period statistics (and holdout count when a holdout end was given). */
export interface CustomerSummary {
  customerId: string;
  /** Repeat transactions in calibration (transactions after the first). */
  x: number;
  /** Time of the last transaction since the first, in weeks (0 when x = 0). */
  tx: number;
  /** Calibration end − first purchase, in weeks. */
  T: number;
  /** Mean value of the repeat transactions (0 when x = 0): Gamma-Gamma's m. */
  monetary: number;
  /** Mean value of all calibration transactions, the first included (the fallback's AOV). */
  averageValue: number;
  /** Transactions after the calibration end, up to the holdout end (0 without a holdout). */
  holdoutX: number;
  /** Day of the first purchase (days since 1970-01-01 in the chosen time zone). */
  firstDay: number;
}

/** Calibration (and optional holdout) window, as calendar dates YYYY-MM-DD, both inclusive. */
export interface SummaryOptions {
  calibrationEnd: string;
  holdoutEnd?: string;
  /** IANA zone whose calendar days count as "the same day" (default UTC). */
  timeZone?: string;
}

/** Summaries plus what the holdout validation needs: every repeat transaction's day. */
export interface SummaryResult {
  customers: CustomerSummary[];
  calibrationEndDay: number;
  holdoutEndDay: number | undefined;
  /** Day → repeat transactions that day (customers first seen in calibration, up to the last end). */
  repeatsByDay: Map<number, number>;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD calendar date as a day number; throws invalid_input for anything else. */
export function parseDay(date: string, field: string): number {
  const m = ISO_DATE.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new DomainError("invalid_input", { field, value: date });
  }
  return ms / DAY_MS;
}

/** The day number as YYYY-MM-DD. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A function from instant to calendar day in `timeZone`. Zone offsets change at most every 15
 * minutes of wall time, so offsets are cached per 15-minute bucket: Intl is called rarely.
 */
export function dayInZone(timeZone: string): (at: Date) => number {
  if (timeZone === "UTC") return (at) => Math.floor(at.getTime() / DAY_MS);
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const offsets = new Map<number, number>();
  return (at) => {
    const ms = at.getTime();
    const bucket = Math.floor(ms / 900_000);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const p = Object.fromEntries(
        format.formatToParts(new Date(bucket * 900_000)).map((x) => [x.type, x.value]),
      );
      const wall = Date.UTC(
        Number(p.year),
        Number(p.month) - 1,
        Number(p.day),
        Number(p.hour),
        Number(p.minute),
      );
      offset = wall - bucket * 900_000;
      offsets.set(bucket, offset);
    }
    return Math.floor((ms + offset) / DAY_MS);
  };
}

/**
 * Per-customer summaries. Customers whose first purchase falls after the calibration end are
 * left out (the models describe customers acquired in calibration); purchases after the last
 * end are ignored. Same-day purchases are one transaction whose value is their sum.
 */
export function summarizeTransactions(
  transactions: Iterable<Transaction>,
  options: SummaryOptions,
): SummaryResult {
  const calibrationEndDay = parseDay(options.calibrationEnd, "calibrationEnd");
  const holdoutEndDay =
    options.holdoutEnd === undefined ? undefined : parseDay(options.holdoutEnd, "holdoutEnd");
  if (holdoutEndDay !== undefined && holdoutEndDay <= calibrationEndDay) {
    throw new DomainError("invalid_input", { field: "holdoutEnd", value: options.holdoutEnd ?? "" });
  }
  const lastDay = holdoutEndDay ?? calibrationEndDay;
  const toDay = dayInZone(options.timeZone ?? "UTC");
  // customer → day → summed value
  const byCustomer = new Map<string, Map<number, number>>();
  for (const t of transactions) {
    const day = toDay(t.at);
    if (day > lastDay) continue;
    let days = byCustomer.get(t.customerId);
    if (!days) {
      days = new Map();
      byCustomer.set(t.customerId, days);
    }
    days.set(day, (days.get(day) ?? 0) + t.value);
  }
  const customers: CustomerSummary[] = [];
  const repeatsByDay = new Map<number, number>();
  for (const [customerId, days] of byCustomer) {
    const sorted = [...days.keys()].sort((a, b) => a - b);
    const first = sorted[0] as number;
    if (first > calibrationEndDay) continue;
    let x = 0;
    let last = first;
    let repeatValue = 0;
    let holdoutX = 0;
    for (const day of sorted) {
      if (day !== first) repeatsByDay.set(day, (repeatsByDay.get(day) ?? 0) + 1);
      if (day > calibrationEndDay) holdoutX++;
      else if (day !== first) {
        x++;
        last = day;
        repeatValue += days.get(day) ?? 0;
      }
    }
    customers.push({
      customerId,
      x,
      tx: (last - first) / 7,
      T: (calibrationEndDay - first) / 7,
      monetary: x > 0 ? repeatValue / x : 0,
      averageValue: (repeatValue + (days.get(first) ?? 0)) / (x + 1),
      holdoutX,
      firstDay: first,
    });
  }
  return { customers, calibrationEndDay, holdoutEndDay, repeatsByDay };
}
