/**
 * XLSX workbooks as Tables, one per non-empty worksheet, streamed with exceljs's WorkbookReader
 * so memory stays bounded by the shared-strings table rather than the sheet size.
 *
 * Sheets stream in workbook order: iterate (or abandon) one table's rows before asking for the
 * next table. Cells are rendered as text the way a user sees them in Excel.
 */
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { DomainError, isDomainError } from "../../shared/errors.ts";
import { normalizeHeader } from "../cells.ts";
import type { FileProbe } from "./read.ts";
import type { Table, TableRow } from "./table.ts";

/** Stream the worksheets of an XLSX file; corrupt or truncated zips become DomainError("xlsx_unreadable"). */
export async function* readXlsxTables(probe: FileProbe): AsyncGenerator<Table> {
  const { file } = probe;
  // Loaded on first use: exceljs takes ~0.2 s to load, which every CSV import and command would
  // pay. Before the file is opened, so no byte flows before the reader is there to take it.
  const { default: ExcelJS } = await import("exceljs");
  const stream = createReadStream(probe.filePath);
  const input = probe.onBytes ? stream.pipe(byteCounter(probe.onBytes)) : stream;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles are needed to recognise date-formatted numbers.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  decodeUtf8AcrossChunks(reader);
  const failed = zipFailure(input);
  const guard = <T>(promise: Promise<T>) => guarded(Promise.race([promise, failed]), file);
  let sheets = 0;
  let tables = 0;
  try {
    const workbook = reader[Symbol.asyncIterator]();
    while (true) {
      const next = await guard(workbook.next());
      if (next.done) break;
      sheets++;
      const sheet = next.value as unknown as SheetReader;
      const rows = sheet[Symbol.asyncIterator]();
      const header = await firstNonBlankRow(rows, guard);
      if (!header) continue;
      tables++;
      const rawHeader = header.cells;
      yield {
        file,
        sheet: sheet.name,
        rawHeader,
        header: rawHeader.map(normalizeHeader),
        rows: { [Symbol.asyncIterator]: () => sheetRows(rows, guard) },
      };
      // Abandoned rows: stop the sheet parser so the zip entry can be skipped.
      await rows.return(undefined);
    }
  } finally {
    stream.destroy();
    if (input !== stream) input.destroy();
  }
  if (sheets === 0) throw new DomainError("xlsx_unreadable", { file });
  if (tables === 0) throw new DomainError("file_empty", { file });
}

/** A pass-through reporting the bytes that went through it (a 'data' listener would start the flow early). */
function byteCounter(onBytes: (bytesRead: number) => void): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      onBytes(bytes);
      done(null, chunk);
    },
  });
}

/** The parts of exceljs's WorksheetReader used here (its typings omit `name`). */
interface SheetReader {
  name: string;
  [Symbol.asyncIterator](): AsyncGenerator<ExcelRow>;
}

interface ExcelRow {
  number: number;
  values: unknown;
}

/** Awaits a read of the workbook; any failure becomes DomainError("xlsx_unreadable"). */
type Guard = <T>(promise: Promise<T>) => Promise<T>;

async function guarded<T>(promise: Promise<T>, file: string): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (isDomainError(e)) throw e;
    throw new DomainError("xlsx_unreadable", { file }, { cause: e });
  }
}

/**
 * Rejects when the input or the zip parser exceljs pipes it into fails. exceljs buffers sheets
 * that precede the shared strings to temp files and awaits only the temp file's `finish`: a
 * corrupt deflate stream errors the zip parser instead, and the read would wait forever.
 * The zip parser is caught at `input.pipe(zip)`.
 */
function zipFailure(input: NodeJS.ReadableStream): Promise<never> {
  const failed = new Promise<never>((_, reject) => {
    const pipe = input.pipe.bind(input);
    input.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
      destination.on("error", reject);
      return pipe(destination, options);
    };
    input.on("error", reject);
  });
  failed.catch(() => {}); // observed through Promise.race; never an unhandled rejection
  return failed;
}

