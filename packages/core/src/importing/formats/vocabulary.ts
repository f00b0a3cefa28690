/**
 * Platform status vocabularies for the JD, PDD, Shopify and WooCommerce parsers (formats/statuses.ts
 * is the other parsers' equivalent; the lead merges the two later).
 */
import { toHalfWidth } from "../cells.ts";
import type { OrderStatus } from "../model.ts";

const VOCABULARY_SPACE = /\s+/g;

/** The key a vocabulary compares by: half-width punctuation, no whitespace, lower case. */
export function vocabularyKey(raw: string): string {
  return toHalfWidth(raw).replace(VOCABULARY_SPACE, "").toLowerCase();
}

/**
 * A lookup from platform vocabulary to a normalised value that ignores comma width, spaces and
 * case (`已发货，待签收` = `已发货,待签收`). Results are memoised per raw text because a status
 * column has a handful of distinct values across millions of rows.
 */
export function makeVocabulary<T>(entries: Readonly<Record<string, T>>): (raw: string) => T | undefined {
  const table = new Map<string, T>();
  for (const [k, v] of Object.entries(entries)) table.set(vocabularyKey(k), v);
  const memo = new Map<string, T | undefined>();
  return (raw) => {
    if (memo.has(raw)) return memo.get(raw);
    const v = table.get(vocabularyKey(raw));
    if (memo.size < 1000) memo.set(raw, v);
    return v;
  };
}

/** A status vocabulary: platform status text -> OrderStatus. */
export function makeStatusMap(
  entries: Readonly<Record<string, OrderStatus>>,
): (raw: string) => OrderStatus | undefined {
  return makeVocabulary(entries);
}
