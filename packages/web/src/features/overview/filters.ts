/**
 * The overview's date range and platform, kept in the address (?range=6m&platform=taobao or
 * ?from=…&to=…) so a reload or a shared link shows the same numbers. Days are calendar days in
 * the shop's time zone, as the reports count them.
 */
import dayjs from "dayjs";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useSession } from "../../app/session.tsx";

export const PRESETS = ["3m", "6m", "12m", "all"] as const;
export type Preset = (typeof PRESETS)[number];
export type Granularity = "month" | "week" | "day";

export interface OverviewFilters {
  preset: Preset | "custom";
  /** Inclusive YYYY-MM-DD bounds; both undefined for the whole history. */
  from?: string;
  to?: string;
  platform?: string;
  /** Period of the series: days for short ranges, weeks up to about six months, else months. */
  granularity: Granularity;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PLATFORM = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const MONTHS: Record<Exclude<Preset, "all">, number> = { "3m": 3, "6m": 6, "12m": 12 };

/** Today (YYYY-MM-DD) in an IANA time zone. */
export function todayIn(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(new Date());
  } catch {
    return dayjs().format("YYYY-MM-DD");
  }
}

/** The range of a preset ending today: whole calendar months, the current one included. */
export function presetRange(preset: Exclude<Preset, "all">, today: string): { from: string; to: string } {
  const from = dayjs(today)
    .subtract(MONTHS[preset] - 1, "month")
    .startOf("month");
  return { from: from.format("YYYY-MM-DD"), to: today };
}

export function granularityOf(from: string | undefined, to: string | undefined): Granularity {
  if (!from || !to) return "month";
  const days = dayjs(to).diff(dayjs(from), "day") + 1;
  return days <= 45 ? "day" : days <= 190 ? "week" : "month";
}

/** Parse the address; anything malformed falls back to the last 12 months. */
export function parseFilters(params: URLSearchParams, today: string): OverviewFilters {
  const platformParam = params.get("platform") ?? "";
  const platform = PLATFORM.test(platformParam) ? platformParam : undefined;
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  if (DAY.test(from) && DAY.test(to) && from <= to) {
    return { preset: "custom", from, to, platform, granularity: granularityOf(from, to) };
  }
  const range = params.get("range");
  if (range === "all") return { preset: "all", platform, granularity: "month" };
  const preset = range === "3m" || range === "6m" ? range : "12m";
  const bounds = presetRange(preset, today);
  return { preset, ...bounds, platform, granularity: granularityOf(bounds.from, bounds.to) };
}

export function useOverviewFilters() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const today = todayIn(session.shop.timeZone);
  const filters = useMemo(() => parseFilters(params, today), [params, today]);

  function update(change: (next: URLSearchParams) => void) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true },
    );
  }

  return {
    filters,
    today,
    /** The report query every report shares. */
    range: { from: filters.from, to: filters.to, platform: filters.platform },
    setPreset(preset: Preset) {
      update((next) => {
        next.delete("from");
        next.delete("to");
        if (preset === "12m") next.delete("range");
        else next.set("range", preset);
      });
    },
    setCustom(from: string, to: string) {
      update((next) => {
        next.delete("range");
        next.set("from", from);
        next.set("to", to);
      });
    },
    setPlatform(platform: string | undefined) {
      update((next) => {
        if (platform) next.set("platform", platform);
        else next.delete("platform");
      });
    },
  };
}
