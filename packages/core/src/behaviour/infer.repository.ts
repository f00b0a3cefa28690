/**
 * Behaviour inference in SQL (decision 0011), set-based over the customers in scope: their paid
 * purchase days (in the shop's time zone) and paid order lines become, per customer and kind, an
 * inference with a value, a confidence and its evidence.
 *
 * Timing behaviours compare a customer with the shop: buying on payday in 4 of 5 purchase days is
 * telling only if the shop's customers do so in ~20% of theirs. A customer is inferred when chance
 * at the shop's base rate explains their count with probability below `significance` (binomial
 * test, binomial.ts); the base rates are measured on the whole shop and kept in segment_state.
 * Confidence is the Wilson score lower bound (95%) of the customer's share, so three out of three
 * weighs less than thirty out of thirty. Staff decisions survive: a confirmed inference stays; a
 * rejected one stays rejected unless its value changes (a new preferred colour is a new claim).
 */

import type { Database } from "@laoke/db";
import { type RawBuilder, sql, type Transaction } from "kysely";
import type { AnalyticsSettings } from "../analytics/settings.ts";
import { type RefreshScope, scopedOrders } from "../shared/scoped-orders.ts";
import { minimumSuccesses } from "./binomial.ts";
import { giftFestivals, PROMOTION_WINDOWS } from "./festivals.ts";

type Trx = Transaction<Database>;
type Thresholds = AnalyticsSettings["behaviour"];

/** Which customers to infer for: all of the shop's, or those in the temp table `changed_customers`. */
export type InferenceScope = RefreshScope;

/** Wilson score lower bound (z = 1.96) of k successes in n, as SQL. */
function wilson(k: RawBuilder<unknown>, n: RawBuilder<unknown>): RawBuilder<number> {
  const p = sql`(${k}::float8 / ${n})`;
  return sql<number>`greatest(0, least(1, ((${p} + 1.9208 / ${n}) - 1.96 * sqrt(${p} * (1 - ${p}) / ${n} + 0.9604 / (${n}::float8 * ${n})))
                     / (1 + 3.8416 / ${n})))::real`;
}

const share = (k: RawBuilder<unknown>, n: RawBuilder<unknown>) => sql`round((${k}::numeric / ${n}), 3)`;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The season of a purchase day (`day`), northern hemisphere. */
const SEASON = sql`case when extract(month from day) in (3, 4, 5) then 'spring'
  when extract(month from day) in (6, 7, 8) then 'summer'
  when extract(month from day) in (9, 10, 11) then 'autumn' else 'winter' end`;

/** The thresholds as a comparable text. */
const settingsKey = (t: Thresholds) => JSON.stringify(t);

async function storedRates(trx: Trx, shopId: number): Promise<BaseRates | undefined> {
  const { rows } = await sql<{
    rates: BaseRates | null;
  }>`select behaviour_base_rates as rates from segment_state
     where shop_id = ${shopId}`.execute(trx);
  return rows[0]?.rates ?? undefined;
}

/**
 * The shop's base rates: measured on every paid purchase day of the shop (inf_days already holds
 * them all on a full pass), kept in segment_state and measured again when a week old.
 */
