/**
 * Upload imports: POST files (multipart/form-data), answered 202 with the queued job; the worker
 * runs it (`import.run`). Then poll the job, list the history, download the rejects CSV. Every
 * route needs the `import` permission; another shop's job ids answer 404.
 */
import fs from "node:fs";
import multipart from "@fastify/multipart";
import {
  createImportJob,
  createIncomingDir,
  createTranslator,
  DomainError,
  failAbandonedImportJob,
  getImportJob,
  getImportRejectsFile,
  type ImportJob,
  listImportJobs,
  MAX_UPLOAD_FILES,
  removeUploads,
  saveUpload,
  type UploadedFile,
} from "@laoke/core";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { requestLanguage } from "../plugins/problem-details.ts";
import { IdParams, isoDate, isoDateOrNull, PageQuery } from "./schemas.ts";

const translators = { "zh-CN": createTranslator("zh-CN"), en: createTranslator("en") };

const ImportJobSchema = z.object({
  id: z.number(),
  status: z.enum(["queued", "running", "succeeded", "failed"]),
  files: z.array(z.object({ name: z.string(), size: z.number(), sha256: z.string() })),
  format: z.string().nullable(),
  dryRun: z.boolean(),
  progress: z
    .object({
      phase: z.string(),
      file: z.string().optional(),
      rows: z.number(),
      bytesRead: z.number(),
      totalBytes: z.number(),
    })
    .nullable(),
  summary: z
    .object({
      batchId: z.number(),
      format: z.string(),
      dryRun: z.boolean(),
      orders: z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number() }),
      items: z.number(),
      customers: z.object({ created: z.number(), matched: z.number(), merged: z.number() }),
      rejected: z.number(),
      rows: z.number(),
      durationMs: z.number(),
    })
    .nullable(),
  batchId: z.number().nullable(),
  error: z
    .object({ code: z.string(), message: z.string(), data: z.record(z.string(), z.unknown()) })
    .nullable(),
  /** Where the rejects CSV can be downloaded, when rows were rejected. */
  rejectsUrl: z.string().nullable(),
  createdBy: z.object({ kind: z.enum(["staff", "api_key"]), id: z.number() }).nullable(),
  createdAt: isoDate,
  startedAt: isoDateOrNull,
  finishedAt: isoDateOrNull,
});

/** Fields an upload may carry besides `files`. */
const UPLOAD_FIELDS = new Set(["format", "mapping", "dryRun"]);

/** Register the /imports routes (with multipart parsing for this module only). */
export async function importRoutes(app: App, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: {
        fileSize: deps.config.uploadLimitBytes,
        files: MAX_UPLOAD_FILES + 1,
        fields: 10,
        fieldSize: 1024 * 1024,
        parts: MAX_UPLOAD_FILES + 11,
      },
    });
    registerImportRoutes(scope as unknown as App, deps);
  });
}

