/**
 * Test-only helpers for the Taobao/Qianniu/CDNOW/mapping parser tests: run real fixture files
 * through openTables and a parser, and build small in-memory tables.
 */
import path from "node:path";
import { normalizeHeader } from "../cells.ts";
import type { ImportRecord } from "../model.ts";
import { openTables } from "../source/open.ts";
import type { Table, TableRow } from "../source/table.ts";
import { detectParser } from "./registry.ts";
import type { ColumnMapping, ParseContext, TableParser } from "./types.ts";

/** Path of a fixture in importing/fixtures. */
export function fixturePath(name: string): string {
  return path.join(import.meta.dirname, "../fixtures", name);
}

/** One table of a file and the records its parser produced. */
export interface ParsedTable {
  table: Table;
  parser: TableParser;
  records: ImportRecord[];
}

/** Read every table of a file and parse it with `parser`, or with the detected one. */
export async function parseFile(
  file: string,
  options: { parser?: TableParser; timeZone?: string; mapping?: ColumnMapping } = {},
): Promise<ParsedTable[]> {
  const ctx: ParseContext = { timeZone: options.timeZone ?? "Asia/Shanghai", mapping: options.mapping };
  const out: ParsedTable[] = [];
  for await (const table of openTables(file, { displayName: path.basename(file) })) {
    const parser = options.parser ?? detectParser(table, undefined, options.mapping);
    const records: ImportRecord[] = [];
    for await (const record of parser.parse(table, ctx)) records.push(record);
    out.push({ table, parser, records });
  }
  return out;
}

/** An in-memory table; rows are numbered from 2 like a spreadsheet under its header. */
export function tableOf(rawHeader: readonly string[], rows: string[][], file = "test.csv"): Table {
  const data: TableRow[] = rows.map((cells, i) => ({ row: i + 2, cells }));
  return {
    file,
    rawHeader: [...rawHeader],
    header: rawHeader.map(normalizeHeader),
    rows: {
      async *[Symbol.asyncIterator]() {
        yield* data;
      },
    },
  };
}

/** Run a parser over a table. */
export async function collect(
  parser: TableParser,
  table: Table,
  timeZone = "Asia/Shanghai",
): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const record of parser.parse(table, { timeZone })) out.push(record);
  return out;
}

/** The records of one kind, typed. */
export function only<K extends ImportRecord["kind"]>(
  records: readonly ImportRecord[],
  kind: K,
): Extract<ImportRecord, { kind: K }>[] {
  return records.filter((r): r is Extract<ImportRecord, { kind: K }> => r.kind === kind);
}
