/**
 * The `import.run` job: run an uploaded import and record how it ended. A file that is bad (a
 * DomainError: unknown format, unreadable, wrong mapping) fails the job for good, since running it
 * again would fail the same way; anything else (a crash, a lost connection) is thrown so the queue
 * retries, and `import.failed` marks the job failed once the queue gives up.
 */
import path from "node:path";
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type pg from "pg";
import { recomputeSingletonKey } from "../analytics/index.ts";
import { type AuditAuthor, recordAudit } from "../audit/index.ts";
import { createTranslator, type Language } from "../i18n/index.ts";
import { type JobPayloads, type JobSender, WORKER } from "../jobs.ts";
import { isDomainError } from "../shared/errors.ts";
import { getShopById } from "../shops/index.ts";
import type { ColumnMapping, ImportFormat } from "./formats/types.ts";
import * as repo from "./import-jobs.repository.ts";
import { type ImportProgress, type ImportSummary, importOrders } from "./importing.service.ts";
import type { RowReject } from "./model.ts";
import { importJobDir, importRejectsDir, removeUploads, type UploadedFile } from "./uploads.ts";

/** What the import job needs besides the database. */
export interface ImportJobDeps {
  /** LAOKE_HOME: uploads and rejects files live under it. */
  home: string;
  /** Where the follow-up analytics job is sent. */
  jobs: JobSender;
  /** Least time between two progress writes (default 500 ms). */
  progressIntervalMs?: number;
  /** Told about problems that do not fail the job (the follow-up job could not be sent). */
  warn?: (message: string, error: unknown) => void;
}

/** How a run ended (the queue stores it as the job's output). */
export type ImportJobOutcome =
  | { status: "succeeded"; batchId: number; rejected: number }
  | { status: "failed"; code: string }
  | { status: "skipped" };

interface Handle {
  db: Kysely<Database>;
  pool: pg.Pool;
}

/** Run the import job `payload.jobId`; a finished (or unknown) job is skipped, so a retry repeats nothing. */
export async function runImportJob(
  handle: Handle,
  payload: JobPayloads["import.run"],
  deps: ImportJobDeps,
): Promise<ImportJobOutcome> {
  const { db, pool } = handle;
  const row = await repo.startImportJob(db, payload.shopId, payload.jobId);
  if (!row) return { status: "skipped" };
  const author = await uploaderOf(db, row);
  const progress = progressWriter(db, row, deps.progressIntervalMs ?? 500);
  const dir = importJobDir(deps.home, row.shop_id, row.id);
  try {
    const shop = await getShopById(db, row.shop_id);
    const language: Language = row.language === "en" ? "en" : "zh-CN";
    const t = createTranslator(language);
    const summary = await importOrders(pool, WORKER, {
      shop,
      files: (row.files as UploadedFile[]).map((f) => ({ path: path.join(dir, f.stored), name: f.name })),
      format: (row.format ?? "auto") as ImportFormat | "auto",
      mapping: (row.mapping ?? undefined) as ColumnMapping | undefined,
      dryRun: row.dry_run,
      rejectsDir: importRejectsDir(deps.home),
      rejectsHeader: t("rejects.header", { returnObjects: true }) as unknown as string[],
      describeReject: (r: RowReject) => t(`rejects.${r.code}`, { field: r.field ?? "" }),
      onProgress: progress.update,
    });
    await progress.close();
    await finish(db, row, author, succeeded(summary, progress.last()));
    removeUploads(dir);
    if (!summary.dryRun) {
      const next = { shopId: row.shop_id, mode: "incremental" as const };
      // The import is done whatever happens here; the nightly full run catches up if this is lost.
      await deps.jobs
        .send("analytics.recompute", next, { singletonKey: recomputeSingletonKey(next.shopId, next.mode) })
        .catch((e: unknown) => deps.warn?.("analytics.recompute not sent", e));
    }
    return { status: "succeeded", batchId: summary.batchId, rejected: summary.rejected };
  } catch (error) {
    await progress.close();
    if (!isDomainError(error)) {
      await repo.requeueImportJob(db, row.shop_id, row.id).catch(() => undefined);
      throw error;
    }
    await finish(db, row, author, {
      status: "failed",
      progress: { phase: "failed" },
      errorCode: error.code,
      errorData: error.data,
    });
    return { status: "failed", code: error.code };
  }
}

