/**
 * bench/import: time `laoke import` of a generated Taobao export (订单报表 + 宝贝报表) against a raw
 * COPY of the very rows it produced into the same tables of a fresh database, in the same run.
 * Prints the ratio and the importer's peak RSS. Usage:
 *   npm run bench:import -- [--orders 1000000] [--seed 1] [--keep]
 * Uses DATABASE_URL's server when set (databases bench_import/bench_copy are recreated), else an
 * embedded server under a temporary LAOKE_HOME.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { generateDemoShop } from "@laoke/core";
import { migrateToLatest, openDatabase } from "@laoke/db";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

const TABLES = [
  "customers",
  "customer_identities",
  "customer_merges",
  "products",
  "skus",
  "orders",
  "order_items",
];
const ORDERS_PER_CUSTOMER = 2.41; // measured on the demo generator (packages/core/src/demo/README.md)

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "1000000" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean" },
  },
});
const targetOrders = Number(values.orders);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "laoke-bench-import-"));
// As root the embedded server runs as `postgres`, which must traverse this directory.
fs.chmodSync(work, 0o755);
const repoRoot = path.resolve(import.meta.dirname, "../..");

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

async function main() {
  log(`generating ~${targetOrders.toLocaleString()} orders…`);
  const t0 = Date.now();
  const demo = await generateDemoShop({
    customers: Math.round(targetOrders / ORDERS_PER_CUSTOMER),
    seed: Number(values.seed),
    outDir: path.join(work, "files"),
  });
  log(`generated ${demo.orders} orders, ${demo.items} lines in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const server = await openDatabase({ home: path.join(work, "home"), poolSize: 2 });
  const admin = withDb(server.url, "postgres");
  const importUrl = withDb(server.url, "bench_import");
  const copyUrl = withDb(server.url, "bench_copy");
  for (const name of ["bench_import", "bench_copy"]) {
    await sql(admin, `drop database if exists ${name} with (force)`);
    await sql(admin, `create database ${name}`);
    const h = await openDatabase({ databaseUrl: withDb(server.url, name), poolSize: 1 });
    await migrateToLatest(h.db);
    await h.close();
  }
  await sql(importUrl, "insert into shops (id, slug, name) values (1, 'bench', 'bench')");
  await sql(copyUrl, "insert into shops (id, slug, name) values (1, 'bench', 'bench')");
  await sql(importUrl, "checkpoint");

  log("importing with laoke…");
  const imp = await runImport(importUrl, demo.files);
  log(`laoke import: ${imp.seconds.toFixed(1)} s, peak RSS ${imp.peakRssMb.toFixed(0)} MB`);

  log("dumping the imported rows and COPYing them into a fresh database…");
  const dumpDir = path.join(work, "dump");
  fs.mkdirSync(dumpDir);
  const rows: Record<string, number> = {};
  const src = new pg.Client({ connectionString: importUrl });
  await src.connect();
  for (const t of TABLES) {
    const file = path.join(dumpDir, `${t}.copy`);
    await pipeline(src.query(copyTo(`copy ${t} to stdout`)), fs.createWriteStream(file));
    rows[t] = Number((await src.query(`select count(*) from ${t}`)).rows[0].count);
  }
  await src.end();
  await sql(copyUrl, "checkpoint");
  const dst = new pg.Client({ connectionString: copyUrl });
  await dst.connect();
  const c0 = process.hrtime.bigint();
  await dst.query("begin");
  const perTable: Record<string, number> = {};
  for (const t of TABLES) {
    const s0 = process.hrtime.bigint();
    await pipeline(
      fs.createReadStream(path.join(dumpDir, `${t}.copy`)),
      dst.query(copyFrom(`copy ${t} from stdin`)),
    );
    perTable[t] = round(Number(process.hrtime.bigint() - s0) / 1e9);
  }
  await dst.query("commit");
  const copySeconds = Number(process.hrtime.bigint() - c0) / 1e9;
  await dst.end();
  log(`raw COPY: ${copySeconds.toFixed(1)} s`);

  const result = {
    orders: demo.orders,
    lines: demo.items,
    inputMb: Math.round(demo.files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1e6),
    rows,
    importSeconds: round(imp.seconds),
    copySeconds: round(copySeconds),
    copySecondsPerTable: perTable,
    ratio: round(imp.seconds / copySeconds),
    peakRssMb: Math.round(imp.peakRssMb),
    importCpuSeconds: round(imp.cpuSeconds),
    ordersPerSecond: Math.round(demo.orders / imp.seconds),
    summary: imp.summary,
  };
  console.log(JSON.stringify(result, null, 2));
  await server.close();
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
}

/** Run the real CLI as a child, sampling its peak RSS (VmHWM) until it exits. */
function runImport(
  url: string,
  files: string[],
): Promise<{ seconds: number; peakRssMb: number; cpuSeconds: number; summary: unknown }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      // The same heap cap bin/laoke.js sets for users, given here so no re-exec hides the real process.
      [
        "--max-old-space-size=320",
        path.join(repoRoot, "packages/cli/bin/laoke.js"),
        "import",
        "--shop",
        "bench",
        "--json",
        // The analytics job after an import is measured by bench/analytics, not here.
        "--no-analyze",
        ...files,
      ],
      {
        env: { ...process.env, DATABASE_URL: url, LAOKE_HOME: path.join(work, "cli-home") },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let peak = 0;
    let cpuTicks = 0;
    const sample = setInterval(() => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peak = Math.max(peak, kb);
        const stat = fs.readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
        cpuTicks = Number(stat[11]) + Number(stat[12]);
      } catch {
        // the process is gone
      }
    }, 100);
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(sample);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`laoke import exited ${code}`));
      const last = out.trim().split("\n").pop() ?? "{}";
      resolve({ seconds, peakRssMb: peak / 1024, cpuSeconds: cpuTicks / 100, summary: JSON.parse(last) });
    });
  });
}

async function sql(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(text);
  await c.end();
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function round(x: number) {
  return Math.round(x * 100) / 100;
}

await main();
