/**
 * Small helpers shared by the JD, PDD, Shopify and WooCommerce parsers: header lookup by alias,
 * typed cell access that remembers which column failed, row rejects and grouping of consecutive
 * rows (status vocabularies are in vocabulary.ts). formats/columns.ts, statuses.ts and
 * row-mapper.ts cover similar ground for the other parsers; the lead merges them later, so only
 * these four parsers import this file.
 */
import {
  CellError,
  cleanCell,
  externalId,
  isBlank,
  maybeMasked,
  moneyFen,
  normalizeHeader,
  optionalMoneyFen,
  quantity,
  text,
  yesNo,
} from "../cells.ts";
import { parseDateTime } from "../dates.ts";
import type { ImportRecord, MaybeMasked, RejectCode } from "../model.ts";
import type { Table, TableRow } from "../source/table.ts";

const LOOSE_SEPARATORS = /[_\-.#()]/g;

/**
 * The key two headers are compared by: normalised, lower-cased, without `_`, `-`, `.`, `#`
 * and brackets, so `order_number` and `Order Number` meet halfway and `商品id`/`商品ID` match.
 */
export function looseHeaderKey(header: string): string {
  return normalizeHeader(header).toLowerCase().replace(LOOSE_SEPARATORS, "");
}

/** Logical field name -> column index for one table; absent when the file has no such column. */
export type ColumnIndex<K extends string> = Partial<Record<K, number>>;

/**
 * Resolve logical fields to columns: for each field the aliases are tried in order (so the list is
 * a priority list), and the first column carrying an alias wins when a header is duplicated.
 */
export function headerIndex<K extends string>(
  header: readonly string[],
  aliases: Readonly<Record<K, readonly string[]>>,
): ColumnIndex<K> {
  const byKey = new Map<string, number>();
  header.forEach((h, i) => {
    const key = looseHeaderKey(h);
    if (key && !byKey.has(key)) byKey.set(key, i);
  });
  const out: ColumnIndex<K> = {};
  for (const field of Object.keys(aliases) as K[]) {
    for (const alias of aliases[field]) {
      const i = byKey.get(looseHeaderKey(alias));
      if (i !== undefined) {
        out[field] = i;
        break;
      }
    }
  }
  return out;
}

/** How many of the given aliases occur in the header; the building block of `detect` scores. */
export function countPresent(header: readonly string[], aliases: readonly string[]): number {
  const keys = new Set(header.map(looseHeaderKey));
  let n = 0;
  for (const a of aliases) if (keys.has(looseHeaderKey(a))) n++;
  return n;
}

/** A cell that failed to parse, with the column it came from so the reject can name the header. */
export class FieldError extends Error {
  constructor(
    readonly code: RejectCode,
    readonly column: number | undefined,
    readonly value: string,
    /** Replaces the generic wording of the code in the reject message. */
    readonly detail?: string,
  ) {
    super(detail ?? `${code}: ${value}`);
    this.name = "FieldError";
  }
}

const ONLY_MASK = /^[*＊]+$/;

/**
 * Typed access to the cells of the current row by logical field. One instance per table; the
 * parser points `cells` at each row in turn, so no object is allocated per row. Every parse that
 * can fail throws FieldError carrying the column, which `rejectFromError` turns into a reject.
 */
export class RowReader<K extends string> {
  /** The row being read; set by the parser before calling the accessors. */
  cells: readonly string[] = [];

  constructor(
    readonly columns: ColumnIndex<K>,
    readonly timeZone: string,
  ) {}

  /** True when the file has a column for the field. */
  has(field: K): boolean {
    return this.columns[field] !== undefined;
  }

  /** The raw cell text, undefined when the column is absent or the row is short. */
  raw(field: K): string | undefined {
    const i = this.columns[field];
    return i === undefined ? undefined : this.cells[i];
  }

  /** Cleaned optional text (wrappers stripped, blank placeholders -> undefined). */
  text(field: K): string | undefined {
    return text(this.raw(field));
  }

  /** The cleaned cell, "" when blank; for values compared against a vocabulary. */
  clean(field: K): string {
    return cleanCell(this.raw(field));
  }

  /** An optional external id kept as text; scientific notation is rejected. */
  id(field: K): string | undefined {
    return this.guard(field, externalId);
  }

  /** A required external id; blank -> missing_field. */
  requiredId(field: K): string {
    const v = this.id(field);
    if (v === undefined) this.fail("missing_field", field, "");
    return v;
  }

  /** Money in fen; 0 when the column is absent or blank. */
  money(field: K): number {
    return this.guard(field, moneyFen);
  }

  /** Money in fen, undefined when the column is absent or blank. */
  optionalMoney(field: K): number | undefined {
    return this.guard(field, optionalMoneyFen);
  }

  /** A non-negative integer quantity, `fallback` when blank. */
  quantity(field: K, fallback = 1): number {
    return this.guard(field, (raw) => quantity(raw, fallback));
  }

  /** A date-time in the table's time zone; undefined when blank. */
  date(field: K): Date | undefined {
    return this.guard(field, (raw) => parseDateTime(raw, this.timeZone));
  }

  /**
   * The first non-blank date among `fields` (a priority list); missing_field naming the first
   * column the file has when all are blank.
   */
  requiredDate(fields: readonly K[]): Date {
    for (const f of fields) {
      const d = this.date(f);
      if (d) return d;
    }
    const named = fields.find((f) => this.has(f)) ?? fields[0];
    return this.fail("missing_field", named, "");
  }

  /** Personal data with its masked flag. */
  masked(field: K): MaybeMasked | undefined {
    return maybeMasked(this.raw(field));
  }

  /** Text that is not just a mask (`****`): for province/city cells, which carry no masked flag. */
  plain(field: K): string | undefined {
    const v = this.text(field);
    return v === undefined || ONLY_MASK.test(v) ? undefined : v;
  }

  /** A yes/no cell; undefined when blank or unknown. */
  yesNo(field: K): boolean | undefined {
    return yesNo(this.raw(field));
  }

  /** Run a custom cell parser on the field; its CellError becomes a FieldError for that column. */
  parse<T>(field: K, parse: (raw: string | undefined) => T): T {
    return this.guard(field, parse);
  }

  /** Throw a FieldError for the field's column. */
  fail(code: RejectCode, field: K | undefined, value: string, detail?: string): never {
    throw new FieldError(code, field === undefined ? undefined : this.columns[field], value, detail);
  }

  private guard<T>(field: K, parse: (raw: string | undefined) => T): T {
    try {
      return parse(this.raw(field));
    } catch (e) {
      if (e instanceof CellError) throw new FieldError(e.code, this.columns[field], e.value);
      throw e;
    }
  }
}

/** The row as `raw header -> cell` for the rejects CSV; blank or repeated headers get a column label. */
export function rawRecord(table: Table, cells: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const width = Math.max(table.rawHeader.length, cells.length);
  for (let i = 0; i < width; i++) {
    let key = table.rawHeader[i] ?? "";
    if (key.trim() === "" || key in out) key = `column ${i + 1}`;
    out[key] = cells[i] ?? "";
  }
  return out;
}

/** A reject record for one row. `column` indexes `table.rawHeader`, whose text names the field. */
export function rejectRow(
  table: Table,
  row: TableRow,
  code: RejectCode,
  message: string,
  column?: number,
): ImportRecord {
  const field = column === undefined ? undefined : table.rawHeader[column];
  return {
    kind: "reject",
    reject: {
      file: table.file,
      row: row.row,
      ...(field === undefined ? {} : { field }),
      code,
      message,
      raw: rawRecord(table, row.cells),
    },
  };
}

/**
 * Turn a FieldError (or a bare CellError) thrown while reading a row into a reject record.
 * Anything else is a programming error and is re-thrown: it must not be reported as bad data.
 */
export function rejectFromError(table: Table, row: TableRow, error: unknown): ImportRecord {
  if (error instanceof FieldError) {
    const header = error.column === undefined ? undefined : table.rawHeader[error.column];
    return rejectRow(
      table,
      row,
      error.code,
      message(error.code, error.value, header, error.detail),
      error.column,
    );
  }
  if (error instanceof CellError) {
    return rejectRow(table, row, error.code, message(error.code, error.value, undefined, undefined));
  }
  throw error;
}

/** `invalid number "12,3x" in column "订单金额"`; `missing value in column "下单时间"`. */
function message(
  code: RejectCode,
  value: string,
  header: string | undefined,
  detail: string | undefined,
): string {
  const what = detail ?? (code === "missing_field" ? "missing value" : code.replaceAll("_", " "));
  const shown = value === "" || detail !== undefined ? "" : ` "${value}"`;
  const where = header === undefined ? "" : ` in column "${header.trim()}"`;
  return `${what}${shown}${where}`;
}

/**
 * Group consecutive rows that share a key (an order number repeated on each line row). Rows with
 * a blank key are yielded alone so the parser can reject them one by one.
 */
export async function* groupConsecutive(
  rows: AsyncIterable<TableRow>,
  keyColumn: number | undefined,
): AsyncIterable<TableRow[]> {
  let group: TableRow[] = [];
  let current = "";
  for await (const row of rows) {
    const key = keyColumn === undefined ? "" : cleanCell(row.cells[keyColumn]);
    if (isBlank(key)) {
      if (group.length > 0) yield group;
      group = [];
      current = "";
      yield [row];
      continue;
    }
    if (group.length > 0 && key !== current) {
      yield group;
      group = [];
    }
    current = key;
    group.push(row);
  }
  if (group.length > 0) yield group;
}

/** A total spread over a quantity, rounded to whole fen; the total itself for quantity 0. */
export function perUnit(totalFen: number, qty: number): number {
  return qty > 0 ? Math.round(totalFen / qty) : totalFen;
}