/** The `import.failed` job: the queue gave up on `import.run` (retries used up, crash or timeout). */
export async function failAbandonedImportJob(
  db: Kysely<Database>,
  payload: JobPayloads["import.failed"],
): Promise<void> {
  const row = await repo.findImportJob(db, payload.shopId, payload.jobId);
  if (!row || row.status === "succeeded" || row.status === "failed") return;
  await finish(db, row, await uploaderOf(db, row), {
    status: "failed",
    progress: { phase: "failed" },
    errorCode: "import_interrupted",
    errorData: {},
  });
}

function succeeded(summary: ImportSummary, last: ImportProgress | undefined): repo.ImportJobEnd {
  const { rejectsFile, ...rest } = summary;
  const bytes = last?.totalBytes ?? 0;
  return {
    status: "succeeded",
    format: summary.format,
    progress: { phase: "done", rows: summary.rows, bytesRead: bytes, totalBytes: bytes },
    batchId: summary.dryRun ? null : summary.batchId,
    summary: rest,
    rejectsPath: rejectsFile,
  };
}

/** Store the end and audit `import.finished` for the uploader, in one transaction. */
async function finish(
  db: Kysely<Database>,
  row: repo.ImportJobRow,
  author: AuditAuthor,
  end: repo.ImportJobEnd,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const done = await repo.finishImportJob(trx, row.shop_id, row.id, end);
    if (!done) return;
    await recordAudit(trx, author, {
      shopId: row.shop_id,
      action: "import.finished",
      targetType: "import_job",
      targetIds: [row.id],
      data: {
        status: end.status,
        ...(end.batchId ? { batchId: end.batchId } : {}),
        ...(end.summary
          ? { orders: end.summary.orders, rejected: end.summary.rejected, dryRun: end.summary.dryRun }
          : {}),
        ...(end.errorCode ? { code: end.errorCode } : {}),
      },
    });
  });
}

/**
 * Who the job runs for, as the audit log names them: the staff member or API key that uploaded
 * (recorded on the job, no session involved), or the system when neither exists any more.
 */
async function uploaderOf(db: Kysely<Database>, row: repo.ImportJobRow): Promise<AuditAuthor> {
  if (row.created_by !== null) {
    const name = await repo.findMemberName(db, row.shop_id, row.created_by);
    return { kind: "staff", memberId: row.created_by, name: name ?? String(row.created_by) };
  }
  if (row.created_by_api_key !== null) {
    const name = await repo.findApiKeyName(db, row.shop_id, row.created_by_api_key);
    return { kind: "api_key", keyId: row.created_by_api_key, name: name ?? String(row.created_by_api_key) };
  }
  return { kind: "system", name: WORKER.name };
}

/**
 * Progress to the job row at most every `intervalMs`, on a pool connection of its own (the import
 * holds its transaction on another), the last value always written; `close` waits for the writes.
 */
function progressWriter(db: Kysely<Database>, row: repo.ImportJobRow, intervalMs: number) {
  let latest: ImportProgress | undefined;
  let last: ImportProgress | undefined;
  let lastWrite = 0;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = undefined;
    const p = latest;
    if (!p) return;
    latest = undefined;
    lastWrite = Date.now();
    const value = { ...p, at: new Date(lastWrite).toISOString() };
    chain = chain
      .then(() => repo.updateImportJobProgress(db, row.shop_id, row.id, value))
      .catch(() => undefined);
  };
  return {
    update(p: ImportProgress): void {
      latest = p;
      last = p;
      if (timer) return;
      const wait = lastWrite + intervalMs - Date.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait).unref();
    },
    /** The last progress reported, written or not. */
    last: () => last,
    async close(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = undefined;
      latest = undefined;
      await chain;
    },
  };
}
