/**
 * The one error type of the domain: a closed `code` union plus structured data, so the CLI and
 * (later) the HTTP layer can render it from the i18n catalogue without parsing messages.
 */

/** Every error code the domain raises. Add here, and add the message to both catalogues. */
export type DomainErrorCode =
  | "shop_not_found"
  | "shop_exists"
  | "invalid_input"
  | "file_unreadable"
  | "file_empty"
  | "file_bad_line"
  | "file_encoding"
  | "unknown_format"
  | "format_mismatch"
  | "mapping_invalid"
  | "mapping_required"
  | "xlsx_unreadable"
  | "database_unavailable"
  | "merge_not_found"
  | "merge_already_undone"
  | "clv_no_customers"
  | "clv_not_enough_data"
  | "not_found"
  | "forbidden"
  | "unauthenticated"
  | "csrf_failed"
  | "invalid_credentials"
  | "account_locked"
  | "login_taken"
  | "last_owner"
  | "invitation_invalid"
  | "reset_invalid"
  | "invalid_cursor"
  | "rate_limited"
  | "payload_too_large"
  | "upload_invalid"
  | "import_interrupted"
  | "invalid_rule"
  | "segment_name_taken"
  | "segment_static"
  | "tag_exists"
  | "tag_is_automatic"
  | "follow_up_closed"
  | "assignee_invalid"
  | "review_imported"
  | "review_columns_missing"
  | "roster_columns_missing"
  | "group_exists";

/** A failure the user can act on: rendered as `t(code, data)`. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly data: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code} ${JSON.stringify(data)}`, options);
    this.name = "DomainError";
  }
}

/** True for DomainError instances (also across duplicated module copies). */
export function isDomainError(e: unknown): e is DomainError {
  return e instanceof Error && e.name === "DomainError" && "code" in e;
}
