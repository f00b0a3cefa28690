/**
 * importOrders: files in, a consistent customer/order database out, all inside one transaction so
 * a fatal error leaves the database exactly as before. Two paths:
 *   - a shop's first import goes straight into the final tables (pipeline/bulk.ts), handing over
 *     to staging (from a savepoint) where it could not match it;
 *   - staging: stream-parse every table, COPY into temp tables → prepare (dedupe) → resolve
 *     customers → write (products, orders, lines, profiles, rejects) → commit (or roll back for --dry-run).
 * A failed import is recorded afterwards in its own transaction, for the history.
 */
import fs from "node:fs";
import path from "node:path";
import type { ImportBatchFile } from "@laoke/db";
import type pg from "pg";
import type { Actor } from "../shared/actor.ts";
import { DomainError, isDomainError } from "../shared/errors.ts";
import type { Shop } from "../shops/index.ts";
import { loadColumnMapping } from "./formats/mapping.ts";
import type { ColumnMapping, ImportFormat } from "./formats/types.ts";
import {
  describeFiles,
  type FileInfo,
  orderForFirstImport,
  readFiles,
  toBatchFile,
  totalBytesOf,
} from "./import-files.ts";
import type { RowReject } from "./model.ts";
import { BulkFallback, BulkWriter } from "./pipeline/bulk.ts";
import { StagingWriter } from "./pipeline/stage.ts";
import { beginImport, finishImport, processOrderChunk } from "./pipeline/upsert.ts";
import { RejectsFile } from "./rejects-file.ts";

/** What to import and how. */
export interface ImportOptions {
  shop: Shop;
  /** Paths, or a path with the name users know the file by (an upload's original name). */
  files: (string | ImportFile)[];
  format?: ImportFormat | "auto";
  mappingFile?: string;
  /** An already validated column mapping (instead of `mappingFile`). */
  mapping?: ColumnMapping;
  dryRun?: boolean;
  /** Directory for the rejects CSV (default: <cwd>/.laoke/rejects). */
  rejectsDir: string;
  /** Renders a reject's reason for the rejects CSV, in the user's language. */
  describeReject: (reject: RowReject) => string;
  /** Column titles of the rejects CSV, in the user's language. */
  rejectsHeader: readonly string[];
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Orders per chunk of the staging path (default 1,000,000, or LAOKE_IMPORT_CHUNK); small values
   * exercise the chunking in tests. Giving it chooses the staging path.
   */
  chunkSize?: number;
  /**
   * "auto" (default): a shop's first import is written straight into the final tables
   * (pipeline/bulk.ts), later ones go through staging. "staging" always stages (also
   * LAOKE_IMPORT_PATH=staging).
   */
  path?: "auto" | "staging";
}

/** A file to import and the name messages and the rejects CSV call it by. */
export interface ImportFile {
  path: string;
  name: string;
}

/** Progress as it is reported while staging (rows) and while writing (phase). */
export interface ImportProgress {
  phase: "reading" | "resolving" | "writing" | "done";
  file?: string;
  rows: number;
  bytesRead: number;
  totalBytes: number;
}

/** The outcome of one import, as printed by `laoke import --json`. */
export interface ImportSummary {
  batchId: number;
  format: string;
  dryRun: boolean;
  orders: { inserted: number; updated: number; unchanged: number };
  items: number;
  customers: { created: number; matched: number; merged: number };
  rejected: number;
  rejectsFile: string | null;
  rows: number;
  /** "direct": a first import written straight into the final tables; "staging": through staging tables. */
  path: "direct" | "staging";
  durationMs: number;
  /**
   * Where the time went: reading (with the order chunks' SQL overlapping it, and the last chunk),
   * writing the lines, commit.
   */
  timingsMs: { read: number; lines: number; commit: number };
}

