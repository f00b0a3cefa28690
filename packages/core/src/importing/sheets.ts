/**
 * Side imports (product reviews, group rosters) read through the order importer's own readers:
 * openTables (XLSX by magic bytes, GB18030/UTF-8 sniffing), header aliases, typed cell readers.
 * Each row becomes a value or a reject naming file, row and column as the order importer's do.
 * Results are held in memory: these exports have thousands of rows, not the millions of orders.
 */
import { CellError } from "./cells.ts";
import { type AliasGroups, type Columns, columnIndex } from "./formats/columns.ts";
import { CellReader, rawCells } from "./formats/row-mapper.ts";
import type { ImportFile } from "./importing.service.ts";
import type { RejectCode, RowReject } from "./model.ts";
import { openTables } from "./source/open.ts";
import type { Table, TableRow } from "./source/table.ts";

/** Maps one row of a recognised table; throws CellError for a bad cell. */
export type SheetRowMapper<T> = (reader: CellReader, row: TableRow) => T;

/** What a side import recognises and how it reads a row. */
export interface SheetSpec<T> {
  /** Renamed columns across export versions; the first name of a group is the one code asks for. */
  aliases: AliasGroups;
  /** The row mapper for a table of this kind of export, or undefined when the table is not one. */
  prepare(columns: Columns, table: Table): SheetRowMapper<T> | undefined;
}

/** A row read: its value, where it came from and its cells (for a reject found later, in SQL). */
export interface SheetRow<T> {
  value: T;
  file: string;
  row: number;
  raw: Record<string, string>;
}

/** Every row of the files' recognised tables, and the rows that could not be read. */
export interface SheetRows<T> {
  rows: SheetRow<T>[];
  rejects: RowReject[];
}

/** A file whose tables none was recognised: its name and the start of its first header. */
export class UnrecognisedSheet extends Error {
  constructor(
    readonly file: string,
    readonly header: string,
  ) {
    super(`unrecognised sheet in ${file}`);
  }
}

const MESSAGE_VALUE_LIMIT = 80;

/**
 * Read every table of the files with `spec`. An XLSX sheet nobody recognises is skipped; a file
 * with no recognised table at all throws UnrecognisedSheet (each feature names its own error).
 * File errors (unreadable, empty, encoding) are the readers' DomainErrors.
 */
export async function readSheets<T>(
  files: readonly ImportFile[],
  timeZone: string,
  spec: SheetSpec<T>,
): Promise<SheetRows<T>> {
  const out: SheetRows<T> = { rows: [], rejects: [] };
  const reader = new CellReader(timeZone);
  for (const file of files) {
    let recognised = false;
    let firstHeader: string | undefined;
    for await (const table of openTables(file.path, { displayName: file.name })) {
      firstHeader ??= table.rawHeader.slice(0, 8).join(", ");
      const map = spec.prepare(columnIndex(table, spec.aliases), table);
      if (!map) continue;
      recognised = true;
      for await (const row of table.rows) readRow(table, row, reader, map, out);
    }
    if (!recognised) throw new UnrecognisedSheet(file.name, firstHeader ?? "");
  }
  return out;
}

function readRow<T>(
  table: Table,
  row: TableRow,
  reader: CellReader,
  map: SheetRowMapper<T>,
  out: SheetRows<T>,
): void {
  const raw = rawCells(table, row.cells);
  const reject = (code: RejectCode, message: string, field?: string): void => {
    out.rejects.push({ file: table.file, row: row.row, code, message, raw, ...(field ? { field } : {}) });
  };
  // A row cut by the end of the file, or shifted by a stray delimiter, is never half imported.
  if (row.incomplete) {
    reject("malformed_row", "row truncated at end of file");
    return;
  }
  for (let i = table.header.length; i < row.cells.length; i++) {
    if ((row.cells[i] ?? "").trim() !== "") {
      reject("malformed_row", "more cells than header columns");
      return;
    }
  }
  reader.cells = row.cells;
  reader.field = undefined;
  try {
    out.rows.push({ value: map(reader, row), file: table.file, row: row.row, raw });
  } catch (e) {
    if (!(e instanceof CellError)) throw e;
    const value =
      e.value.length > MESSAGE_VALUE_LIMIT ? `${e.value.slice(0, MESSAGE_VALUE_LIMIT)}…` : e.value;
    reject(e.code, value === "" ? e.code : `${e.code}: ${value}`, reader.lastField());
  }
}

/** The shop-local calendar day (YYYY-MM-DD) of an instant. */
export function localDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}
