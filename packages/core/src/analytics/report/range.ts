/** Resolving a report's day range against the shop's data. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { DomainError } from "../../shared/errors.ts";
import type { Shop } from "../../shops/index.ts";
import { selectPurchaseDayExtent } from "./report.repository.ts";
import { type Granularity, parseReportQuery, type ReportRange } from "./report.schema.ts";
import type { DayRange, OrderFilter } from "./report.sql.ts";
import { dayIndex } from "./util.ts";

/** Most periods one series may have (ten years of days), so a typo in a range cannot build a huge answer. */
export const MAX_PERIODS = 3700;

/**
 * Validate a report query and resolve its range (null: no bound given and nothing bought yet); a
 * series' range is checked for its number of periods.
 */
export async function prepareReport<T extends ReportRange & { granularity?: Granularity }>(
  db: Kysely<Database>,
  shop: Shop,
  schema: z.ZodType<T>,
  input: unknown,
): Promise<{ q: T; range: DayRange | null }> {
  const q = parseReportQuery(schema, input);
  const range = await resolveDayRange(db, shop, q);
  if (range !== null && q.granularity !== undefined) assertPeriodCount(range, q.granularity);
  return { q, range };
}

/**
 * The concrete range of a query: given bounds as they are, a missing bound from the shop's first
 * or last purchase day (on the platform). Null when neither bound is given and nothing was bought.
 */
async function resolveDayRange(db: Kysely<Database>, shop: Shop, q: ReportRange): Promise<DayRange | null> {
  if (q.from !== undefined && q.to !== undefined) return { from: q.from, to: q.to };
  const extent = await selectPurchaseDayExtent(db, shop, q.platform);
  const to = q.to ?? latest(extent.last, q.from);
  const from = q.from ?? earliest(extent.first, to);
  return from === null || to === null ? null : { from, to };
}

/**
 * The orders a report over `range` reads: the whole history up to the range's end (to tell new
 * buyers from returning ones), of the customers who bought in the range when the query set a start.
 */
export function historyOf(q: ReportRange, range: DayRange): OrderFilter {
  return { platform: q.platform, to: range.to, buyersFrom: q.from };
}

/** Fail with `invalid_input` on `granularity` when the range has more than MAX_PERIODS periods. */
function assertPeriodCount(range: DayRange, granularity: Granularity): void {
  const days = dayIndex(range.to) - dayIndex(range.from) + 1;
  const months =
    (Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4))) * 12 +
    Number(range.to.slice(5, 7)) -
    Number(range.from.slice(5, 7)) +
    1;
  const periods = granularity === "day" ? days : granularity === "week" ? Math.ceil(days / 7) + 1 : months;
  if (periods > MAX_PERIODS)
    throw new DomainError("invalid_input", { field: "granularity", value: granularity });
}

function latest(a: string | null, b: string | undefined): string | null {
  if (b === undefined) return a;
  return a === null || b > a ? b : a;
}

function earliest(a: string | null, b: string | null): string | null {
  if (b === null) return a;
  return a === null || b < a ? b : a;
}
