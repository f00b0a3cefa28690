/**
 * A table read from an export file: one CSV/TSV file, or one sheet of an XLSX workbook.
 * Readers stream rows so memory stays bounded whatever the file size.
 */

/** One data row. `row` is the spreadsheet row number a user sees (header = 1, first data row = 2). */
export interface TableRow {
  row: number;
  /** Raw cell texts, aligned with `Table.header`. Shorter rows are not padded. */
  cells: string[];
  /**
   * True when the file ended inside this row (a truncated download or copy): its cells are
   * partial or unknown, so parsers must reject it (`malformed_row`) rather than import half a row.
   */
  incomplete?: boolean;
}

/** One table of an export file. */
export interface Table {
  /** The file name shown to the user (as given on the command line). */
  file: string;
  /** XLSX sheet name, when the table is a sheet. */
  sheet?: string;
  /** Header cells as written (trailing spaces and all), for messages and the rejects CSV. */
  rawHeader: string[];
  /** Header cells normalised with `normalizeHeader` (no spaces, half-width punctuation). */
  header: string[];
  /** Detected text encoding of a CSV/TSV ("utf-8", "gb18030"); undefined for XLSX. */
  encoding?: string;
  /** Detected delimiter of a CSV/TSV. */
  delimiter?: string;
  /** Streams the data rows once. */
  rows: AsyncIterable<TableRow>;
}
