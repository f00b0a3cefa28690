/** Bring a database to the newest schema with Kysely's migrator (tracked in `kysely_migration`). */
import { type Kysely, type MigrationResult, Migrator } from "kysely";
import { migrations } from "../migrations/index.ts";

/** Outcome of a migration run: which migrations ran, and the error if one failed. */
export interface MigrateOutcome {
  applied: string[];
  error?: unknown;
}

/** Apply every pending migration; each runs in its own transaction. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator is schema-agnostic.
export async function migrateToLatest(db: Kysely<any>): Promise<MigrateOutcome> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? [])
    .filter((r: MigrationResult) => r.status === "Success")
    .map((r) => r.migrationName);
  return error === undefined ? { applied } : { applied, error };
}
