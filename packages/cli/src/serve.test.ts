import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/src/testing/fixtures.ts";

// `laoke serve` and `laoke worker` as a user runs them: the real bin on a real database, until
// SIGTERM, which must stop them cleanly (exit 0).
const BIN = path.resolve(import.meta.dirname, "../bin/laoke.js");
let h: Awaited<ReturnType<typeof createTestDatabase>>;
let home: string;

beforeAll(async () => {
  h = await createTestDatabase();
  home = tempDir("laoke-cli-serve-");
  // As root, the embedded database's user must be able to reach the home (unused with DATABASE_URL).
  fs.chmodSync(home, 0o755);
});
afterAll(async () => {
  await h?.dispose();
});

/** Start a long-running command; `output` collects stdout, `waitFor` resolves when a pattern appears. */
function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: h.url, LAOKE_HOME: home, LAOKE_LANG: "", LAOKE_LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => stdout,
    async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = stdout.match(pattern);
        if (m) return m;
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`no ${pattern} in output (exit ${child.exitCode}):\n${stdout}\n${stderr}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<number | null> {
  child.kill("SIGTERM");
  const timeout = setTimeout(() => child.kill("SIGKILL"), 30_000);
  try {
    return await exited;
  } finally {
    clearTimeout(timeout);
  }
}

describe("laoke serve", () => {
  it("starts with the worker, answers /healthz, and stops cleanly on SIGTERM", async () => {
    const server = start(["serve", "--port", "0"]);
    const [, url] = await server.waitFor(/laoke 已启动,在浏览器打开:(http:\/\/127\.0\.0\.1:\d+)/);
    expect(server.output()).toContain(`${url}/api/docs`);
    expect(server.output()).toContain("后台任务在本进程运行");
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: "ready" });
    // The dashboard (built by the test run's global setup) at any page path.
    expect(await (await fetch(`${url}/customers/1`)).text()).toContain('<div id="root">');
    // The in-process worker registered its schedules (nightly recompute, daily upload clean-up).
    const schedules = await h.pool.query("select name from pgboss.schedule order by name");
    expect(schedules.rows).toEqual([{ name: "analytics.nightly" }, { name: "uploads.cleanup" }]);
    expect(await stop(server.child, server.exited)).toBe(0);
    expect(server.output()).toContain("已停止");
  });

  it("refuses a bad port as bad usage (exit 2)", async () => {
    const bad = start(["serve", "--port", "http"]);
    expect(await bad.exited).toBe(2);
  });
});

describe("laoke worker", () => {
  it("runs until SIGTERM and stops cleanly", async () => {
    const worker = start(["worker", "--lang", "en"]);
    await worker.waitFor(/Background jobs are running/);
    expect(await stop(worker.child, worker.exited)).toBe(0);
    expect(worker.output()).toContain("Stopped.");
  });
});