function registerImportRoutes(app: App, { handle, config, jobs }: AppDeps): void {
  const db = handle.db;
  const view = (request: FastifyRequest, job: ImportJob) => toView(request, job);

  app.post(
    "/imports",
    {
      config: { access: "import" },
      schema: {
        tags: ["imports"],
        summary: "Upload export files to import (multipart/form-data)",
        description:
          "Fields: `files` (one or more, up to 20), optional `format` (auto, taobao, jd, pdd, shopify, …, csv), " +
          "`mapping` (column mapping JSON, needed with format csv; see docs/import.md), `dryRun` (true: check without writing). " +
          "Answers 202 with the queued job; poll GET /imports/{id}.",
        consumes: ["multipart/form-data"],
        response: { 202: ImportJobSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) throw new DomainError("upload_invalid", { detail: "multipart/form-data" });
      const incoming = createIncomingDir(config.home, actor.shopId);
      let job: ImportJob;
      try {
        const files: UploadedFile[] = [];
        const fields: Record<string, string> = {};
        for await (const part of request.parts()) {
          if (part.type === "file" && part.fieldname === "files") {
            if (files.length >= MAX_UPLOAD_FILES) {
              throw new DomainError("upload_invalid", { detail: `files > ${MAX_UPLOAD_FILES}` });
            }
            const saved = await saveUpload(part.file, incoming, files.length + 1, part.filename);
            if (part.file.truncated) throw tooLarge(config.uploadLimitBytes);
            files.push(saved);
          } else if (part.type === "file" && part.fieldname === "mapping") {
            // A mapping may also come as a small JSON file.
            fields.mapping = (await part.toBuffer()).toString("utf8");
          } else if (part.type === "field" && UPLOAD_FIELDS.has(part.fieldname)) {
            if (part.valueTruncated) throw new DomainError("upload_invalid", { detail: part.fieldname });
            fields[part.fieldname] = String(part.value);
          } else {
            if (part.type === "file") part.file.resume();
            throw new DomainError("upload_invalid", { detail: part.fieldname.slice(0, 50) });
          }
        }
        job = await createImportJob(db, actor, {
          shopId: actor.shopId,
          files,
          incomingDir: incoming,
          home: config.home,
          format: fields.format,
          mapping: fields.mapping,
          dryRun: ["true", "1", "on", "yes"].includes((fields.dryRun ?? "").toLowerCase()),
          language: requestLanguage(request),
        });
      } catch (error) {
        removeUploads(incoming);
        const code = (error as { code?: string }).code;
        if (code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge(config.uploadLimitBytes);
        if (code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT") {
          throw new DomainError("upload_invalid", { detail: `files > ${MAX_UPLOAD_FILES}` });
        }
        throw error;
      }
      try {
        await jobs.send("import.run", { shopId: job.shopId, jobId: job.id });
      } catch (error) {
        // No job will ever run it: record it as failed rather than leave it queued forever.
        await failAbandonedImportJob(db, { shopId: job.shopId, jobId: job.id });
        throw error;
      }
      return reply.code(202).send(view(request, job));
    },
  );

  app.get(
    "/imports",
    {
      config: { access: "import" },
      schema: {
        tags: ["imports"],
        summary: "Upload imports of the shop, newest first",
        querystring: PageQuery,
        response: { 200: z.object({ items: z.array(ImportJobSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const page = await listImportJobs(db, actor, actor.shopId, request.query);
      return { items: page.items.map((j) => view(request, j)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/imports/:id",
    {
      config: { access: "import" },
      schema: {
        tags: ["imports"],
        summary: "One upload import: status, progress, summary or error",
        params: IdParams,
        response: { 200: ImportJobSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return view(request, await getImportJob(db, actor, actor.shopId, request.params.id));
    },
  );

  app.get(
    "/imports/:id/rejects.csv",
    {
      config: { access: "import" },
      schema: {
        tags: ["imports"],
        summary: "The rejected rows as CSV (UTF-8 with BOM for Excel; formula-like cells prefixed with ')",
        params: IdParams,
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await getImportRejectsFile(db, actor, actor.shopId, request.params.id);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="import-${request.params.id}-rejects.csv"`)
        .header("x-content-type-options", "nosniff")
        .send(fs.createReadStream(file));
    },
  );
}

function tooLarge(limitBytes: number): DomainError {
  const mb = limitBytes / 1024 / 1024;
  return new DomainError("payload_too_large", {
    limit: mb >= 1 ? `${Math.round(mb)} MB` : `${Math.ceil(limitBytes / 1024)} KB`,
  });
}

/** The job as the API shows it: the error rendered in the caller's language, the rejects as a URL. */
function toView(request: FastifyRequest, job: ImportJob) {
  const t = translators[requestLanguage(request)];
  return {
    id: job.id,
    status: job.status,
    files: job.files,
    format: job.format,
    dryRun: job.dryRun,
    progress: job.progress,
    summary: job.summary,
    batchId: job.batchId,
    error: job.error
      ? { code: job.error.code, message: t(`errors.${job.error.code}`, job.error.data), data: job.error.data }
      : null,
    rejectsUrl: job.hasRejects ? `/api/v1/imports/${job.id}/rejects.csv` : null,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
