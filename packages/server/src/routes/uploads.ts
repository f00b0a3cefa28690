/**
 * Small uploads imported while the request waits (review exports, group rosters): the files of a
 * multipart request are saved with the upload imports' own helpers into a private directory,
 * imported, and deleted whatever happens. Each file is limited to 20 MB (or the server's upload
 * limit when lower): such exports are thousands of rows; orders go through the job queue.
 */
import path from "node:path";
import multipart from "@fastify/multipart";
import {
  createIncomingDir,
  type createTranslator,
  DomainError,
  type ImportFile,
  type RowReject,
  removeUploads,
  saveUpload,
} from "@laoke/core";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";

/** The largest file a synchronous import accepts. */
export const SYNC_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/** Register `routes` in a scope that parses multipart bodies of at most `maxFiles` files. */
export async function withMultipart(
  app: App,
  deps: AppDeps,
  maxFiles: number,
  routes: (scope: App) => void,
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: {
        fileSize: uploadLimit(deps),
        files: maxFiles + 1,
        fields: 0,
        parts: maxFiles + 1,
      },
    });
    routes(scope as unknown as App);
  });
}

function uploadLimit(deps: AppDeps): number {
  return Math.min(SYNC_UPLOAD_LIMIT_BYTES, deps.config.uploadLimitBytes);
}

/**
 * Save the request's files (multipart field `field`, 1 to `maxFiles`), run `use` on them and
 * remove them afterwards. A bad upload is `upload_invalid`, a too large one `payload_too_large`.
 */
export async function withUploadedFiles<T>(
  request: FastifyRequest,
  deps: AppDeps,
  shopId: number,
  options: { field: string; maxFiles: number },
  use: (files: ImportFile[]) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart()) throw new DomainError("upload_invalid", { detail: "multipart/form-data" });
  const limit = uploadLimit(deps);
  const dir = createIncomingDir(deps.config.home, shopId);
  try {
    const files: ImportFile[] = [];
    for await (const part of request.parts()) {
      if (part.type !== "file" || part.fieldname !== options.field || files.length >= options.maxFiles) {
        if (part.type === "file") part.file.resume();
        throw new DomainError("upload_invalid", { detail: part.fieldname.slice(0, 50) });
      }
      const saved = await saveUpload(part.file, dir, files.length + 1, part.filename);
      if (part.file.truncated) throw tooLarge(limit);
      files.push({ path: path.join(dir, saved.stored), name: saved.name });
    }
    if (files.length === 0) throw new DomainError("upload_invalid", { detail: options.field });
    return await use(files);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge(limit);
    if (code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT") {
      throw new DomainError("upload_invalid", { detail: `${options.field} > ${options.maxFiles}` });
    }
    throw error;
  } finally {
    removeUploads(dir);
  }
}

function tooLarge(limitBytes: number): DomainError {
  return new DomainError("payload_too_large", { limit: `${Math.round(limitBytes / 1024 / 1024)} MB` });
}

/** A rejected row as the API shows it, its reason in the caller's language. */
export const RowRejectSchema = z.object({
  file: z.string(),
  row: z.number().describe("The spreadsheet row number (the header is row 1)"),
  field: z.string().nullable().describe("The column as written in the file"),
  code: z.string(),
  message: z.string(),
  raw: z.record(z.string(), z.string()),
});

/** Render rejects for the API. */
export function rejectsView(t: ReturnType<typeof createTranslator>, rejects: readonly RowReject[]) {
  return rejects.map((r) => ({
    file: r.file,
    row: r.row,
    field: r.field ?? null,
    code: r.code,
    message: t(`rejects.${r.code}`, { field: r.field ?? "" }),
    raw: r.raw,
  }));
}
