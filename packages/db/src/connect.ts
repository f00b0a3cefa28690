/**
 * One way to get a database: `DATABASE_URL` when set (any PostgreSQL >= 14), else the embedded
 * server under LAOKE_HOME. Returns a Kysely instance plus the raw pool for COPY.
 */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded.ts";
import { DatabaseSetupError } from "./errors.ts";
import { laokeHome } from "./home.ts";
import { preparingPool } from "./prepared.ts";
import type { Database } from "./schema.ts";

// bigint columns (ids, money in fen) arrive as JS numbers: every value laoke stores fits in 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// numeric aggregates (sum of bigint) likewise.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** An open database: typed query builder, raw pool, and how to close both (and the embedded server). */
export interface DatabaseHandle {
  db: Kysely<Database>;
  pool: pg.Pool;
  url: string;
  /** True when this process runs the embedded server (and so must close it). */
  embedded: boolean;
  close(): Promise<void>;
}

/** Options for `openDatabase`; everything defaults from the environment. */
export interface OpenDatabaseOptions {
  databaseUrl?: string;
  home?: string;
  poolSize?: number;
  log?: (line: string) => void;
}

const MIN_SERVER_VERSION = 140000;

/** Open the database named by DATABASE_URL, or start/attach the embedded one. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const explicit = options.databaseUrl ?? process.env.DATABASE_URL;
  let url: string;
  let stopServer: () => Promise<void> = async () => {};
  let embedded = false;
  if (explicit && explicit.trim() !== "") {
    if (!/^postgres(ql)?:\/\//.test(explicit)) throw new DatabaseSetupError("database_url_invalid");
    url = explicit;
  } else {
    const server = await startEmbeddedPostgres(options.home ?? laokeHome(), options.log);
    url = server.url;
    stopServer = server.stop;
    embedded = server.startedHere;
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 8 });
  // An idle pooled connection dropped by the server (restart, shutdown) must not crash the
  // process; the pool discards it and the next query opens a new one.
  pool.on("error", () => {});
  try {
    const { rows } = await pool.query<{ server_version_num: string }>("show server_version_num");
    const version = Number(rows[0]?.server_version_num);
    if (version < MIN_SERVER_VERSION) throw new DatabaseSetupError("database_too_old", { version });
  } catch (e) {
    await pool.end();
    await stopServer();
    throw e;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    pool,
    url,
    embedded,
    async close() {
      // Kysely ends the pool only if it ran a query itself; end it here in every case.
      await db.destroy();
      if (!pool.ended) await pool.end();
      await stopServer();
    },
  };
}