/** Import order/customer exports into a shop. Throws DomainError on a fatal problem (nothing written). */
export async function importOrders(
  pool: pg.Pool,
  _actor: Actor,
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = Date.now();
  const mapping =
    options.mapping ?? (options.mappingFile ? await loadColumnMapping(options.mappingFile) : undefined);
  if (options.format === "csv" && !mapping) throw new DomainError("mapping_required");
  const files = await describeFiles(options.files);
  const client = await pool.connect();
  let staging: StagingWriter | undefined;
  let bulk: BulkWriter | undefined;
  const rejectsTmp = path.join(options.rejectsDir, `.import-${process.pid}-${started}.csv`);
  const rejects = new RejectsFile(rejectsTmp, options.rejectsHeader, options.describeReject);
  try {
    await client.query("begin");
    // Room for the set-based steps' sorts and hashes on any server (the default 4 MB spills to
    // disk); JIT compiles each big statement for longer than it runs here.
    await client.query(
      "set local work_mem = '256MB'; set local jit = off; set local default_statistics_target = 10",
    );
    // One import per shop at a time: two overlapping imports would race on the same customers.
    await client.query("select pg_advisory_xact_lock(hashtext('laoke.import'), $1::int)", [options.shop.id]);
    const batchId = await insertBatch(client, options.shop.id, options.dryRun ?? false);
    const run: ImportRun = { client, batchId, files, options, mapping, rejects, started };
    let outcome: ImportOutcome | undefined;
    if (await mayWriteDirectly(client, options, files)) {
      // The shop's first import: straight into the final tables, unless the bulk writer finds
      // something only the staging path handles; then everything it wrote is undone.
      await client.query("savepoint first_import");
      bulk = await BulkWriter.create(client, options.shop, batchId, (r) => rejects.write(r));
      try {
        outcome = await importDirectly(run, bulk);
      } catch (error) {
        if (!(error instanceof BulkFallback)) throw error;
        await bulk.settle();
        await client.query("rollback to savepoint first_import");
        await rejects.reset();
      }
    }
    if (!outcome) {
      const created = await createStaging(run);
      staging = created.writer;
      outcome = await importThroughStaging(run, created);
    }
    const writeDone = Date.now();
    const summary: ImportSummary = {
      batchId,
      dryRun: options.dryRun ?? false,
      rejectsFile: null,
      durationMs: 0,
      ...outcome,
    };
    await finishBatch(client, options.shop.id, batchId, summary, files.map(toBatchFile));
    await client.query(options.dryRun ? "rollback" : "commit");
    summary.timingsMs.commit = Date.now() - writeDone;
    summary.durationMs = Date.now() - started;
    options.onProgress?.({
      phase: "done",
      rows: summary.rows,
      bytesRead: totalBytesOf(files),
      totalBytes: totalBytesOf(files),
    });
    summary.rejectsFile = await finishRejectsFile(rejects, options, batchId);
    return summary;
  } catch (error) {
    await staging?.settle();
    await bulk?.settle();
    await client.query("rollback").catch(() => {});
    await rejects.close().catch(() => undefined);
    fs.rmSync(rejectsTmp, { force: true });
    if (!options.dryRun) await recordFailure(pool, options.shop.id, files.map(toBatchFile), error);
    throw error;
  } finally {
    client.release();
  }
}

/** What one import run works with, shared by both paths. */
interface ImportRun {
  client: pg.PoolClient;
  batchId: number;
  files: FileInfo[];
  options: ImportOptions;
  mapping: ColumnMapping | undefined;
  rejects: RejectsFile;
  started: number;
}

/** A path's part of the summary. */
type ImportOutcome = Omit<ImportSummary, "batchId" | "dryRun" | "rejectsFile" | "durationMs">;

/** The first-import path: files → final tables (pipeline/bulk.ts). Throws BulkFallback to hand over. */
async function importDirectly(run: ImportRun, bulk: BulkWriter): Promise<ImportOutcome> {
  const order = await orderForFirstImport(run.files, run.options, run.mapping);
  const { formats, rows } = await readFiles(order, bulk, run.options, run.mapping, totalBytesOf(run.files));
  const readDone = Date.now();
  reportWriting(run, rows);
  const counts = await bulk.finish();
  return {
    path: "direct",
    format: formats,
    orders: { inserted: counts.orders, updated: 0, unchanged: 0 },
    items: counts.items,
    customers: { created: counts.customers, matched: 0, merged: 0 },
    rejected: counts.rejects,
    rows,
    timingsMs: { read: readDone - run.started, lines: Date.now() - readDone, commit: 0 },
  };
}

/** The staging writer, and how many customers its chunks merged so far. */
interface Staging {
  writer: StagingWriter;
  merged(): number;
}

/** Create the staging tables; each chunk of orders is resolved and written while the next is parsed. */
async function createStaging(run: ImportRun): Promise<Staging> {
  const { client, options, batchId } = run;
  await beginImport(client);
  let merged = 0;
  const writer = await StagingWriter.create(
    client,
    (r) => run.rejects.write(r),
    async () => {
      merged += await processOrderChunk(client, options.shop.id, batchId, options.shop.currency);
    },
    options.chunkSize,
  );
  return { writer, merged: () => merged };
}

