/**
 * What a customer search `q` looks for: the exact value of any identity (nick, email, phone,
 * platform id), an exact order number, an exact phone (digits normalised: spaces, dashes, full-width
 * digits and a +86/0086 prefix do not matter), or the start of a name. Values travel as query
 * parameters; the name prefix has its LIKE wildcards escaped.
 */
import type { SearchTerms } from "./list.repository.ts";

/** Escape `\`, `%` and `_` for a LIKE pattern with the default escape character. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Digits of a phone as the importer stores them, or undefined when `q` is not a phone. */
export function phoneDigits(q: string): string | undefined {
  const half = q.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\+?[\d\s\-()]+$/.test(half)) return undefined;
  let digits = half.replace(/\D/g, "");
  if (digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2);
  return digits.length >= 7 && digits.length <= 15 ? digits : undefined;
}

/** The search terms of a trimmed, non-empty `q`. */
export function searchTerms(q: string): SearchTerms {
  const phone = phoneDigits(q);
  const values = new Set([q, q.toLowerCase()]);
  const phones = new Set([q]);
  if (phone) {
    values.add(phone);
    phones.add(phone);
  }
  return { values: [...values], orderNo: q, phones: [...phones], namePattern: `${escapeLike(q)}%` };
}
