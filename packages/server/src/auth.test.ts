import type { Shop } from "@laoke/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  loginHeaders,
  type Session,
  signIn,
  startShopServer,
  TEST_PASSWORD,
  type TestServer,
} from "./testing.ts";

let server: TestServer;
let shop: Shop;
let owner: Session;

beforeAll(async () => {
  ({ server, shop, owner } = await startShopServer());
});
afterAll(() => server.close());

describe("login", () => {
  it("sets an httpOnly Secure SameSite session cookie and returns user and shop", async () => {
    const res = await call(server, null, {
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: owner.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ email: owner.email, role: "owner", shopId: shop.id });
    expect(body.shop).toMatchObject({ id: shop.id, slug: shop.slug });
    const session = res.cookies.find((c) => c.name === "laoke_session");
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Strict" });
    expect(JSON.stringify(body)).not.toContain(String(session?.value));
  });

  it("answers problem+json with a stable code for a wrong password, in the caller's language", async () => {
    const res = await call(server, null, {
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: owner.email, password: "wrong-password!" },
      headers: { "accept-language": "en-US" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({
      code: "invalid_credentials",
      status: 401,
      title: "Wrong login or password.",
    });
    expect(res.json().requestId).toBe(res.headers["x-request-id"]);
  });

  it("locks the account after five failures in a row, and audits them", async () => {
    const victim = await signIn(server, shop, "analyst");
    for (let i = 0; i < 5; i++) {
      await call(server, null, {
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: victim.email, password: "nope-nope-nope" },
      });
    }
    const res = await call(server, null, {
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: victim.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(423);
    expect(res.json().code).toBe("account_locked");
    const audit = await call(server, owner, { url: `/api/v1/audit?targetId=${victim.memberId}` });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === "auth.login_failed").length).toBeGreaterThanOrEqual(4);
    expect(actions).toContain("auth.locked");
  });
});

describe("sessions", () => {
  it("needs the CSRF header for unsafe requests made with the cookie", async () => {
    const headers = { cookie: owner.headers.cookie as string };
    const res = await server.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("csrf_failed");
  });

  it("logout ends the session", async () => {
    const member = await signIn(server, shop, "presale");
    expect((await call(server, member, { url: "/api/v1/auth/me" })).statusCode).toBe(200);
    expect((await call(server, member, { method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBe(200);
    const after = await call(server, member, { url: "/api/v1/auth/me" });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe("unauthenticated");
  });

  it("me names the role and its permissions", async () => {
    const after = await signIn(server, shop, "aftersale");
    const me = (await call(server, after, { url: "/api/v1/auth/me" })).json();
    expect(me).toMatchObject({ kind: "staff", role: "aftersale" });
    expect(me.permissions).not.toContain("pii:read");
  });

  it("changing a password signs out the account's sessions", async () => {
    const member = await signIn(server, shop, "presale");
    const res = await call(server, member, {
      method: "POST",
      url: "/api/v1/auth/password",
      payload: { currentPassword: TEST_PASSWORD, newPassword: "another-long-password" },
    });
    expect(res.statusCode).toBe(200);
    expect((await call(server, member, { url: "/api/v1/auth/me" })).statusCode).toBe(401);
    await loginHeaders(server, member.email, "another-long-password");
  });
});

describe("service", () => {
  it("serves health, readiness and the OpenAPI document", async () => {
    expect((await call(server, null, { url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await call(server, null, { url: "/readyz" })).json()).toEqual({ status: "ready" });
    const doc = (await call(server, null, { url: "/api/openapi.json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths["/api/v1/auth/login"].post).toBeDefined();
    // Error answers are documented as problem documents on every API route.
    const problem = doc.paths["/api/v1/customers/{id}"].get.responses["4XX"];
    expect(JSON.stringify(problem)).toContain("requestId");
    expect((await call(server, null, { url: "/api/docs/" })).statusCode).toBe(200);
  });

  it("answers unknown routes with problem+json 404", async () => {
    const res = await call(server, owner, { url: "/api/v1/nope" });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("not_found");
  });
});
