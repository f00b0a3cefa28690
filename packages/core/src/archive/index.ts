/** The customer archive staff write into: tags (manual), notes and follow-up visits (回访). */

export type {
  CustomerNote,
  CustomerTag,
  CustomerTagRow,
  FollowUp,
  FollowUpOutcome,
  FollowUpRow,
  NoteRow,
  Tag,
} from "./archive.mappers.ts";
export { authorOf, toCustomerTag, toFollowUp, toNote } from "./archive.mappers.ts";
export { eraseCustomerArchive, isLiveCustomer } from "./archive.repository.ts";
export {
  BULK_TAG_LIMIT,
  BulkTagInput,
  CompleteFollowUpInput,
  CreateTagInput,
  DueFollowUpsInput,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_DUE,
  FOLLOW_UP_STATUSES,
  type FollowUpDue,
  ListFollowUpsInput,
  NoteInput,
  PageInput,
  ScheduleFollowUpInput,
  TAG_COLORS,
  type TagColor,
  UpdateFollowUpInput,
  UpdateTagInput,
} from "./archive.schema.ts";
export { customerClosedFollowUpsQuery, customerOpenFollowUpsQuery } from "./follow-ups.repository.ts";
export {
  cancelFollowUp,
  completeFollowUp,
  type DueCounts,
  type DueFollowUps,
  listDueFollowUps,
  listFollowUps,
  scheduleFollowUp,
  updateFollowUp,
} from "./follow-ups.service.ts";
export { moveCustomerArchive } from "./move.repository.ts";
export { customerNotesQuery } from "./notes.repository.ts";
export { addNote, deleteNote, editNote, listNotes } from "./notes.service.ts";
export { customerTagsQuery } from "./tags.repository.ts";
export {
  type BulkTagResult,
  createTag,
  deleteTag,
  listCustomerTags,
  listTags,
  tagCustomer,
  tagCustomers,
  untagCustomer,
  updateTag,
} from "./tags.service.ts";
