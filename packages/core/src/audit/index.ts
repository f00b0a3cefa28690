/** The append-only audit log. */
export {
  type AuditAction,
  type AuditAuthor,
  type AuditEntry,
  type AuditEvent,
  listAudit,
  recordAudit,
} from "./audit.service.ts";
