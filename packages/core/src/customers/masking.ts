/**
 * Masking of personal data for display (decision: every response shows masked values; the clear
 * values need `pii:read` and an audited unmask). Pure functions: null stays null, and a value that
 * already carries `*` (imported masked, e.g. `138****1234` from a Taobao export) is returned as is.
 */
import type { IdentityKind } from "@laoke/db";

const STAR = "*";

function alreadyMasked(value: string): boolean {
  return value.includes(STAR);
}

/**
 * `13812341234` → `138****1234`: mainland mobiles keep the first 3 and last 4 digits (a `+86`/`0086`
 * prefix is dropped); other numbers of 8 digits or more keep at most a quarter of their digits at
 * each end, so at least half is always hidden (`0571-88881234` → `057******234`); shorter ones
 * become `****` (their length hidden too).
 */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const trimmed = phone.trim();
  if (trimmed === "" || alreadyMasked(trimmed)) return trimmed;
  const digits = trimmed.replace(/\D/g, "");
  const mobile = /^(?:0086|86)?(1\d{10})$/.exec(digits)?.[1];
  if (mobile) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  const plus = trimmed.startsWith("+") ? "+" : "";
  const n = digits.length;
  if (n < 8) return "****";
  const keepEnd = Math.min(4, Math.floor(n / 4));
  const keepStart = Math.min(3, Math.floor(n / 4));
  return `${plus}${digits.slice(0, keepStart)}${STAR.repeat(n - keepStart - keepEnd)}${digits.slice(n - keepEnd)}`;
}

/**
 * `张三丰` → `张**`: the first character (by code point, so any script) and one `*` per remaining
 * character; a single character (a surname alone) is kept.
 */
export function maskName(name: string | null): string | null {
  if (name === null) return null;
  const trimmed = name.trim();
  if (trimmed === "" || alreadyMasked(trimmed)) return trimmed;
  const chars = Array.from(trimmed);
  return (chars[0] ?? "") + STAR.repeat(chars.length - 1);
}

/** `alice@example.com` → `a***@example.com` (a fixed number of stars: the length stays hidden). */
export function maskEmail(email: string | null): string | null {
  if (email === null) return null;
  const trimmed = email.trim();
  if (trimmed === "" || alreadyMasked(trimmed)) return trimmed;
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return `${Array.from(trimmed)[0] ?? ""}***`;
  return `${Array.from(trimmed)[0]}***${trimmed.slice(at)}`;
}

/** An opaque value (address hash, account number): its first two characters and `***`. */
export function maskOpaque(value: string | null): string | null {
  if (value === null) return null;
  if (value === "" || alreadyMasked(value)) return value;
  return `${Array.from(value).slice(0, 2).join("")}***`;
}

/** A postal address, as stored in separate parts. */
export interface AddressParts {
  country: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  zip: string | null;
}

/** Cut an address to the district: province, city and district stay; street address and zip go. */
export function maskAddress<T extends AddressParts>(parts: T): T {
  return { ...parts, address: null, zip: null };
}

/**
 * An identity value as staff may see it: phones, emails, address hashes and Alipay accounts are
 * masked; nicks and platform ids are public on the platform and stay as they are.
 */
export function maskIdentityValue(kind: IdentityKind, value: string): string {
  switch (kind) {
    case "phone":
      return maskPhone(value) ?? "";
    case "email":
      return maskEmail(value) ?? "";
    case "alipay":
      return (value.includes("@") ? maskEmail(value) : maskPhone(value)) ?? "";
    case "address_hash":
      return maskOpaque(value) ?? "";
    default:
      return value;
  }
}

/** `1990-05-12` → `05-12`: the month and day (for birthday care) without the year. */
export function maskBirthday(birthday: string | null): string | null {
  if (birthday === null) return null;
  return /^\d{4}-(\d{2}-\d{2})$/.exec(birthday)?.[1] ?? null;
}
