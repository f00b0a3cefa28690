/** Errors of the database layer the user can act on; the CLI renders them from its catalogue by `code`. */
export type DatabaseSetupErrorCode =
  | "database_home_unreachable"
  | "database_url_invalid"
  | "database_too_old";

/** A setup problem with the database (not a query failure). */
export class DatabaseSetupError extends Error {
  constructor(
    readonly code: DatabaseSetupErrorCode,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(data)}`);
    this.name = "DatabaseSetupError";
  }
}

/** True when `error` is PostgreSQL's unique_violation (23505): a name or key already taken. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "23505";
}