async function firstNonBlankRow(rows: AsyncGenerator<ExcelRow>, guard: Guard): Promise<TableRow | undefined> {
  while (true) {
    const next = await guard(rows.next());
    if (next.done) return undefined;
    const row = toTableRow(next.value);
    if (row) return row;
  }
}

async function* sheetRows(rows: AsyncGenerator<ExcelRow>, guard: Guard): AsyncGenerator<TableRow> {
  while (true) {
    const next = await guard(rows.next());
    if (next.done) return;
    const row = toTableRow(next.value);
    if (row) yield row;
  }
}

/** Row values (1-based, sparse) to cell texts; undefined for a row with no visible content. */
function toTableRow(row: ExcelRow): TableRow | undefined {
  const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
  const cells: string[] = new Array(Math.max(0, values.length - 1));
  let blank = true;
  for (let i = 1; i < values.length; i++) {
    const text = cellText(values[i]);
    cells[i - 1] = text;
    if (blank && text.trim() !== "") blank = false;
  }
  return blank ? undefined : { row: row.number, cells };
}

/**
 * A cell value as the text a user sees: rich text concatenated, formulas as their result,
 * dates as `yyyy-MM-dd HH:mm:ss` wall-clock, numbers without exponent where that is exact.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return v.richText.map((part) => cellText((part as { text?: unknown }).text)).join("");
    }
    if ("formula" in v || "sharedFormula" in v) return cellText(v.result);
    if ("hyperlink" in v) return cellText(v.text);
    if ("error" in v) return cellText(v.error);
    if ("text" in v) return cellText(v.text);
  }
  return "";
}

/**
 * Numbers as Excel's General format shows them, but never inventing digits: an integer beyond
 * 2^53 has already lost precision (a 19-digit order id saved as a number), so it is rendered in
 * scientific notation, which the cell cleaners reject instead of importing a wrong id.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n)) {
    return Math.abs(n) <= Number.MAX_SAFE_INTEGER ? String(n) : n.toExponential().toUpperCase();
  }
  // 15 significant digits is what Excel displays; it hides binary noise like 0.30000000000000004.
  const rounded = Number(n.toPrecision(15));
  const s = String(rounded);
  return s.includes("e") ? rounded.toFixed(20).replace(/\.?0+$/, "") : s;
}

/** exceljs gives date cells as UTC Dates holding the wall-clock time: format them back, to the second. */
export function dateText(d: Date): string {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return "";
  const t = new Date(Math.round(ms / 1000) * 1000);
  const p = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}`;
}

/** The private WorkbookReader hooks patched below (exceljs 4.4). */
interface ReaderInternals {
  _parseWorksheet?: (iterator: AsyncIterable<Buffer | string>, sheetNo: string) => unknown;
  _parseSharedStrings?: (entry: NodeJS.ReadableStream) => unknown;
  _parseWorkbook?: (entry: NodeJS.ReadableStream) => unknown;
}

/**
 * exceljs's streaming reader decodes every zip chunk to text on its own, so a Chinese character
 * split across two 16 KiB chunks becomes two U+FFFD (exceljs issues #2063, #2084; unfixed in
 * 4.4). Decode worksheet chunks with a StringDecoder and set utf8 on the string-table and
 * workbook entries so split characters are reassembled. Hooks missing in another exceljs version
 * are left alone (the xlsx tests catch a regression).
 */
function decodeUtf8AcrossChunks(reader: object): void {
  const r = reader as ReaderInternals;
  const parseWorksheet = r._parseWorksheet;
  if (parseWorksheet) {
    r._parseWorksheet = function (this: unknown, iterator, sheetNo) {
      return parseWorksheet.call(this, utf8Chunks(iterator), sheetNo);
    };
  }
  for (const key of ["_parseSharedStrings", "_parseWorkbook"] as const) {
    const original = r[key];
    if (!original) continue;
    r[key] = function (this: unknown, entry) {
      entry.setEncoding("utf8");
      return original.call(this, entry);
    };
  }
}

async function* utf8Chunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of source) {
    const s = typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (s) yield s;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
