/**
 * Row-level plumbing shared by format parsers: typed cell readers that remember which column
 * they were reading, and a loop that turns a failing row into a `reject` record naming the
 * column as written in the file. One bad row never stops the rest.
 */
import {
  CellError,
  cleanCell,
  externalId,
  maybeMasked,
  moneyFen,
  optionalMoneyFen,
  parseAttributes,
  quantity,
  text,
  trackingNumber,
} from "../cells.ts";
import { parseDateTime } from "../dates.ts";
import type { ImportRecord, MaybeMasked, RejectCode } from "../model.ts";
import type { Table, TableRow } from "../source/table.ts";
import type { ColRef } from "./columns.ts";

/**
 * Reads typed values from the current row. Each reader records the column it reads so that a
 * CellError thrown while converting is reported against that column. One instance per table,
 * reused for every row (no per-row allocation).
 */
export class CellReader {
  /** Cells of the current row. */
  cells: readonly string[] = [];
  /** The column being read when a CellError was thrown. */
  field: ColRef | undefined;

  constructor(readonly timeZone: string) {}

  /** The raw cell, undefined when the column is absent or the row is short. */
  raw(c: ColRef): string | undefined {
    this.field = c;
    return c.index < 0 ? undefined : this.cells[c.index];
  }

  /** Cleaned text, undefined when blank. */
  text(c: ColRef): string | undefined {
    return text(this.raw(c));
  }

  /** Cleaned text that must be present: throws CellError("missing_field"). */
  required(c: ColRef): string {
    const v = this.text(c);
    if (v === undefined) throw new CellError("missing_field", "");
    return v;
  }

  /** An external id (text; scientific notation rejected). */
  id(c: ColRef): string | undefined {
    return externalId(this.raw(c));
  }

  /** Money in 分; blank is 0. */
  money(c: ColRef): number {
    return moneyFen(this.raw(c));
  }

  /** Money in 分, undefined when blank or the column is absent. */
  optionalMoney(c: ColRef): number | undefined {
    return optionalMoneyFen(this.raw(c));
  }

  /** A date-time in the reader's time zone, undefined when blank. */
  date(c: ColRef): Date | undefined {
    return parseDateTime(this.raw(c), this.timeZone);
  }

  /** A date-time that must be present: throws CellError("missing_field"). */
  requiredDate(c: ColRef): Date {
    const d = this.date(c);
    if (d === undefined) throw new CellError("missing_field", "");
    return d;
  }

  /** A quantity; blank gives `fallback`. */
  quantity(c: ColRef, fallback = 1): number {
    return quantity(this.raw(c), fallback);
  }

  /** A quantity, undefined when blank or absent. */
  optionalQuantity(c: ColRef): number | undefined {
    const raw = this.raw(c);
    return cleanCell(raw) === "" ? undefined : quantity(raw);
  }

  /** Personal data with its masked flag. */
  masked(c: ColRef): MaybeMasked | undefined {
    return maybeMasked(this.raw(c));
  }

  /** SKU attributes (`颜色分类：黑色;尺码：XL`). */
  attributes(c: ColRef): Record<string, string> {
    return parseAttributes(this.raw(c));
  }

  /** A tracking number without the `No:` prefix. */
  tracking(c: ColRef): string | undefined {
    return trackingNumber(this.raw(c));
  }

  /** Raw header of the column read last (the one a CellError belongs to). */
  lastField(): string | undefined {
    return this.field?.name;
  }

  /** Apply a custom conversion to the raw cell, attributing its CellError to the column. */
  with<T>(c: ColRef, convert: (raw: string | undefined) => T): T {
    return convert(this.raw(c));
  }
}

/** A row mapper returns one record, or several (e.g. an item plus its order). */
export type RowMapper = (r: CellReader, row: TableRow) => ImportRecord | readonly ImportRecord[];

const MESSAGE_VALUE_LIMIT = 80;

/**
 * Run `map` over every data row. Truncated rows and rows with non-empty cells beyond the header
 * (a shifted row: an unquoted delimiter moved every value) are rejected as `malformed_row`;
 * a CellError becomes a reject naming the column. Other errors are bugs and propagate.
 */
export async function* mapRows(table: Table, timeZone: string, map: RowMapper): AsyncGenerator<ImportRecord> {
  const reader = new CellReader(timeZone);
  const width = table.header.length;
  for await (const row of table.rows) {
    if (row.incomplete) {
      yield rejectRow(table, row, "malformed_row", "row truncated at end of file");
      continue;
    }
    if (hasExtraCells(row.cells, width)) {
      yield rejectRow(table, row, "malformed_row", "more cells than header columns");
      continue;
    }
    reader.cells = row.cells;
    reader.field = undefined;
    let out: ImportRecord | readonly ImportRecord[];
    try {
      out = map(reader, row);
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      const value =
        e.value.length > MESSAGE_VALUE_LIMIT ? `${e.value.slice(0, MESSAGE_VALUE_LIMIT)}…` : e.value;
      const message = value === "" ? e.code : `${e.code}: ${value}`;
      yield rejectRow(table, row, e.code, message, reader.lastField());
      continue;
    }
    if (isRecordList(out)) yield* out;
    else yield out;
  }
}

function isRecordList(out: ImportRecord | readonly ImportRecord[]): out is readonly ImportRecord[] {
  return Array.isArray(out);
}

function hasExtraCells(cells: readonly string[], width: number): boolean {
  for (let i = width; i < cells.length; i++) if ((cells[i] ?? "").trim() !== "") return true;
  return false;
}

/** A reject record for a row, with its raw cells keyed by the header as written. */
export function rejectRow(
  table: Table,
  row: TableRow,
  code: RejectCode,
  message: string,
  field?: string,
): ImportRecord {
  const reject = { file: table.file, row: row.row, code, message, raw: rawCells(table, row.cells) };
  return { kind: "reject", reject: field === undefined ? reject : { ...reject, field } };
}

/** Cells keyed by raw header; duplicate or blank header names get a column-number suffix. */
export function rawCells(table: Pick<Table, "rawHeader">, cells: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  cells.forEach((cell, i) => {
    let key = table.rawHeader[i] || `col${i + 1}`;
    if (Object.hasOwn(raw, key)) key = `${key}#${i + 1}`;
    raw[key] = cell;
  });
  return raw;
}
