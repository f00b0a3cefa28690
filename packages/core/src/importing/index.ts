/** Importing order and customer exports. */

export { IMPORT_FORMATS, type ImportFormat } from "./formats/types.ts";
export {
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
  importOrders,
} from "./importing.service.ts";
export type { RowReject } from "./model.ts";
