/** Formatting money and rates at the edge (the domain keeps integer 分). */

/** 分 to a currency string in the user's language, e.g. ¥1,234.50. */
export function formatFen(fen: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, { style: "currency", currency }).format(fen / 100);
}

/** A 0..1 rate as a percentage with one decimal. */
export function formatPercent(rate: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}
