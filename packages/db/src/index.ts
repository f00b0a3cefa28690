/** @laoke/db: connect (embedded PostgreSQL or DATABASE_URL), migrate, and the table types. */
export { openDatabase, type DatabaseHandle, type OpenDatabaseOptions } from "./connect.ts";
export { startEmbeddedPostgres, type EmbeddedServer } from "./embedded.ts";
export { DatabaseSetupError, type DatabaseSetupErrorCode } from "./errors.ts";
export { laokeHome } from "./home.ts";
export { migrateToLatest, type MigrateOutcome } from "./migrate.ts";
export type * from "./schema.ts";
