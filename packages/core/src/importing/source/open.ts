/**
 * The single entry point from a file on disk to Tables: XLSX by its zip magic bytes (never the
 * extension: exports are renamed, and Excel writes tab-separated text named `.xls`), legacy
 * OLE2 `.xls` refused with a clear code, everything else read as delimited text.
 */
import { DomainError } from "../../shared/errors.ts";
import { probeFile } from "./read.ts";
import { sniffKind } from "./sniff.ts";
import type { Table } from "./table.ts";
import { readTextTable } from "./text-table.ts";
import { readXlsxTables } from "./xlsx-table.ts";

/** Options of openTables. */
export interface OpenOptions {
  /** Name shown to the user in tables, rejects and errors (default: the path as given). */
  displayName?: string;
  /** Progress callback: bytes of the file read so far (by the reader currently streaming it). */
  onBytes?: (bytesRead: number) => void;
}

/**
 * Open an export file and stream its tables: one for a CSV/TSV/text file, one per non-empty
 * worksheet for an XLSX workbook. Consume a table's rows before requesting the next table.
 * Throws DomainError: file_unreadable, file_empty, file_encoding, xlsx_unreadable.
 */
export async function* openTables(filePath: string, options: OpenOptions = {}): AsyncGenerator<Table> {
  const file = options.displayName ?? filePath;
  const probe = await probeFile(filePath, file, options.onBytes);
  if (probe.size === 0) throw new DomainError("file_empty", { file });
  switch (sniffKind(probe.head)) {
    case "zip":
      yield* readXlsxTables(probe);
      return;
    case "ole2":
      // Legacy BIFF .xls: no maintained pure-JS streaming reader is installed; the user must re-save
      // as .xlsx or .csv (the `reason` lets the message say so).
      throw new DomainError("xlsx_unreadable", { file, reason: "legacy_xls" });
    default:
      yield await readTextTable(probe);
  }
}
