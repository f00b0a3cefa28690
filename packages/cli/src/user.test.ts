import { spawnSync } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import { buildApp, loadConfig } from "@laoke/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/src/testing/fixtures.ts";

// The acceptance contract: `laoke user create …` then POST /api/v1/auth/login with that login.
const BIN = path.resolve(import.meta.dirname, "../bin/laoke.js");
let h: Awaited<ReturnType<typeof createTestDatabase>>;
let home: string;

beforeAll(async () => {
  h = await createTestDatabase();
  home = tempDir("laoke-cli-user-");
});
afterAll(async () => {
  await h?.dispose();
});

function laoke(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: h.url, LAOKE_HOME: home, LAOKE_LANG: "" },
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = r.stdout.trim().split("\n");
  return { code: r.status, stderr: r.stderr, last: lines[lines.length - 1] ?? "" };
}

describe("laoke user create", () => {
  it("creates a login that can sign in to the API with its role", async () => {
    expect(laoke(["shop", "create", "--slug", "user-shop", "--name", "员工小店"]).code).toBe(0);
    const args = [
      "user",
      "create",
      "--shop",
      "user-shop",
      "--email",
      "Owner@Example.com",
      "--password",
      "a-long-password",
    ];
    const created = laoke([...args, "--role", "owner", "--json"]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.last)).toMatchObject({
      email: "owner@example.com",
      role: "owner",
      status: "active",
    });

    const again = laoke([...args, "--role", "owner"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("已被使用");
    const badRole = laoke([
      "user",
      "create",
      "--shop",
      "user-shop",
      "--email",
      "b@example.com",
      "--password",
      "a-long-password",
      "--role",
      "boss",
    ]);
    expect(badRole.code).toBe(2);
    const weak = laoke([
      "user",
      "create",
      "--shop",
      "user-shop",
      "--email",
      "c@example.com",
      "--password",
      "short",
      "--role",
      "analyst",
    ]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("password");

    const app = await buildApp({
      handle: h,
      config: loadConfig({}, { logLevel: "silent" }),
      jobs: { send: async () => null },
    });
    try {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "owner@example.com", password: "a-long-password" },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ user: { role: "owner" }, shop: { slug: "user-shop" } });
      expect(res.cookies.map((c) => c.name)).toContain("laoke_session");
    } finally {
      await app.close();
    }
  });
});
