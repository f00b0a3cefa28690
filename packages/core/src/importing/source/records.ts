/**
 * Decoded text chunks -> raw records, for delimited files (papaparse) and whitespace-separated
 * ones. Records are numbered as a spreadsheet shows them: a quoted field spanning several
 * physical lines is still one row, and empty lines count as rows (Excel shows them).
 */
import Papa from "papaparse";
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
 * Parse delimited text with papaparse's incremental parser (about 4x faster than csv-parse here,
 * which matters on million-row exports). Each call parses the buffered text but holds back the
 * last, possibly partial row (`ignoreLastRow`), so a row split across chunks is parsed whole.
 * Quotes inside unquoted fields (`="123"`) stay literal, as Excel writes them.
 */
export async function* delimitedRecords(
  chunks: AsyncIterable<string>,
  delimiter: string,
  file: string,
): AsyncGenerator<RawRecord> {
  let parser: Papa.Parser | undefined;
  let buffer = "";
  let row = 0;
  for await (const chunk of chunks) {
    buffer += chunk;
    parser ??= new Papa.Parser({ delimiter, newline: guessNewline(buffer), skipEmptyLines: false });
    const result = parser.parse(buffer, 0, true);
    for (const cells of result.data as string[][]) yield { row: ++row, cells };
    buffer = buffer.slice(result.meta.cursor);
    if (buffer.length > MAX_RECORD_BYTES) throw new DomainError("file_unreadable", { file, row: row + 1 });
  }
  if (!parser || buffer.length === 0) return;
  // The end: strip one final line break so it does not count as an extra empty row.
  const last = buffer.replace(/(\r\n|\n|\r)$/, "");
  if (last.length === 0) return;
  const result = parser.parse(last, 0, false);
  const unclosed = (result.errors as Papa.ParseError[]).find((e) => e.code === "MissingQuotes");
  const rows = result.data as string[][];
  if (!unclosed) {
    for (const cells of rows) yield { row: ++row, cells };
    return;
  }
  // Rows before the unclosed quote are fine; the one that starts it ran into the end of file.
  const badIndex = unclosed.row ?? rows.length - 1;
  for (const cells of rows.slice(0, badIndex)) yield { row: ++row, cells };
  const spanned = (rows[badIndex] ?? []).join(delimiter).split(/\r\n|\n|\r/).length;
  if (spanned <= TRUNCATED_ROW_MAX_LINES) {
    yield { row: row + 1, cells: [], incomplete: true };
    return;
  }
  throw new DomainError("file_unreadable", { file, row: row + 1, reason: "CSV_QUOTE_NOT_CLOSED" });
}

/** The file's line break, from the first one outside quotes in the first chunk (papaparse needs one). */
function guessNewline(text: string): "\r\n" | "\n" | "\r" {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 13) return text.charCodeAt(i + 1) === 10 ? "\r\n" : "\r";
    else if (!inQuotes && c === 10) return "\n";
  }
  return "\n";
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
