/** What every command needs: the translator, output helpers and an open, migrated database. */

import { createTranslator, isDomainError, type Language, resolveLanguage } from "@laoke/core";
import { type DatabaseHandle, DatabaseSetupError, migrateToLatest, openDatabase } from "@laoke/db";
import type { TFunction } from "i18next";

/** Exit codes: 0 done, 1 fatal error, 2 bad usage. */
export const EXIT_FATAL = 1;
export const EXIT_USAGE = 2;

/** Per-invocation context shared by the commands. */
export interface CliContext {
  t: TFunction;
  language: Language;
  /** Print a human line to stdout (suppressed in --json mode by the callers). */
  say(line: string): void;
  /** Print the final JSON object as the last stdout line. */
  json(value: unknown): void;
}

/** Build the context from the global options. */
export function createContext(langFlag: string | undefined): CliContext {
  const language = resolveLanguage(langFlag, process.env.LAOKE_LANG);
  return {
    t: createTranslator(language),
    language,
    say: (line) => process.stdout.write(`${line}\n`),
    json: (value) => process.stdout.write(`${JSON.stringify(value)}\n`),
  };
}

/** Open the database (embedded unless DATABASE_URL), bring the schema up to date, run `fn`, close. */
export async function withDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase();
  try {
    const outcome = await migrateToLatest(handle.db);
    if (outcome.error) throw outcome.error;
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** Render any error for the user: domain and setup errors from the catalogue, others as internal. */
export function describeError(t: TFunction, error: unknown): string {
  if (isDomainError(error) || error instanceof DatabaseSetupError) {
    return t(`errors.${error.code}`, error.data);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (isConnectionError(error)) return t("errors.database_unavailable", { message });
  return t("errors.internal_error", { message });
}

/** Errors that mean "cannot reach or log in to the database", as opposed to a failing query. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // Node socket errors, and PostgreSQL's "invalid password" (28P01), "no such database" (3D000),
  // "cannot connect now" (57P03), "too many connections" (53300).
  return (
    typeof code === "string" &&
    ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "28P01", "28000", "3D000", "57P03", "53300"].includes(code)
  );
}
