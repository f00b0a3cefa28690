/**
 * The days behaviour inference reads orders against: gift festivals (a gift buyer shops in the
 * days before them) and the platforms' promotion windows. 七夕 moves with the lunar calendar
 * (lunar-javascript); 母亲节 and 父亲节 are the second Sunday of May and the third of June.
 */
import lunar from "lunar-javascript";

/** A named day, as `YYYY-MM-DD`. */
export interface NamedDay {
  name: "valentines" | "520" | "qixi" | "mothers_day" | "fathers_day" | "christmas";
  day: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The `nth` Sunday of a month (1-based), as YYYY-MM-DD. */
function nthSunday(year: number, month: number, nth: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((7 - first) % 7) + 7 * (nth - 1);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Gift festivals of the given years. */
export function giftFestivals(years: Iterable<number>): NamedDay[] {
  const out: NamedDay[] = [];
  for (const y of years) {
    out.push({ name: "valentines", day: `${y}-02-14` });
    out.push({ name: "520", day: `${y}-05-20` });
    out.push({ name: "mothers_day", day: nthSunday(y, 5, 2) });
    out.push({ name: "fathers_day", day: nthSunday(y, 6, 3) });
    out.push({ name: "qixi", day: lunar.Lunar.fromYmd(y, 7, 7).getSolar().toYmd() });
    out.push({ name: "christmas", day: `${y}-12-25` });
  }
  return out;
}

/** Promotion windows as [month, first day, last day]: 618 (Jun 1–18), 双11 (Nov 1–11), 双12. */
export const PROMOTION_WINDOWS: readonly [number, number, number][] = [
  [6, 1, 18],
  [11, 1, 11],
  [12, 12, 12],
];