async function baseRates(
  trx: Trx,
  shopId: number,
  scope: InferenceScope,
  timeZone: string,
  t: Thresholds,
  promo: RawBuilder<unknown>,
): Promise<BaseRates> {
  const current = await storedRates(trx, shopId);
  const fresh =
    current &&
    current.settings === settingsKey(t) &&
    Date.now() - Date.parse(current.computedAt) < BASE_RATES_MAX_AGE_MS;
  if (scope === "changed" && fresh) return current;
  const days =
    scope === "all"
      ? sql`select day from inf_days`
      : sql`select distinct o.customer_id, (o.ordered_at at time zone ${timeZone})::date as day
              from ${scopedOrders(shopId, "all", true)} o where o.status in ('paid', 'shipped', 'completed')`;
  const { rows } = await sql<{
    n: number;
    payday: number;
    gift: number;
    promotion: number;
    season: string;
    s: number;
  }>`
    select count(*) over ()::float8 as n, season, count(*)::float8 as s,
           sum(count(*) filter (where extract(day from d.day) between ${t.payday.fromDay} and ${t.payday.toDay})) over ()::float8 as payday,
           sum(count(f.festival_day)) over ()::float8 as gift,
           sum(count(*) filter (where ${promo})) over ()::float8 as promotion
      from (select day, ${SEASON} as season from (${days}) x) d
      -- Renamed so the promotion windows' bare "day" means the purchase day.
      left join (select day as festival_day from inf_festival_days) f on f.festival_day = d.day
     group by season`.execute(trx);
  const total = rows.reduce((sum, r) => sum + r.s, 0);
  // With no purchases yet, neutral rates (nothing will be inferred anyway).
  const rate = (x: number) => (total > 0 ? x / total : 0.5);
  const bySeason = Object.fromEntries(rows.map((r) => [r.season, rate(r.s)]));
  const rates: BaseRates = {
    computedAt: new Date().toISOString(),
    settings: settingsKey(t),
    days: total,
    payday: rate(rows[0]?.payday ?? 0),
    gift: rate(rows[0]?.gift ?? 0),
    promotion: rate(rows[0]?.promotion ?? 0),
    season: {
      spring: bySeason.spring ?? 0.25,
      summer: bySeason.summer ?? 0.25,
      autumn: bySeason.autumn ?? 0.25,
      winter: bySeason.winter ?? 0.25,
    },
  };
  await sql`update segment_state set behaviour_base_rates = ${JSON.stringify(rates)}::jsonb
     where shop_id = ${shopId}`.execute(trx);
  return rates;
}

/** Sizes that are plus sizes: 3XL and up (XXL is still a regular size). */
const PLUS_SIZE = "^(XXXL|XXXXL|[3-7] ?XL|大码.*)$";

/** Purchase days per customer covered by the binomial tables; beyond, the last table's share applies. */
const MAX_DAYS = 500;

/** The shop's share of purchase days in each timing window. */
interface BaseRates {
  computedAt: string;
  /** The thresholds they were measured and inferred with (a change means a full pass). */
  settings: string;
  days: number;
  payday: number;
  gift: number;
  promotion: number;
  season: Record<"spring" | "summer" | "autumn" | "winter", number>;
}

/** Base rates older than this are measured again. */
const BASE_RATES_MAX_AGE_MS = 7 * 86_400_000;

