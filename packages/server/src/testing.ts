/**
 * Test helpers: an app on a fresh test database, shops and staff of every role, and requests
 * made as one of them (session cookie + CSRF header, or an API key). Tests use app.inject, which
 * runs the whole Fastify request cycle without a socket.
 */
import { createShop, createStaffMember, OPERATOR, type Shop } from "@laoke/core";
import type { StaffRole } from "@laoke/db";
import { createTestDatabase } from "@laoke/db/testing";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "./app.ts";
import { loadConfig, type ServerConfig } from "./config.ts";
import type { App, AppDeps } from "./deps.ts";
import type { JobQueue } from "./jobs/queue.ts";

/** A running test app and its database. */
export interface TestServer {
  app: App;
  handle: Awaited<ReturnType<typeof createTestDatabase>>;
  close(): Promise<void>;
}

/** A queue for tests that send no jobs: using it is a test bug. */
export const NO_JOBS: JobQueue = {
  async send(name) {
    throw new Error(`this test has no job queue (job ${name})`);
  },
};

/** Build the app on a fresh database. */
export async function createTestServer(
  options: { jobs?: JobQueue; deps?: Partial<AppDeps>; config?: Partial<ServerConfig> } = {},
): Promise<TestServer> {
  const handle = await createTestDatabase();
  const config = loadConfig(
    {},
    {
      // LAOKE_TEST_LOG=error shows a failing request's server-side error.
      logLevel: (process.env.LAOKE_TEST_LOG as "error" | undefined) ?? "silent",
      cookieSecure: true,
      loginRatePerMinute: 1000,
      ...options.config,
    },
  );
  const app = await buildApp({ handle, config, jobs: options.jobs ?? NO_JOBS, ...options.deps });
  await app.ready();
  return {
    app,
    handle,
    async close() {
      await app.close();
      await handle.dispose();
    },
  };
}

/** A password good enough for the policy. */
export const TEST_PASSWORD = "correct-horse-battery";

let shopCounter = 0;
/** A new shop. */
export async function buildTestShop(
  server: TestServer,
  slug = `shop-${++shopCounter}-${process.pid}`,
): Promise<Shop> {
  return createShop(server.handle.db, OPERATOR, { slug, name: `测试店铺 ${slug}` });
}

/** A signed-in staff member: cookie and CSRF headers for requests. */
export interface Session {
  memberId: number;
  email: string;
  headers: Record<string, string>;
}

/** Create a staff member of `role` in `shop` and sign them in. */
export async function signIn(server: TestServer, shop: Shop, role: StaffRole): Promise<Session> {
  const email = `${role}-${shop.slug}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const member = await createStaffMember(server.handle.db, OPERATOR, shop.id, {
    email,
    password: TEST_PASSWORD,
    role,
  });
  return { memberId: member.id, email, headers: await loginHeaders(server, email, TEST_PASSWORD) };
}

/** Log in through the API and return the headers a browser would send next. */
export async function loginHeaders(
  server: TestServer,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const res = await server.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { cookie: cookies, "x-csrf-token": res.json().csrfToken };
}

/** Make a request as `session` (or anonymously). */
export function call(
  server: TestServer,
  session: Session | null,
  options: {
    method?: InjectOptions["method"];
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  },
): Promise<LightMyRequestResponse> {
  return server.app.inject({
    method: options.method ?? "GET",
    url: options.url,
    ...(options.payload === undefined ? {} : { payload: options.payload as InjectOptions["payload"] }),
    headers: { ...(session?.headers ?? {}), ...(options.headers ?? {}) },
  });
}

/** A fresh app with one shop and its signed-in owner: what most API test files start from. */
export async function startShopServer(): Promise<{ server: TestServer; shop: Shop; owner: Session }> {
  const server = await createTestServer();
  const shop = await buildTestShop(server);
  return { server, shop, owner: await signIn(server, shop, "owner") };
}
