/**
 * Reading an import's files: what they are (name, hash, size), in which order a first import
 * reads them, and streaming every table's records into a sink (the staging or the bulk writer).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { ImportBatchFile } from "@laoke/db";
import { DomainError, isDomainError } from "../shared/errors.ts";
import { detectParser } from "./formats/registry.ts";
import { rejectRow } from "./formats/row-mapper.ts";
import type { ColumnMapping, ImportFormat, TableParser } from "./formats/types.ts";
import type { ImportFile, ImportOptions } from "./importing.service.ts";
import type { ImportRecord } from "./model.ts";
import type { BulkTable } from "./pipeline/bulk.ts";
import { openTables } from "./source/open.ts";
import { probeFile } from "./source/read.ts";
import { sniffKind } from "./source/sniff.ts";
import type { Table } from "./source/table.ts";
import { readTextTable } from "./source/text-table.ts";
import { holdBackTruncated } from "./source/truncated.ts";

/** Where the records of the files go: the staging tables or, on a first import, the final tables. */
export interface RecordSink {
  add(record: ImportRecord): Promise<void>;
  startTable?(table: BulkTable): void;
}

/** A file in the order it is read, with its place in the order the user gave. */
export interface OrderedFile {
  file: FileInfo;
  index: number;
  /** Read after every table that can bring orders, and itself a table of lines only. */
  lastOrderTable: boolean;
}

/**
 * Files of order lines only (宝贝报表, plain 销售明细) are read after the others, so a line's order is known
 * when the line comes (`laoke import *.csv` lists ExportOrderDetailList before ExportOrderList).
 * Only text files are looked into (their header); a workbook may hold any table.
 */
export async function orderForFirstImport(
  files: FileInfo[],
  options: ImportOptions,
  mapping: ColumnMapping | undefined,
): Promise<OrderedFile[]> {
  const linesOnly: boolean[] = [];
  for (const file of files) linesOnly.push(await isLinesOnlyText(file, options, mapping));
  const order = files.map((file, index) => ({ file, index, lastOrderTable: false }));
  order.sort((a, b) => Number(linesOnly[a.index]) - Number(linesOnly[b.index]) || a.index - b.index);
  for (let i = order.length - 1; i >= 0 && linesOnly[(order[i] as OrderedFile).index]; i--)
    (order[i] as OrderedFile).lastOrderTable = true;
  return order;
}

async function isLinesOnlyText(
  file: FileInfo,
  options: ImportOptions,
  mapping: ColumnMapping | undefined,
): Promise<boolean> {
  try {
    const probe = await probeFile(file.path, file.name);
    if (probe.size === 0 || sniffKind(probe.head) !== "text") return false;
    const table = await readTextTable(probe);
    return detectTableParser(table, options.format, mapping)?.linesOnly?.(table.header) === true;
  } catch {
    // The real read reports what is wrong with the file.
    return false;
  }
}

export function totalBytesOf(files: FileInfo[]): number {
  return files.reduce((sum, f) => sum + f.bytes, 0);
}

/**
 * Stream every table of the files into `sink`, recording each file's format, tables and rows.
 * Returns the formats met and the rows read.
 */
export async function readFiles(
  order: OrderedFile[],
  sink: RecordSink,
  options: ImportOptions,
  mapping: ColumnMapping | undefined,
  totalBytes: number,
): Promise<{ formats: string; rows: number }> {
  const formats = new Set<string>();
  let rows = 0;
  let bytesRead = 0;
  for (const { file, index, lastOrderTable } of order) {
    const tableIds: string[] = [];
    let fileRows = 0;
    let fileBytes = 0;
    for await (const table of openTables(file.path, {
      displayName: file.name,
      onBytes: (n) => {
        fileBytes = n;
      },
    })) {
      const parser = detectTableParser(table, options.format, mapping);
      if (!parser) {
        // A workbook sheet nobody recognises (发货报表, a pivot, notes): skipped, not fatal.
        tableIds.push(`skipped:${table.sheet}`);
        continue;
      }
      formats.add(parser.format);
      tableIds.push(parser.id);
      sink.startTable?.({ fileIndex: index, lastOrderTableDone: lastOrderTable });
      let lastRow = 0;
      const guarded = holdBackTruncated(table);
      for await (const record of parser.parse(guarded.table, {
        timeZone: options.shop.timeZone,
        mapping,
      })) {
        await sink.add(record);
        const row = record.kind === "reject" ? record.reject.row : record.source.row;
        if (row !== lastRow) {
          lastRow = row;
          rows++;
          fileRows++;
          // Let the event loop answer the database now and then: the COPY in flight waits for
          // this process to read its replies, and a file chunk takes milliseconds to parse.
          if ((rows & 63) === 0) await new Promise<void>((resolve) => setImmediate(resolve));
          if ((rows & 1023) === 0) {
            options.onProgress?.({
              phase: "reading",
              file: file.name,
              rows,
              bytesRead: bytesRead + fileBytes,
              totalBytes,
            });
          }
        }
      }
      for (const row of guarded.truncated) {
        // The file ended inside this row: its cells are partial, so none of it is imported.
        await sink.add(rejectRow(table, row, "malformed_row", "row truncated at end of file"));
        rows++;
        fileRows++;
      }
    }
    if (tableIds.every((id) => id.startsWith("skipped:"))) {
      throw new DomainError("unknown_format", { file: file.name, header: tableIds.join(", ") });
    }
    bytesRead += file.bytes;
    file.format = [...new Set(tableIds)].join("+");
    file.tables = tableIds;
    file.rows = fileRows;
  }
  return { formats: [...formats].join(","), rows };
}

/** The table's parser; undefined for an unrecognised sheet of a workbook (CSV files have one table, so theirs is fatal). */
function detectTableParser(
  table: Table,
  format: ImportFormat | "auto" | undefined,
  mapping: ColumnMapping | undefined,
): TableParser | undefined {
  try {
    return detectParser(table, format === "auto" ? undefined : format, mapping);
  } catch (e) {
    if (table.sheet !== undefined && !mapping && isDomainError(e) && e.code === "unknown_format")
      return undefined;
    throw e;
  }
}

/** A file of the import: where it is, and what the batch history records of it. */
export interface FileInfo extends ImportBatchFile {
  path: string;
}

export async function describeFiles(files: (string | ImportFile)[]): Promise<FileInfo[]> {
  const out: FileInfo[] = [];
  for (const file of files) {
    const { path: p, name } = typeof file === "string" ? { path: file, name: file } : file;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new DomainError("file_unreadable", { file: name });
    }
    if (!stat.isFile()) throw new DomainError("file_unreadable", { file: name });
    out.push({
      path: p,
      name,
      sha256: await sha256(p, name),
      bytes: stat.size,
      format: "",
      tables: [],
      rows: 0,
    });
  }
  return out;
}

export function toBatchFile(f: FileInfo): ImportBatchFile {
  return { name: f.name, sha256: f.sha256, bytes: f.bytes, format: f.format, tables: f.tables, rows: f.rows };
}

function sha256(file: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    fs.createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", () => reject(new DomainError("file_unreadable", { file: name })))
      .on("end", () => resolve(hash.digest("hex")));
  });
}
