/** SQL for upload import jobs (`import_jobs`): one query each, always by shop. */
import type { Database, ImportJobStatus, ImportJobsTable } from "@laoke/db";
import type { Insertable, Kysely, Selectable, Transaction } from "kysely";

/** One import job as stored. */
export type ImportJobRow = Selectable<ImportJobsTable>;

type Db = Kysely<Database> | Transaction<Database>;

/** Insert a queued job. */
export async function insertImportJob(db: Db, row: Insertable<ImportJobsTable>): Promise<ImportJobRow> {
  return db.insertInto("import_jobs").values(row).returningAll().executeTakeFirstOrThrow();
}

/** One job of the shop. */
export async function findImportJob(db: Db, shopId: number, id: number): Promise<ImportJobRow | undefined> {
  return db
    .selectFrom("import_jobs")
    .selectAll()
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A page of the shop's jobs, newest first (keyset on id, which only grows). */
export async function listImportJobs(
  db: Db,
  shopId: number,
  q: { beforeId?: number | undefined; limit: number },
): Promise<ImportJobRow[]> {
  let query = db.selectFrom("import_jobs").selectAll().where("shop_id", "=", shopId);
  if (q.beforeId !== undefined) query = query.where("id", "<", q.beforeId);
  return query.orderBy("id", "desc").limit(q.limit).execute();
}

/** Mark a queued (or interrupted running) job running; undefined when it is missing or already finished. */
export async function startImportJob(db: Db, shopId: number, id: number): Promise<ImportJobRow | undefined> {
  return db
    .updateTable("import_jobs")
    .set((eb) => ({
      status: "running" as ImportJobStatus,
      started_at: eb.fn.coalesce("started_at", eb.val(new Date())),
      progress: JSON.stringify({ phase: "reading", rows: 0, bytesRead: 0, totalBytes: 0 }),
    }))
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .where("status", "in", ["queued", "running"])
    .returningAll()
    .executeTakeFirst();
}

/** Store the progress of a running job. */
export async function updateImportJobProgress(
  db: Db,
  shopId: number,
  id: number,
  progress: Record<string, unknown>,
): Promise<void> {
  await db
    .updateTable("import_jobs")
    .set({ progress: JSON.stringify(progress) })
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .where("status", "=", "running")
    .execute();
}

/** The end of a job: succeeded with its summary, or failed with an error code. */
export interface ImportJobEnd {
  status: "succeeded" | "failed";
  /** The detected format (kept as requested when omitted). */
  format?: string | null;
  progress: Record<string, unknown>;
  batchId?: number | null;
  summary?: Record<string, unknown> | null;
  rejectsPath?: string | null;
  errorCode?: string | null;
  errorData?: Record<string, unknown> | null;
}

/** Finish a job that has not finished yet; undefined when it already had. */
export async function finishImportJob(
  db: Db,
  shopId: number,
  id: number,
  end: ImportJobEnd,
): Promise<ImportJobRow | undefined> {
  return db
    .updateTable("import_jobs")
    .set({
      status: end.status,
      ...(end.format === undefined ? {} : { format: end.format }),
      progress: JSON.stringify(end.progress),
      batch_id: end.batchId ?? null,
      summary: end.summary ? JSON.stringify(end.summary) : null,
      rejects_path: end.rejectsPath ?? null,
      error_code: end.errorCode ?? null,
      error_data: end.errorData ? JSON.stringify(end.errorData) : null,
      finished_at: new Date(),
    })
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .where("status", "in", ["queued", "running"])
    .returningAll()
    .executeTakeFirst();
}

/** Put a running job back in the queue (the worker will retry it). */
export async function requeueImportJob(db: Db, shopId: number, id: number): Promise<void> {
  await db
    .updateTable("import_jobs")
    .set({ status: "queued", progress: JSON.stringify({ phase: "retrying" }) })
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .where("status", "=", "running")
    .execute();
}

/** Display name of the staff member who uploaded. */
export async function findMemberName(db: Db, shopId: number, memberId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom("staff_members")
    .select("display_name")
    .where("shop_id", "=", shopId)
    .where("id", "=", memberId)
    .executeTakeFirst();
  return row?.display_name;
}

/** Name of the API key that uploaded. */
export async function findApiKeyName(db: Db, shopId: number, keyId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom("api_keys")
    .select("name")
    .where("shop_id", "=", shopId)
    .where("id", "=", keyId)
    .executeTakeFirst();
  return row?.name;
}
