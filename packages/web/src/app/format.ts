/** Numbers, money and dates in the UI language. Money arrives in integer fen (分). */
import i18n from "./i18n.ts";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const full = `${i18n.language}|${key}`;
  let format = cache.get(full);
  if (!format) {
    format = make();
    cache.set(full, format);
  }
  return format as T;
}

/** ¥1,234.50 from 123450 fen; "–" for null. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return "–";
  const format = cached(
    "fen",
    () =>
      new Intl.NumberFormat(i18n.language, {
        style: "currency",
        currency: "CNY",
        currencyDisplay: "narrowSymbol",
      }),
  );
  return format.format(fen / 100);
}

/** ¥1.2万 (zh) or ¥12K (en) from fen, for chart axes and tight spaces. */
export function formatFenCompact(fen: number): string {
  const format = cached(
    "fenCompact",
    () =>
      new Intl.NumberFormat(i18n.language, {
        style: "currency",
        currency: "CNY",
        currencyDisplay: "narrowSymbol",
        notation: "compact",
        maximumFractionDigits: 1,
      }),
  );
  return format.format(fen / 100);
}

/** 1.2万 (zh) or 12K (en). */
export function formatNumberCompact(value: number): string {
  const format = cached(
    "nCompact",
    () => new Intl.NumberFormat(i18n.language, { notation: "compact", maximumFractionDigits: 1 }),
  );
  return format.format(value);
}

/** 1,234 ; "–" for null. */
export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined) return "–";
  const format = cached(
    `n${digits}`,
    () => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits }),
  );
  return format.format(value);
}

/** 72.5% from 0.725; "–" for null. */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined) return "–";
  const format = cached(
    `p${digits}`,
    () => new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: digits }),
  );
  return format.format(ratio);
}

/** 2026-11-27 (a day) from an ISO timestamp or a YYYY-MM-DD day; "–" for null. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return "–";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const format = cached("day", () => new Intl.DateTimeFormat("sv-SE", { dateStyle: "short" }));
  return format.format(new Date(value));
}

/** 2026-11-27 14:05 (or 14:05:09 with `seconds`) in the browser's time zone; "–" for null. */
export function formatDateTime(value: string | null | undefined, seconds = false): string {
  if (!value) return "–";
  const format = cached(
    seconds ? "datetime-s" : "datetime",
    () => new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: seconds ? "medium" : "short" }),
  );
  return format.format(new Date(value));
}
