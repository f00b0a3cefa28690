/** Importing order and customer exports. */
export { importOrders, type ImportOptions, type ImportProgress, type ImportSummary } from "./importing.service.ts";
export { IMPORT_FORMATS, type ImportFormat } from "./formats/types.ts";
export type { RowReject } from "./model.ts";
