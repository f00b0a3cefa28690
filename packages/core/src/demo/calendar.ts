/**
 * Shop time: Asia/Shanghai has been a fixed UTC+8 since 1991, so local days and wall-clock strings
 * are plain arithmetic (the generator formats millions of timestamps). Also the shopping calendar
 * that shapes demand: 双11, 618, 双12, 春节 and the gift festivals.
 */
import { pad, type Rng, Weighted } from "./random.ts";

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in a week (the BG/NBD time unit). */
export const WEEK_MS = 7 * DAY_MS;
/** Asia/Shanghai offset from UTC. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Default period start: 2023-01-01 00:00 Asia/Shanghai. */
export const DEFAULT_START_MS = Date.UTC(2022, 11, 31, 16);
/** Default period end (exclusive): 2026-11-01 00:00 Asia/Shanghai. */
export const DEFAULT_END_MS = Date.UTC(2026, 9, 31, 16);

/** Local (Asia/Shanghai) day number since 1970-01-01 of an instant. */
export function localDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The instant of local midnight starting the given local day number. */
export function dayStart(day: number): number {
  return day * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** The instant of a Shanghai wall-clock time. */
export function shanghai(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, m - 1, d, h, mi, s) - SHANGHAI_OFFSET_MS;
}

/** Civil date of a day number (proleptic Gregorian; Howard Hinnant's algorithm, no Date allocation). */
export function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Day number of a civil date. */
export function dayOf(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

const TWO = Array.from({ length: 60 }, (_, i) => pad(i, 2));
const dateCache = new Map<number, string>();

/** `yyyy-MM-dd` of a local day number (cached: a shop has only a few thousand distinct days). */
export function formatDay(day: number): string {
  let s = dateCache.get(day);
  if (s === undefined) {
    const c = civil(day);
    s = `${c.y}-${TWO[c.m]}-${TWO[c.d]}`;
    if (dateCache.size > 50_000) dateCache.clear();
    dateCache.set(day, s);
  }
  return s;
}

/** `yyyy-MM-dd HH:mm:ss` in Shanghai time, the Taobao export format. */
export function formatDateTime(ms: number): string {
  const local = Math.floor((ms + SHANGHAI_OFFSET_MS) / 1000);
  const day = Math.floor(local / 86_400);
  const sec = local - day * 86_400;
  const h = Math.floor(sec / 3600);
  const mi = Math.floor((sec % 3600) / 60);
  return `${formatDay(day)} ${TWO[h]}:${TWO[mi]}:${TWO[sec % 60]}`;
}

/** `yyyyMMddHHmm` in Shanghai time, as in `ExportOrderList202611010000.csv`. */
export function formatStamp(ms: number): string {
  return formatDateTime(ms).replace(/[-: ]/g, "").slice(0, 12);
}

/** 春节 (lunar new year's day) per year; the festival week has far fewer orders (logistics stop). */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
};

/** 七夕 (7th day of the 7th lunar month) per year, a gift festival. */
export const QIXI: Readonly<Record<number, string>> = {
  2019: "2019-08-07",
  2020: "2020-08-25",
  2021: "2021-08-14",
  2022: "2022-08-04",
  2023: "2023-08-22",
  2024: "2024-08-10",
  2025: "2025-08-29",
  2026: "2026-08-19",
};

function isoDay(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dayOf(y, m, d);
}

/** 母亲节: second Sunday of May. */
export function mothersDay(year: number): number {
  const may1 = dayOf(year, 5, 1);
  const weekday = (may1 + 4) % 7; // day 0 (1970-01-01) was a Thursday; 0 = Sunday
  return may1 + ((7 - weekday) % 7) + 7;
}

/** Days (as day numbers) that gift buyers shop towards: 情人节, 520, 母亲节, 七夕. */
export function giftFestivals(year: number): number[] {
  const out = [dayOf(year, 2, 14), dayOf(year, 5, 20), mothersDay(year)];
  const qixi = isoDay(QIXI[year]);
  if (qixi !== undefined) out.push(qixi);
  return out;
}

/** Platform-wide demand multiplier of one local day, before normalisation. */
export function baseDemand(day: number): number {
  const { y, m, d } = civil(day);
  let f = 1;
  const weekday = (day + 4) % 7;
  if (weekday === 0 || weekday === 6) f *= 1.08;
  if (m === 11 && d <= 10) f *= 1.8;
  else if (m === 11 && d === 11) f *= 6;
  else if (m === 11 && d === 12) f *= 1.4;
  else if (m === 10 && d >= 21)
    f *= 0.85; // shoppers hold their carts for 双11
  else if (m === 12 && (d === 10 || d === 11)) f *= 1.4;
  else if (m === 12 && d === 12) f *= 3;
  else if (m === 6 && d <= 17) f *= 1.6;
  else if (m === 6 && d === 18) f *= 4;
  else if (m === 3 && (d === 7 || d === 8)) f *= 1.5;
  const sf = isoDay(SPRING_FESTIVAL[y]);
  if (sf !== undefined) {
    const rel = day - sf;
    if (rel >= -1 && rel <= 6) f *= 0.35;
    else if (rel >= -8 && rel < -1)
      f *= 0.75; // couriers stop taking parcels before the holiday
    else if (rel > 6 && rel <= 12) f *= 0.75;
  }
  return f;
}

