import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded.ts";
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

  it("resolves LAOKE_HOME relative to the working directory, default .laoke", () => {
    expect(laokeHome({}, "/srv/shop")).toBe("/srv/shop/.laoke");
    expect(laokeHome({ LAOKE_HOME: "data" }, "/srv/shop")).toBe("/srv/shop/data");
    expect(laokeHome({ LAOKE_HOME: "/var/lib/laoke" }, "/srv/shop")).toBe("/var/lib/laoke");
  });
});
