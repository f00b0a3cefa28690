/** Factories for tests on a real database: shops and import options. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type pg from "pg";
import { type ImportOptions, type ImportSummary, importOrders } from "../importing/index.ts";
import { OPERATOR } from "../shared/actor.ts";
import { createShop, type Shop } from "../shops/index.ts";

let counter = 0;

/** A new shop with a unique slug. */
export async function buildShop(db: Kysely<Database>, overrides: { timeZone?: string } = {}): Promise<Shop> {
  counter++;
  return createShop(db, OPERATOR, {
    slug: `shop-${process.pid}-${counter}`,
    name: `测试店铺 ${counter}`,
    timeZone: overrides.timeZone,
  });
}

const madeDirs: string[] = [];
let cleanupRegistered = false;

/** A temporary directory for one test's files, removed when the test process exits. */
export function tempDir(prefix = "laoke-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    // Thousands of runs left thousands of directories behind in the system temp directory.
    process.on("exit", () => {
      for (const d of madeDirs) fs.rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}

/** Run importOrders with test defaults (rejects into a temp dir, code-only reasons). */
export async function runImport(
  pool: pg.Pool,
  shop: Shop,
  files: string[],
  options: Partial<ImportOptions> = {},
): Promise<ImportSummary> {
  return importOrders(pool, OPERATOR, {
    shop,
    files,
    format: "auto",
    rejectsDir: options.rejectsDir ?? tempDir("laoke-rejects-"),
    rejectsHeader: ["file", "row", "field", "code", "reason", "raw"],
    describeReject: (r) => r.code,
    ...options,
  });
}
