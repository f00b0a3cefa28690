/** Pure logic of the 客户群 pages: lurker days and member filters from the URL, the members query. */

/** Where a group lives (core's GROUP_CHANNELS; the web app cannot import core). */
export const CHANNELS = ["wechat", "qq", "other"] as const;

/** Days of silence that make a lurker when the URL names none (core's DEFAULT_LURKER_DAYS). */
export const DEFAULT_LURKER_DAYS = 30;
/** The server's bounds for `days`. */
export const MIN_DAYS = 1;
export const MAX_DAYS = 3650;

/** The member list's filters: everyone, lurkers only, lines not matched to a customer yet. */
export const MEMBER_FILTERS = ["all", "lurkers", "unmatched"] as const;
export type MemberFilter = (typeof MEMBER_FILTERS)[number];

/** `?days=` as a whole number of days the server accepts, else the default. */
export function parseDays(raw: string | null): number {
  if (raw === null || !/^\d+$/.test(raw.trim())) return DEFAULT_LURKER_DAYS;
  const days = Number(raw);
  return days >= MIN_DAYS && days <= MAX_DAYS ? days : DEFAULT_LURKER_DAYS;
}

/** `?filter=` as one of the member filters, else everyone. */
export function parseFilter(raw: string | null): MemberFilter {
  return MEMBER_FILTERS.find((f) => f === raw) ?? "all";
}

/** The members endpoint's query for a filter (`days` matters only to lurkers). */
export function memberQuery(
  filter: MemberFilter,
  days: number,
): { lurkers?: boolean; unmatched?: boolean; days?: number } {
  if (filter === "lurkers") return { lurkers: true, days };
  if (filter === "unmatched") return { unmatched: true };
  return {};
}

/**
 * What to search the customers for when matching a line by hand: its phone when the caller sees
 * it whole (the server finds a customer by exact phone), else its name (nick or a name's start).
 */
export function matchSearchTerm(member: { name: string; phone: string | null }): string {
  const phone = member.phone?.trim();
  if (phone && /^\+?[\d\s-]{6,}$/.test(phone)) return phone;
  return member.name.trim();
}

/** Search params with `name` set to `value`, or removed when it equals the default. */
export function withParam(params: URLSearchParams, name: string, value: string, fallback: string) {
  const next = new URLSearchParams(params);
  if (value === fallback) next.delete(name);
  else next.set(name, value);
  return next;
}
