/** The trend chart's days: every day of the window, the ones without changes as zeros. */

/** One day of joins and leaves. */
export interface TrendDay {
  day: string;
  joined: number;
  left: number;
}

/** Today's date "YYYY-MM-DD" in `timeZone` (the shop's days, as the server counts them). */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short" }).format(now);
  } catch {
    // An unknown zone name: the browser's own day is the best guess.
    return new Intl.DateTimeFormat("sv-SE", { dateStyle: "short" }).format(now);
  }
}

/** The `days` days ending `today`, oldest first, with the counts of `items` (missing days are 0). */
export function fillDays(items: readonly TrendDay[], days: number, today: string): TrendDay[] {
  const byDay = new Map(items.map((item) => [item.day, item]));
  const end = new Date(`${today}T00:00:00Z`);
  const out: TrendDay[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(end.getTime() - i * 86_400_000).toISOString().slice(0, 10);
    const found = byDay.get(day);
    out.push({ day, joined: found?.joined ?? 0, left: found?.left ?? 0 });
  }
  return out;
}