/** True on the big promotion windows promotion-driven buyers wait for. */
export function isPromotionDay(day: number): boolean {
  const { m, d } = civil(day);
  return (m === 11 && d <= 11) || (m === 6 && d <= 18) || (m === 12 && d >= 10 && d <= 12);
}

/** Timing behaviour of a customer; each has its own demand curve over the calendar. */
export type TimingProfile = "normal" | "payday" | "gift" | "promo";

/** Per-day demand curves for every timing profile over the simulated period, normalised to mean 1. */
export class Seasonality {
  readonly firstDay: number;
  readonly days: number;
  private readonly curves = new Map<TimingProfile, { curve: Float64Array; max: number }>();
  private readonly giftDays = new Set<number>();
  private readonly baseCurve: Float64Array;

  constructor(startMs: number, endMs: number) {
    this.firstDay = localDay(startMs);
    this.days = Math.max(1, localDay(endMs - 1) - this.firstDay + 1);
    const gift = this.giftDays;
    const { y: y0 } = civil(this.firstDay);
    const { y: y1 } = civil(this.firstDay + this.days);
    for (let y = y0; y <= y1; y++) {
      // Gift buyers order in the 10 days before the festival (delivery takes 2–4 days).
      for (const f of giftFestivals(y)) for (let k = 3; k <= 12; k++) gift.add(f - k);
    }
    this.baseCurve = new Float64Array(this.days);
    for (let i = 0; i < this.days; i++) this.baseCurve[i] = baseDemand(this.firstDay + i);
    for (const profile of ["normal", "payday", "gift", "promo"] as const) {
      const curve = new Float64Array(this.days);
      let sum = 0;
      let max = 0;
      for (let i = 0; i < this.days; i++) {
        const day = this.firstDay + i;
        let v = this.baseCurve[i] as number;
        const dom = civil(day).d;
        if (profile === "payday") v *= dom >= 10 && dom <= 15 ? 6 : 0.3;
        else if (profile === "gift") v *= gift.has(day) ? 7 : 0.45;
        else if (profile === "promo") v *= isPromotionDay(day) ? 5 : 0.12;
        curve[i] = v;
        sum += v;
      }
      const mean = sum / this.days;
      for (let i = 0; i < this.days; i++) {
        const v = (curve[i] as number) / mean;
        curve[i] = v;
        if (v > max) max = v;
      }
      this.curves.set(profile, { curve, max });
    }
  }

  /** Demand multiplier (mean 1) of a local day for a profile; 0 outside the period. */
  demand(profile: TimingProfile, day: number): number {
    const i = day - this.firstDay;
    if (i < 0 || i >= this.days) return 0;
    return this.curve(profile).curve[i] as number;
  }

  /** Raw platform demand multiplier of a day (1 on an ordinary weekday), looked up when inside the period. */
  base(day: number): number {
    const i = day - this.firstDay;
    return i >= 0 && i < this.days ? (this.baseCurve[i] as number) : baseDemand(day);
  }

  /** True in the 10 days before 情人节, 520, 母亲节 and 七夕, when gift buyers shop. */
  isGiftWindow(day: number): boolean {
    return this.giftDays.has(day);
  }

  /** Largest multiplier of a profile (the thinning envelope). */
  max(profile: TimingProfile): number {
    return this.curve(profile).max;
  }

  private curve(profile: TimingProfile): { curve: Float64Array; max: number } {
    const c = this.curves.get(profile);
    if (!c) throw new Error(`unknown profile ${profile}`);
    return c;
  }
}

// Share of orders per hour of day on Taobao-like apparel shops: a lunch bump and the 20–23 h peak.
const HOUR_WEIGHTS = [
  3, 1.5, 0.8, 0.4, 0.3, 0.4, 0.9, 2, 3, 4, 5, 5, 5.5, 5, 4.6, 4.6, 4.5, 4.2, 4.6, 5.6, 7.2, 8.2, 7.8, 5.2,
];
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const normalHours = new Weighted(HOURS, HOUR_WEIGHTS);
// On 双11 and 618 the first hour after midnight is the busiest of the year.
const peakHours = new Weighted(
  HOURS,
  HOUR_WEIGHTS.map((w, h) => (h === 0 ? w * 10 : h === 1 ? w * 3 : w)),
);

/** A random instant within a local day, following the time-of-day curve. */
export function timeInDay(rng: Rng, day: number): number {
  const { m, d } = civil(day);
  const peak = (m === 11 && d === 11) || (m === 6 && d === 18);
  const hour = (peak ? peakHours : normalHours).pick(rng);
  return dayStart(day) + hour * 3_600_000 + rng.int(3_600_000 / 1000) * 1000;
}
