/**
 * Decoded text chunks -> raw records, for delimited files (csv-parse) and whitespace-separated
 * ones. Records are numbered as a spreadsheet shows them: a quoted field spanning several
 * physical lines is still one row, and empty lines count as rows (Excel shows them).
 */
import { type CsvError, parse } from "csv-parse";
import { DomainError } from "../../shared/errors.ts";
import { splitWhitespace } from "./sniff.ts";

/** One raw record: its spreadsheet row number and cells; `incomplete` when the file ended inside it. */
export interface RawRecord {
  row: number;
  cells: string[];
  incomplete?: boolean;
}

/** A record larger than this is a stray quote swallowing the file, not data (bounds memory). */
const MAX_RECORD_BYTES = 8 * 1024 * 1024;

/**
 * An unclosed quote at end of file spanning at most this many lines is a truncated last row;
 * more means a stray quote swallowed real rows, which must not pass as one bad row.
 */
const TRUNCATED_ROW_MAX_LINES = 50;

/**
 * Parse delimited text with csv-parse. Records are captured synchronously through `on_record`
 * instead of the stream's readable side, so an error at end of file (unclosed quote) cannot
 * discard records still buffered in the stream, and each chunk is fully parsed before the next
 * is read (backpressure without an unbounded queue).
 */
export async function* delimitedRecords(
  chunks: AsyncIterable<string>,
  delimiter: string,
  file: string,
): AsyncGenerator<RawRecord> {
  const queue: string[][] = [];
  let linesAtLastRecord = 0;
  let failure: CsvError | undefined;
  const parser = parse({
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    bom: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    max_record_size: MAX_RECORD_BYTES,
    on_record: (record: string[], context) => {
      queue.push(record);
      linesAtLastRecord = context.lines;
      return null;
    },
  });
  parser.on("error", (e: CsvError) => {
    failure ??= e;
  });
  parser.resume();
  const feed = (chunk: string) => new Promise<void>((resolve) => parser.write(chunk, () => resolve()));
  const finish = () =>
    new Promise<void>((resolve) => {
      parser.once("finish", resolve);
      parser.once("error", () => resolve());
      parser.end();
    });

  let row = 0;
  try {
    for await (const chunk of chunks) {
      await feed(chunk);
      for (const cells of queue) yield { row: ++row, cells };
      queue.length = 0;
      if (failure) break;
    }
    if (!failure) await finish();
    for (const cells of queue) yield { row: ++row, cells };
    queue.length = 0;
  } finally {
    parser.destroy();
  }
  if (failure) {
    const spanned = Number(failure.lines ?? 0) - linesAtLastRecord;
    if (failure.code === "CSV_QUOTE_NOT_CLOSED" && spanned <= TRUNCATED_ROW_MAX_LINES) {
      yield { row: row + 1, cells: [], incomplete: true };
      return;
    }
    throw new DomainError(
      "file_unreadable",
      { file, row: row + 1, reason: failure.code },
      { cause: failure },
    );
  }
}

const LINE_BREAK = /\r\n|\n|\r/;

/** Split whitespace-separated text (CDNOW) into records, one per physical line. */
export async function* whitespaceRecords(
  chunks: AsyncIterable<string>,
  file: string,
): AsyncGenerator<RawRecord> {
  let carry = "";
  let row = 0;
  for await (const chunk of chunks) {
    let text = carry + chunk;
    // A chunk ending in "\r" may be half of "\r\n": hold it back so it is not counted as a line.
    const heldCr = text.endsWith("\r");
    if (heldCr) text = text.slice(0, -1);
    const lines = text.split(LINE_BREAK);
    carry = (lines.pop() ?? "") + (heldCr ? "\r" : "");
    if (carry.length > MAX_RECORD_BYTES) throw new DomainError("file_unreadable", { file, row: row + 1 });
    for (const line of lines) yield { row: ++row, cells: splitWhitespace(line) };
  }
  if (carry.endsWith("\r")) carry = carry.slice(0, -1);
  if (carry !== "") yield { row: ++row, cells: splitWhitespace(carry) };
}
