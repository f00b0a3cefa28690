/** A period's label on an axis: 2026-03 for months, 03-02 for weeks and days (their first day). */
export function periodLabel(start: string, granularity: "month" | "week" | "day"): string {
  return granularity === "month" ? start.slice(0, 7) : start.slice(5);
}
