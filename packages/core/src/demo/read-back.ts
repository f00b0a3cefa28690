/**
 * Test helper: read the generated exports back with an independent CSV parser (csv-parse) and
 * iconv-lite, so the tests check the bytes on disk rather than the generator's own structures.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";

/** A parsed CSV: the raw header and rows as header → cell. */
export interface ParsedCsv {
  header: string[];
  rows: Record<string, string>[];
}

/** Parse a CSV file in the given encoding (strict RFC 4180, every row as wide as the header). */
export function readCsv(path: string, encoding: "gb18030" | "utf8"): ParsedCsv {
  const bytes = readFileSync(path);
  const text = encoding === "utf8" ? bytes.toString("utf8") : iconv.decode(bytes, "gb18030");
  const records = parse(text, { relax_column_count: false }) as string[][];
  const [header, ...body] = records;
  if (!header) throw new Error(`${path}: empty`);
  return {
    header,
    rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]))),
  };
}

/** `="1930679858170647"` → `1930679858170647`. */
export function unwrapId(cell: string): string {
  const m = /^="(\d+)"$/.exec(cell);
  if (!m) throw new Error(`not an Excel-wrapped id: ${cell}`);
  return m[1] as string;
}

/** `128.00` → 12800 fen. */
export function fen(cell: string): number {
  const m = /^(-?)(\d+)\.(\d{2})元?$/.exec(cell);
  if (!m) throw new Error(`not a money cell: ${cell}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

/** Status text with the half-width comma normalised to full width. */
export function normStatus(cell: string): string {
  return cell.replace(",", "，");
}
