/**
 * Test-only stand-in for the real file reader (source/open.ts): builds a Table from a fixture
 * CSV so parser tests need neither the reader nor a database.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { normalizeHeader } from "../../cells.ts";
import type { ImportRecord } from "../../model.ts";
import type { Table, TableRow } from "../../source/table.ts";
import type { ParseContext, TableParser } from "../types.ts";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Decode as strict UTF-8 (BOM dropped), else as GB18030, the superset of GBK. */
function decode(bytes: Buffer): { text: string; encoding: string } {
  try {
    return { text: UTF8.decode(bytes).replace(/^\uFEFF/, ""), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(bytes, "gb18030"), encoding: "gb18030" };
  }
}

/** Read a CSV fixture into a Table; rows are numbered as a spreadsheet shows them (header = 1). */
export function tableFromFile(file: string): Table {
  const { text, encoding } = decode(fs.readFileSync(file));
  const records = parse(text, { relax_quotes: true, relax_column_count: true }) as string[][];
  const [rawHeader = [], ...data] = records;
  const rows: TableRow[] = data.map((cells, i) => ({ row: i + 2, cells }));
  return {
    file: path.basename(file),
    rawHeader,
    header: rawHeader.map(normalizeHeader),
    encoding,
    delimiter: ",",
    rows: (async function* () {
      yield* rows;
    })(),
  };
}

/** Run a parser over a table and collect every record. */
export async function collect(parser: TableParser, table: Table, ctx: ParseContext): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const record of parser.parse(table, ctx)) out.push(record);
  return out;
}

/** An in-memory Table for edge cases no fixture file needs to carry. */
export function tableFromRows(file: string, rawHeader: string[], rows: string[][]): Table {
  const data: TableRow[] = rows.map((cells, i) => ({ row: i + 2, cells }));
  return {
    file,
    rawHeader,
    header: rawHeader.map(normalizeHeader),
    rows: (async function* () {
      yield* data;
    })(),
  };
}

/** The parser with the given id, failing loudly when a refactor renamed it. */
export function parserById(parsers: readonly TableParser[], id: string): TableParser {
  const parser = parsers.find((p) => p.id === id);
  if (!parser) throw new Error(`no parser ${id}`);
  return parser;
}

/** The records of one kind, typed. */
export function ofKind<K extends ImportRecord["kind"]>(
  records: readonly ImportRecord[],
  kind: K,
): Extract<ImportRecord, { kind: K }>[] {
  return records.filter((r): r is Extract<ImportRecord, { kind: K }> => r.kind === kind);
}
