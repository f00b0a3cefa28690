/**
 * vitest global setup: one PostgreSQL for the whole run (DATABASE_URL if set, else an embedded
 * server under a temporary LAOKE_HOME), with a migrated template database that each test file
 * clones (CREATE DATABASE … TEMPLATE) so files run in parallel without seeing each other's rows.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../connect.ts";
import { migrateToLatest } from "../migrate.ts";

export const TEMPLATE_DATABASE = "laoke_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    laokeAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "laoke-test-"));
  const handle = await openDatabase({ home, poolSize: 2 });
  const adminUrl = withDatabase(handle.url, "postgres");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  const template = await openDatabase({
    databaseUrl: withDatabase(handle.url, TEMPLATE_DATABASE),
    poolSize: 1,
  });
  const outcome = await migrateToLatest(template.db);
  await template.close();
  if (outcome.error) throw outcome.error;
  await admin.end();
  project.provide("laokeAdminUrl", adminUrl);
  return async () => {
    await handle.close();
    if (handle.embedded) fs.rmSync(home, { recursive: true, force: true });
  };
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
