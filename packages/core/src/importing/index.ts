/** Importing order and customer exports, from the command line or as uploaded jobs. */

export { IMPORT_FORMATS, type ImportFormat } from "./formats/types.ts";
export {
  type CreateImportJobInput,
  createImportJob,
  getImportJob,
  getImportRejectsFile,
  type ImportJob,
  type ImportJobProgress,
  type ImportJobStatus,
  type ImportJobSummary,
  listImportJobs,
  MAX_UPLOAD_FILES,
} from "./import-jobs.service.ts";
export {
  failAbandonedImportJob,
  type ImportJobDeps,
  type ImportJobOutcome,
  runImportJob,
} from "./importing.jobs.ts";
export {
  type ImportFile,
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
  importOrders,
} from "./importing.service.ts";
export type { RowReject } from "./model.ts";
export { createIncomingDir, removeUploads, saveUpload, type UploadedFile } from "./uploads.ts";
export { cleanUploads, KEEP_FAILED_DAYS, type UploadsCleanup } from "./uploads-cleanup.ts";