/** The staging path: files → temp tables → set-based upserts (pipeline/stage.ts, resolve.ts, upsert.ts). */
async function importThroughStaging(
  run: ImportRun,
  { writer: staging, merged }: Staging,
): Promise<ImportOutcome> {
  const { client, options, batchId } = run;
  const order = run.files.map((file, index) => ({ file, index, lastOrderTable: false }));
  const { formats, rows } = await readFiles(order, staging, options, run.mapping, totalBytesOf(run.files));
  // The last chunk of orders; earlier chunks ran while the files were still being read.
  await staging.finish();
  const readDone = Date.now();
  reportWriting(run, rows);
  const counts = await finishImport(client, options.shop.id, batchId, staging.itemFiles.size > 1);
  if (counts.orphanItems > 0) await appendSqlRejects(client, run.rejects);
  return {
    path: "staging",
    format: formats,
    orders: { inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged },
    items: counts.items,
    customers: { created: counts.customersCreated, matched: counts.customersMatched, merged: merged() },
    rejected: staging.counts.rejects + counts.orphanItems,
    rows,
    timingsMs: { read: readDone - run.started, lines: Date.now() - readDone, commit: 0 },
  };
}

function reportWriting(run: ImportRun, rows: number): void {
  const total = totalBytesOf(run.files);
  run.options.onProgress?.({ phase: "writing", rows, bytesRead: total, totalBytes: total });
}

/**
 * Files above this size go through staging at once (its memory does not grow with the file);
 * smaller ones may still hand over when their keys outgrow the bulk writer's memory budget.
 */
const FIRST_IMPORT_MAX_BYTES = 1.5 * 1024 ** 3;

/** A first import may be written straight into the final tables (see BulkWriter). */
async function mayWriteDirectly(
  client: pg.PoolClient,
  options: ImportOptions,
  files: FileInfo[],
): Promise<boolean> {
  const path = options.path ?? (process.env.LAOKE_IMPORT_PATH === "staging" ? "staging" : "auto");
  if (path === "staging" || options.chunkSize !== undefined) return false;
  if (totalBytesOf(files) > FIRST_IMPORT_MAX_BYTES) return false;
  const { rows } = await client.query<{ empty: boolean }>(
    `select not exists (select 1 from customers where shop_id = $1)
        and not exists (select 1 from orders where shop_id = $1)
        and not exists (select 1 from customer_identities where shop_id = $1) as empty`,
    [options.shop.id],
  );
  return rows[0]?.empty === true;
}

async function insertBatch(client: pg.PoolClient, shopId: number, dryRun: boolean): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    "insert into import_batches (shop_id, status, dry_run) values ($1, 'running', $2) returning id",
    [shopId, dryRun],
  );
  return Number(rows[0]?.id);
}

async function finishBatch(
  client: pg.PoolClient,
  shopId: number,
  batchId: number,
  s: ImportSummary,
  files: ImportBatchFile[],
): Promise<void> {
  await client.query(
    `update import_batches set status = $3, format = $4, files = $5, rows_read = $6, orders_inserted = $7,
            orders_updated = $8, orders_unchanged = $9, items = $10, customers_created = $11,
            customers_matched = $12, customers_merged = $13, rejected = $14, finished_at = now()
      where shop_id = $1 and id = $2`,
    [
      shopId,
      batchId,
      s.dryRun ? "dry_run" : "succeeded",
      s.format,
      JSON.stringify(files),
      s.rows,
      s.orders.inserted,
      s.orders.updated,
      s.orders.unchanged,
      s.items,
      s.customers.created,
      s.customers.matched,
      s.customers.merged,
      s.rejected,
    ],
  );
}

/** Orphan lines are found in SQL after staging; append them to the rejects file too. */
async function appendSqlRejects(client: pg.PoolClient, rejects: RejectsFile): Promise<void> {
  const { rows } = await client.query<{
    file: string;
    row_number: number;
    code: string;
    message: string;
    raw: Record<string, string>;
  }>(
    "select file, row_number, code, message, raw from stage_rejects where code = 'orphan_item' order by file, row_number",
  );
  for (const r of rows) {
    rejects.write({ file: r.file, row: r.row_number, code: "orphan_item", message: r.message, raw: r.raw });
  }
}

/** Move the rejects CSV to its final name, which carries the batch id. */
async function finishRejectsFile(
  rejects: RejectsFile,
  options: ImportOptions,
  batchId: number,
): Promise<string | null> {
  const tmp = await rejects.close();
  if (!tmp) return null;
  const final = path.join(
    options.rejectsDir,
    `${options.shop.slug}-batch-${batchId}${options.dryRun ? "-dry-run" : ""}.csv`,
  );
  fs.renameSync(tmp, final);
  return final;
}

async function recordFailure(
  pool: pg.Pool,
  shopId: number,
  files: ImportBatchFile[],
  error: unknown,
): Promise<void> {
  const code = isDomainError(error) ? error.code : "internal_error";
  const data = isDomainError(error) ? error.data : { message: String((error as Error)?.message ?? error) };
  await pool
    .query(
      `insert into import_batches (shop_id, status, files, error_code, error_data, finished_at)
       values ($1, 'failed', $2, $3, $4, now())`,
      [shopId, JSON.stringify(files), code, JSON.stringify(data)],
    )
    .catch(() => {});
}
