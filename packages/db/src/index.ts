/** @laoke/db: connect (embedded PostgreSQL or DATABASE_URL), migrate, and the table types. */
export { type DatabaseHandle, type OpenDatabaseOptions, openDatabase } from "./connect.ts";
export { type EmbeddedServer, releaseShutdownSignals, startEmbeddedPostgres } from "./embedded.ts";
export { DatabaseSetupError, type DatabaseSetupErrorCode, isUniqueViolation } from "./errors.ts";
export { laokeHome } from "./home.ts";
export { type MigrateOutcome, migrateToLatest } from "./migrate.ts";
export { PREPARED_MARKER } from "./prepared.ts";
export type * from "./schema.ts";