/** Recompute the inferences of the customers in scope; returns how many are now held. */
export async function inferBehaviour(
  trx: Trx,
  shopId: number,
  changedOnly: InferenceScope,
  timeZone: string,
  t: Thresholds,
): Promise<number> {
  // New thresholds (a wider payday window, stronger evidence) apply to every customer at once,
  // not only to those with new orders: that is a full pass.
  const scope: InferenceScope =
    (await storedRates(trx, shopId))?.settings === settingsKey(t) ? changedOnly : "all";
  const inScope = (column: RawBuilder<unknown>) =>
    scope === "all" ? sql`` : sql`and ${column} in (select customer_id from changed_customers)`;
  const orders = scopedOrders(shopId, scope, true);
  const paid = sql`o.status in ('paid', 'shipped', 'completed')`;

  await sql`create temp table inf_days on commit drop as
    select o.customer_id, (o.ordered_at at time zone ${timeZone})::date as day, bool_or(o.discount_fen > 0) as discounted
      from ${orders} o
     where ${paid}
     group by 1, 2`.execute(trx);
  await sql`create temp table inf_lines on commit drop as
    select o.customer_id, oi.title,
           coalesce(oi.attributes->>'尺码', oi.attributes->>'尺寸', oi.attributes->>'Size', oi.attributes->>'size') as size,
           coalesce(oi.attributes->>'颜色分类', oi.attributes->>'颜色', oi.attributes->>'Color', oi.attributes->>'color') as colour
      from ${orders} o
      join order_items oi on oi.shop_id = o.shop_id and oi.order_id = o.id
     where ${paid} and (oi.refund_status is null or oi.refund_status <> 'refunded')`.execute(trx);

  // The days right before each gift festival of the years the orders span.
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: thisYear - 2009 }, (_, i) => 2010 + i);
  const windows = giftFestivals(years).flatMap((f) =>
    Array.from({ length: t.giftDaysBefore }, (_, i) => ({ name: f.name, day: f.day, before: i + 1 })),
  );
  await sql`create temp table inf_festival_days on commit drop as
    select distinct on (day) day, name from (
      select (d::date - b) as day, n as name
        from unnest(${windows.map((w) => w.day)}::text[], ${windows.map((w) => w.name)}::text[],
                    ${windows.map((w) => w.before)}::int[]) as x(d, n, b)) y
     order by day, name`.execute(trx);
  await sql`create temp table new_inferences (
      customer_id bigint not null, kind text not null, value text, confidence real not null, evidence jsonb not null
    ) on commit drop`.execute(trx);

  const promo = sql.join(
    PROMOTION_WINDOWS.map(
      ([m, from, to]) =>
        sql`(extract(month from day) = ${m} and extract(day from day) between ${from} and ${to})`,
    ),
    sql` or `,
  );
  const k = sql`k`;
  const n = sql`n`;

  const rates = await baseRates(trx, shopId, scope, timeZone, t, promo);
  /** SQL: the purchase days (of `n`) a customer needs in a window of base rate `rate`. */
  const needed = (rate: number) => {
    const table = minimumSuccesses(rate, t.significance, MAX_DAYS);
    const tail = (table[MAX_DAYS - 1] as number) / MAX_DAYS;
    return sql`case when n <= ${MAX_DAYS} then (${table}::int[])[n] else ceil(n * ${tail}::float8) end`;
  };

  // Payday buyer: purchase days inside the day-of-month window.
  await sql`insert into new_inferences
    select customer_id, 'payday_buyer', null, ${wilson(k, n)},
           jsonb_build_object('days', n, 'inWindow', k, 'share', ${share(k, n)}, 'shopShare', ${round3(rates.payday)}::float8,
                              'window', jsonb_build_array(${t.payday.fromDay}::int, ${t.payday.toDay}::int))
      from (select customer_id, count(*) as n,
                   count(*) filter (where extract(day from day) between ${t.payday.fromDay} and ${t.payday.toDay}) as k
              from inf_days group by 1) x
     where n >= ${t.paydayMinDays} and k >= ${needed(rates.payday)}`.execute(trx);

  // Gift buyer: purchase days in the days before gift festivals.
  await sql`insert into new_inferences
    select customer_id, 'gift_buyer', null, ${wilson(k, n)},
           jsonb_build_object('days', n, 'beforeFestival', k, 'share', ${share(k, n)}, 'shopShare', ${round3(rates.gift)}::float8,
                              'festivals', festivals, 'daysBefore', ${t.giftDaysBefore}::int)
      from (select d.customer_id, count(*) as n, count(f.day) as k,
                   coalesce(jsonb_agg(distinct f.name) filter (where f.name is not null), '[]') as festivals
              from inf_days d left join inf_festival_days f on f.day = d.day group by 1) x
     where n >= ${t.giftMinDays} and k >= ${needed(rates.gift)}`.execute(trx);

  // Promotion-driven: purchase days in 618 / 双11 / 双12.
  await sql`insert into new_inferences
    select customer_id, 'promotion_driven', null, ${wilson(k, n)},
           jsonb_build_object('days', n, 'onPromotion', k, 'share', ${share(k, n)},
                              'shopShare', ${round3(rates.promotion)}::float8, 'discountedDays', discounted)
      from (select customer_id, count(*) as n, count(*) filter (where ${promo}) as k,
                   count(*) filter (where discounted) as discounted
              from inf_days group by 1) x
     where n >= ${t.promotionMinDays} and k >= ${needed(rates.promotion)}`.execute(trx);

  // Seasonal: most purchase days in one season, in at least two different years.
  const seasonNeeded = sql`case season
      when 'spring' then ${needed(rates.season.spring)} when 'summer' then ${needed(rates.season.summer)}
      when 'autumn' then ${needed(rates.season.autumn)} else ${needed(rates.season.winter)} end`;
  await sql`insert into new_inferences
    select customer_id, 'seasonal_buyer', season, ${wilson(k, n)},
           jsonb_build_object('days', n, 'inSeason', k, 'share', ${share(k, n)}, 'years', years,
                              'shopShare', (${JSON.stringify(rates.season)}::jsonb ->> season)::float8)
      from (select distinct on (customer_id) customer_id, season, count(*) as k,
                   sum(count(*)) over (partition by customer_id) as n, count(distinct extract(year from day)) as years
              from (select customer_id, day, ${SEASON} as season from inf_days) s
             group by customer_id, season
             order by customer_id, count(*) desc, season) x
     where n >= ${t.seasonalMinDays} and years >= 2 and k >= ${seasonNeeded}`.execute(trx);

  // Plus size: lines in 3XL and up or of 大码 products, among the lines that have a size.
  await sql`insert into new_inferences
    select customer_id, 'plus_size', null, ${wilson(k, n)},
           jsonb_build_object('lines', n, 'plusLines', k, 'share', ${share(k, n)}, 'sizes', sizes)
      from (select customer_id, count(*) as n, count(*) filter (where size ~* ${PLUS_SIZE}) as k,
                   coalesce(jsonb_agg(distinct size) filter (where size ~* ${PLUS_SIZE}), '[]') as sizes
              from inf_lines where size is not null and size <> '' group by 1) x
     where n >= ${t.plusMinLines} and k >= ${t.plusMinShare}::float8 * n`.execute(trx);

  // Preferred colour and size: the most bought value among the lines that have one.
  for (const [kind, column] of [
    ["preferred_colour", sql`colour`],
    ["preferred_size", sql`size`],
  ] as const) {
    await sql`insert into new_inferences
      select customer_id, ${kind}, value, ${wilson(k, n)},
             jsonb_build_object('lines', n, 'withValue', k, 'share', ${share(k, n)})
        from (select distinct on (customer_id) customer_id, ${column} as value, count(*) as k,
                     sum(count(*)) over (partition by customer_id) as n
                from inf_lines where ${column} is not null and ${column} <> ''
               group by customer_id, ${column}
               order by customer_id, count(*) desc, ${column}) x
       where n >= ${t.preferenceMinLines} and k >= ${t.preferenceMinShare}::float8 * n`.execute(trx);
  }

  // Likely gender, from women's and men's items — not for gift buyers, whose items are for someone else.
  await sql`insert into new_inferences
    select customer_id, 'likely_gender', case when women >= men then 'female' else 'male' end,
           ${wilson(sql`greatest(women, men)`, n)},
           jsonb_build_object('lines', n, 'womensLines', women, 'mensLines', men,
                              'share', ${share(sql`greatest(women, men)`, n)})
      from (select customer_id, count(*) filter (where title ~ '女' and title !~ '男') as women,
                   count(*) filter (where title ~ '男' and title !~ '女') as men,
                   count(*) filter (where (title ~ '女') <> (title ~ '男')) as n
              from inf_lines group by 1) x
     where n >= ${t.genderMinLines} and greatest(women, men) >= ${t.genderMinShare}::float8 * n
       and customer_id not in (select customer_id from new_inferences where kind = 'gift_buyer')`.execute(
    trx,
  );

  await sql`delete from customer_inferences ci
     where ci.shop_id = ${shopId} and ci.status = 'inferred' ${inScope(sql`ci.customer_id`)}
       and not exists (select 1 from new_inferences x where x.customer_id = ci.customer_id and x.kind = ci.kind)`.execute(
    trx,
  );
  await sql`insert into customer_inferences (shop_id, customer_id, kind, value, confidence, evidence)
    select ${shopId}::bigint, customer_id, kind, value, confidence, evidence from new_inferences
    on conflict (shop_id, customer_id, kind) do update set
      value = excluded.value, confidence = excluded.confidence, evidence = excluded.evidence, computed_at = now(),
      -- A rejected claim comes back only as a different claim.
      status = case when customer_inferences.status = 'rejected'
                     and customer_inferences.value is distinct from excluded.value then 'inferred'
                    else customer_inferences.status end`.execute(trx);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from new_inferences`.execute(trx);
  await sql`drop table inf_days, inf_lines, inf_festival_days, new_inferences`.execute(trx);
  return rows[0]?.n ?? 0;
}
