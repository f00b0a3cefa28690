/** Importing order and customer exports, from the command line or as uploaded jobs. */

// The readers and cell helpers, for other features' imports of small exports (reviews, rosters).
export { CellError, normalizePhone, text as cellText, yesNo } from "./cells.ts";
export { type AliasGroups, type ColRef, type Columns, headerKey } from "./formats/columns.ts";
export type { CellReader } from "./formats/row-mapper.ts";
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
export type { RejectCode, RowReject } from "./model.ts";
export {
  localDay,
  readSheets,
  type SheetRow,
  type SheetRowMapper,
  type SheetRows,
  type SheetSpec,
  UnrecognisedSheet,
} from "./sheets.ts";
export { createIncomingDir, removeUploads, saveUpload, type UploadedFile } from "./uploads.ts";
export { cleanUploads, KEEP_FAILED_DAYS, type UploadsCleanup } from "./uploads-cleanup.ts";
