/** The web dashboard served by the API process: files, cache headers and the SPA fallback. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "./testing.ts";

const INDEX = '<!doctype html><div id="root"></div>';

describe("with a built web app", () => {
  let server: TestServer;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "laoke-web-"));
    await mkdir(join(root, "assets"));
    await writeFile(join(root, "index.html"), INDEX);
    await writeFile(join(root, "assets", "index-AbC123.js"), "console.log(1)");
    server = await createTestServer({ config: { webRoot: root } });
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it("serves the app at / and at every page path, revalidated on each load", async () => {
    for (const url of ["/", "/customers/42", "/settings/staff?x=1", "/login"]) {
      const res = await server.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toContain("text/html");
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.body).toBe(INDEX);
    }
  });

  it("serves hashed assets with a year of caching", async () => {
    const res = await server.app.inject({ method: "GET", url: "/assets/index-AbC123.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("javascript");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers a missing asset, an unknown API path and a non-GET with the API's 404", async () => {
    for (const [method, url] of [
      ["GET", "/assets/gone-123.js"],
      ["GET", "/api/v1/nothing-here"],
      ["GET", "/api"],
      ["POST", "/customers"],
    ] as const) {
      const res = await server.app.inject({ method, url });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().code).toBe("not_found");
    }
  });

  it("never serves files outside the app's folder", async () => {
    const res = await server.app.inject({ method: "GET", url: "/assets/..%2f..%2fpackage.json" });
    expect(res.body).not.toContain('"name"');
  });

  it("still keeps the API: a protected route without a session is 401", async () => {
    const res = await server.app.inject({ method: "GET", url: "/api/v1/customers" });
    expect(res.statusCode).toBe(401);
  });
});

describe("without a built web app", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ config: { webRoot: join(tmpdir(), "laoke-no-web-app-here") } });
  });
  afterAll(async () => server.close());

  it("explains at / how to build it, and the API answers", async () => {
    const res = await server.app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("npm run build:web");
    expect((await server.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    expect((await server.app.inject({ method: "GET", url: "/customers" })).statusCode).toBe(404);
  });
});
