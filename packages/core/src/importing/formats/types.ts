/** The contract between the pipeline and each export format. */

import type { ImportRecord } from "../model.ts";
import type { Table } from "../source/table.ts";

/** Format names a user can pass with `--format` (`auto` detects per table). */
export type ImportFormat =
  | "taobao"
  | "taobao-qianniu"
  | "jd"
  | "pdd"
  | "shopify"
  | "woocommerce"
  | "cdnow"
  | "csv";

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  "taobao",
  "taobao-qianniu",
  "jd",
  "pdd",
  "shopify",
  "woocommerce",
  "cdnow",
  "csv",
];

/** A user-saved column mapping for generic CSV/XLSX (`--mapping map.json`). See docs/import.md. */
export interface ColumnMapping {
  /** Platform to record the orders under (default "other"). */
  platform?: "taobao" | "jd" | "pdd" | "shopify" | "woocommerce" | "other";
  /** Field name -> header text in the file, e.g. { "externalId": "单号", "paidAmount": "实付" }. */
  columns: Record<string, string>;
  /** Raw status text -> normalised status, merged over the built-in vocabulary. */
  statuses?: Record<string, string>;
  /** Whether money columns are in yuan (default) or already in fen. */
  moneyUnit?: "yuan" | "fen";
}

/** Everything a parser may need besides the table. */
export interface ParseContext {
  /** Shop time zone used for cells without an offset (Asia/Shanghai by default). */
  timeZone: string;
  /** Column mapping for the generic `csv` format. */
  mapping?: ColumnMapping;
}

/**
 * One table kind of one format (e.g. Taobao 订单报表 vs 宝贝报表). `detect` looks only at the
 * normalised header; `parse` yields records and row rejects, never throws for a bad row.
 */
export interface TableParser {
  /** Stable id, e.g. "taobao-orders", "taobao-items", "shopify-orders". */
  id: string;
  /** The user-facing format this table belongs to. */
  format: ImportFormat;
  /** Score how well the header fits: 0 = not this table; higher = more specific. */
  detect(header: readonly string[]): number;
  /** True for a table of order lines only (宝贝报表, 销售明细): their orders come from another table. */
  linesOnly?: (header: readonly string[]) => boolean;
  parse(table: Table, ctx: ParseContext): AsyncIterable<ImportRecord>;
}
