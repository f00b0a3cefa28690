/**
 * The demo shop the API and web benchmarks run against: generated, imported and analysed once
 * into a LAOKE_HOME (a folder in the system temp directory by default) and reused by later runs
 * with the same customer count; and `laoke serve` started on it as a separate process.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  createShop,
  generateDemoShop,
  getShopBySlug,
  importOrders,
  OPERATOR,
  recomputeAnalytics,
  type Shop,
} from "@laoke/core";
import { type DatabaseHandle, migrateToLatest } from "@laoke/db";

export const BENCH_SLUG = "bench-api";
const BIN = path.resolve(import.meta.dirname, "../../packages/cli/bin/laoke.js");

/** The default LAOKE_HOME of a bench shop of `customers` customers. */
export function benchHome(customers: number): string {
  return path.join(os.tmpdir(), `laoke-bench-api-${customers}`);
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Generate, import and analyse the demo shop unless `home` already has it. */
export async function prepareBenchShop(
  handle: DatabaseHandle,
  customers: number,
  home: string,
): Promise<Shop> {
  await migrateToLatest(handle.db);
  try {
    const shop = await getShopBySlug(handle.db, BENCH_SLUG);
    log(`reusing the demo shop in ${home}`);
    return shop;
  } catch {
    // Not there yet: build it below.
  }
  const files = path.join(home, "files");
  log(`generating ${customers.toLocaleString()} customers…`);
  const demo = await generateDemoShop({ customers, seed: 1, outDir: files });
  const shop = await createShop(handle.db, OPERATOR, { slug: BENCH_SLUG, name: "接口压测店" });
  log(`importing ${demo.orders.toLocaleString()} orders (about 17 minutes at 1M customers)…`);
  await importOrders(handle.pool, OPERATOR, {
    shop,
    files: demo.files,
    format: "auto",
    rejectsDir: path.join(home, "rejects"),
    rejectsHeader: ["file", "row", "field", "code", "reason", "raw"],
    describeReject: (r) => r.code,
  });
  log("analysing…");
  await recomputeAnalytics(handle, OPERATOR, shop, { mode: "full" });
  fs.rmSync(files, { recursive: true, force: true });
  return shop;
}

/** `laoke serve --no-worker` on `home`, as in production; resolves once it is ready. */
export async function startBenchServer(home: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, "serve", "--no-worker", "--port", String(port)], {
    env: { ...process.env, LAOKE_HOME: home, LAOKE_LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error("server did not become ready");
}
