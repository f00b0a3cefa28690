/**
 * CSV / TSV / Excel "Unicode text" / whitespace-separated files as a Table. Only the head is
 * read up front; the rows are streamed from a fresh read each time they are iterated, so a
 * Table holds no file handle until (and while) its rows are consumed.
 */
import iconv from "iconv-lite";
import { DomainError } from "../../shared/errors.ts";
import { normalizeHeader } from "../cells.ts";
import { decodedChunks, endsWithLineBreak, type FileProbe } from "./read.ts";
import { delimitedRecords, type RawRecord, whitespaceRecords } from "./records.ts";
import {
  completeUtf8Length,
  type Delimiter,
  looksUndecodable,
  sniffDelimiter,
  sniffEncoding,
  splitWhitespace,
  type TextEncoding,
} from "./sniff.ts";
import type { Table, TableRow } from "./table.ts";

const FIRST_CONTENT_LINE = /[^\s,;]/;
const LINE_BREAK = /\r\n|\n|\r/;

/** Build the Table of a text file: sniff encoding and delimiter, read the header row. */
export async function readTextTable(probe: FileProbe): Promise<Table> {
  const { file } = probe;
  const encoding = sniffEncoding(probe.head);
  const firstLine = firstContentLine(probe.head, encoding);
  if (firstLine === undefined) throw new DomainError("file_empty", { file });
  if (looksUndecodable(firstLine)) throw new DomainError("file_encoding", { file, encoding });
  const delimiter = sniffDelimiter(firstLine);
  const endsWithBreak = endsWithLineBreak(probe.tail, encoding);
  const source: TextSource = { filePath: probe.filePath, file, encoding, delimiter, onBytes: probe.onBytes };

  if (delimiter === "whitespace") {
    // Headerless numeric columns (CDNOW): a synthetic header, and line 1 is the first data row.
    const width = splitWhitespace(firstLine).length;
    const rawHeader = Array.from({ length: width }, (_, i) => `col${i + 1}`);
    return {
      file,
      rawHeader,
      header: rawHeader,
      encoding,
      delimiter,
      rows: { [Symbol.asyncIterator]: () => dataRows(source, 0, width, endsWithBreak) },
    };
  }

  const found = await readHeader(source);
  if (!found) throw new DomainError("file_empty", { file });
  if (looksUndecodable(found.cells.join(""))) throw new DomainError("file_encoding", { file, encoding });
  const rawHeader = found.cells;
  return {
    file,
    rawHeader,
    header: rawHeader.map(normalizeHeader),
    encoding,
    delimiter,
    rows: { [Symbol.asyncIterator]: () => dataRows(source, found.row, rawHeader.length, endsWithBreak) },
  };
}

interface TextSource {
  filePath: string;
  file: string;
  encoding: TextEncoding;
  delimiter: Delimiter;
  onBytes?: ((bytesRead: number) => void) | undefined;
}

function records(source: TextSource): AsyncGenerator<RawRecord> {
  const chunks = decodedChunks(source.filePath, source.file, source.encoding, source.onBytes);
  return source.delimiter === "whitespace"
    ? whitespaceRecords(chunks, source.file)
    : delimitedRecords(chunks, source.delimiter, source.file);
}

async function readHeader(source: TextSource): Promise<RawRecord | undefined> {
  // Progress is reported while the rows stream, not for this peek at the header.
  const it = records({ ...source, onBytes: undefined });
  try {
    for await (const record of it) {
      if (record.incomplete || !isBlankRecord(record.cells)) return record;
    }
    return undefined;
  } finally {
    await it.return(undefined);
  }
}

/**
 * The data rows after the header row. Blank rows are skipped (they carry nothing to import,
 * and Excel pads files with them). The last row is flagged `incomplete` when the file does not
 * end with a line break and the row is shorter than the header: the file was cut mid-row.
 */
async function* dataRows(
  source: TextSource,
  headerRow: number,
  width: number,
  endsWithBreak: boolean,
): AsyncGenerator<TableRow> {
  let pending: RawRecord | undefined;
  for await (const record of records(source)) {
    if (record.row <= headerRow) continue;
    if (!record.incomplete && isBlankRecord(record.cells)) continue;
    if (pending) yield pending;
    pending = record;
  }
  if (pending) {
    if (!endsWithBreak && pending.cells.length < width) pending.incomplete = true;
    yield pending;
  }
}

function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

/** The first line of the head sample with any content, decoded; undefined when there is none. */
function firstContentLine(head: Buffer, encoding: TextEncoding): string | undefined {
  const usable = encoding === "utf-8" ? head.subarray(0, completeUtf8Length(head)) : head;
  const lines = iconv.decode(usable, encoding).split(LINE_BREAK);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!FIRST_CONTENT_LINE.test(line)) continue;
    // The last piece may have been cut by the end of the sample, possibly inside a character.
    return i === lines.length - 1 ? line.replace(/\uFFFD$/, "") : line;
  }
  return undefined;
}
