/** Per-test-file databases cloned from the migrated template (see global-setup.ts). */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../connect.ts";
import { TEMPLATE_DATABASE, withDatabase } from "./global-setup.ts";

/** A fresh, migrated, empty database for one test file; drop it with `dispose()`. */
export async function createTestDatabase(): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
  const adminUrl = inject("laokeAdminUrl");
  const name = `laoke_test_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  await admin.end();
  const handle = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 4 });
  return {
    ...handle,
    async dispose() {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
