/**
 * Upload imports: the HTTP edge streams files into a private directory, `createImportJob` records
 * the job (queued, audited `import.started`) and moves the files under the job's id; the worker
 * runs it later (importing.jobs.ts). Everything here needs the `import` permission; another
 * shop's job ids answer `not_found`.
 */
import fs from "node:fs";
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Language } from "../i18n/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { DomainError } from "../shared/errors.ts";
import { validateColumnMapping } from "./formats/mapping.ts";
import { IMPORT_FORMATS, type ImportFormat } from "./formats/types.ts";
import * as repo from "./import-jobs.repository.ts";
import type { ImportSummary } from "./importing.service.ts";
import { importJobDir, removeUploads, type UploadedFile } from "./uploads.ts";

/** Most files one upload may carry. */
export const MAX_UPLOAD_FILES = 20;

/** Where a job stands. */
export type ImportJobStatus = "queued" | "running" | "succeeded" | "failed";

/** Progress of a running job, as the importer reports it. */
export interface ImportJobProgress {
  phase: string;
  file?: string;
  rows: number;
  bytesRead: number;
  totalBytes: number;
}

/** The outcome of a finished import (the importer's summary without server paths). */
export type ImportJobSummary = Omit<ImportSummary, "rejectsFile">;

/** An upload import job as the API shows it. */
export interface ImportJob {
  id: number;
  shopId: number;
  status: ImportJobStatus;
  files: { name: string; size: number; sha256: string }[];
  format: string | null;
  dryRun: boolean;
  progress: ImportJobProgress | null;
  summary: ImportJobSummary | null;
  batchId: number | null;
  error: { code: string; data: Record<string, string | number> } | null;
  hasRejects: boolean;
  createdBy: { kind: "staff" | "api_key"; id: number } | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** What an upload sends besides its files. */
export interface CreateImportJobInput {
  shopId: number;
  /** Files already stored in `incomingDir`. */
  files: UploadedFile[];
  /** The private directory the request streamed its files into; becomes the job's directory. */
  incomingDir: string;
  /** LAOKE_HOME (uploads live under it). */
  home: string;
  format?: string | undefined;
  /** Column mapping as JSON text (see docs/import.md). */
  mapping?: string | undefined;
  dryRun?: boolean | undefined;
  /** Language of the rejects CSV. */
  language: Language;
}

/** Record an uploaded import and move its files under the job's id; the caller then sends `import.run`. */
export async function createImportJob(
  db: Kysely<Database>,
  actor: Actor,
  input: CreateImportJobInput,
): Promise<ImportJob> {
  authorize(actor, "import", input.shopId);
  const format = parseFormat(input.format);
  const mapping = input.mapping === undefined ? undefined : parseMapping(input.mapping);
  if (format === "csv" && !mapping) throw new DomainError("mapping_required");
  if (input.files.length === 0) throw new DomainError("upload_invalid", { detail: "files" });
  if (input.files.length > MAX_UPLOAD_FILES) {
    throw new DomainError("upload_invalid", { detail: `files > ${MAX_UPLOAD_FILES}` });
  }
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertImportJob(trx, {
      shop_id: input.shopId,
      status: "queued",
      files: JSON.stringify(input.files),
      format,
      dry_run: input.dryRun ?? false,
      mapping: mapping ? JSON.stringify(mapping) : null,
      language: input.language,
      created_by: actor.kind === "staff" ? actor.memberId : null,
      created_by_api_key: actor.kind === "api_key" ? actor.keyId : null,
    });
    await recordAudit(trx, actor, {
      shopId: input.shopId,
      action: "import.started",
      targetType: "import_job",
      targetIds: [row.id],
      data: {
        files: input.files.map((f) => ({ name: f.name, size: f.size, sha256: f.sha256 })),
        format,
        dryRun: input.dryRun ?? false,
      },
    });
    // Last, so a failed rename rolls the row back; the directory name is made of ids only.
    const dir = importJobDir(input.home, input.shopId, row.id);
    removeUploads(dir);
    fs.renameSync(input.incomingDir, dir);
    return toImportJob(row);
  });
}

/** One import job of the shop. */
export async function getImportJob(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
): Promise<ImportJob> {
  authorize(actor, "import", shopId);
  const row = await repo.findImportJob(db, shopId, id);
  if (!row) throw new DomainError("not_found");
  return toImportJob(row);
}

/** A page of the shop's import jobs, newest first. */
export async function listImportJobs(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: { cursor?: string | undefined; limit?: number | undefined },
): Promise<{ items: ImportJob[]; nextCursor: string | null }> {
  authorize(actor, "import", shopId);
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  const before = input.cursor ? (decodeCursor(input.cursor, ["number"])[0] as number) : undefined;
  const rows = await repo.listImportJobs(db, shopId, { beforeId: before, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toImportJob),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}

/** Path of the job's rejects CSV; `not_found` when the job had no rejected rows (or the file is gone). */
export async function getImportRejectsFile(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
): Promise<string> {
  authorize(actor, "import", shopId);
  const row = await repo.findImportJob(db, shopId, id);
  if (!row?.rejects_path || !fs.existsSync(row.rejects_path)) throw new DomainError("not_found");
  return row.rejects_path;
}

function parseFormat(value: string | undefined): ImportFormat | "auto" {
  const format = value === undefined || value === "" ? "auto" : value;
  if (format !== "auto" && !IMPORT_FORMATS.includes(format as ImportFormat)) {
    throw new DomainError("invalid_input", { field: "format", value: format.slice(0, 50) });
  }
  return format as ImportFormat | "auto";
}

function parseMapping(text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new DomainError("mapping_invalid", { file: "mapping", field: "JSON" }, { cause: e });
  }
  return validateColumnMapping(json, "mapping");
}

/** Map a stored row (snake_case, jsonb) to the API's job. */
export function toImportJob(r: repo.ImportJobRow): ImportJob {
  const files = (r.files as UploadedFile[]).map((f) => ({ name: f.name, size: f.size, sha256: f.sha256 }));
  const progress = r.progress as Partial<ImportJobProgress>;
  return {
    id: r.id,
    shopId: r.shop_id,
    status: r.status,
    files,
    format: r.format,
    dryRun: r.dry_run,
    progress:
      typeof progress.phase === "string"
        ? {
            phase: progress.phase,
            ...(progress.file === undefined ? {} : { file: progress.file }),
            rows: progress.rows ?? 0,
            bytesRead: progress.bytesRead ?? 0,
            totalBytes: progress.totalBytes ?? 0,
          }
        : null,
    summary: (r.summary as ImportJobSummary | null) ?? null,
    batchId: r.batch_id,
    error: r.error_code
      ? { code: r.error_code, data: (r.error_data ?? {}) as Record<string, string | number> }
      : null,
    hasRejects: r.rejects_path !== null,
    createdBy:
      r.created_by !== null
        ? { kind: "staff", id: r.created_by }
        : r.created_by_api_key !== null
          ? { kind: "api_key", id: r.created_by_api_key }
          : null,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}
