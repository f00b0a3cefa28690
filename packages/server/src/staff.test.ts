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

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } }) as unknown as Session;

async function auditActions(targetId: number | string): Promise<string[]> {
  const res = await call(server, owner, { url: `/api/v1/audit?targetId=${targetId}` });
  return res.json().items.map((e: { action: string }) => e.action);
}

describe("roles", () => {
  it("publishes the permission matrix", async () => {
    const body = (await call(server, owner, { url: "/api/v1/roles" })).json();
    const byRole = Object.fromEntries(
      body.roles.map((r: { role: string; permissions: string[] }) => [r.role, r.permissions]),
    );
    expect(byRole.owner).toContain("staff:manage");
    expect(byRole.aftersale).toContain("tickets:manage");
    expect(byRole.aftersale).not.toContain("pii:read");
    expect(byRole.analyst).toEqual(["customers:read"]);
  });

  it("lists the staff to everyone, but their logins only to those who manage staff", async () => {
    const analyst = await signIn(server, shop, "analyst");
    const seen = (await call(server, analyst, { url: "/api/v1/staff" })).json().items;
    expect(seen.length).toBeGreaterThan(0);
    for (const m of seen)
      expect(m).toMatchObject({ email: null, phone: null, displayName: expect.any(String) });
    const managed = (await call(server, owner, { url: "/api/v1/staff" })).json().items;
    expect(managed.some((m: { email: string | null }) => m.email !== null)).toBe(true);
  });

  it("staff without staff:manage cannot create staff", async () => {
    const presale = await signIn(server, shop, "presale");
    const res = await call(server, presale, {
      method: "POST",
      url: "/api/v1/staff",
      payload: { email: "x@example.com", password: TEST_PASSWORD, role: "analyst" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: "forbidden", data: { permission: "staff:manage" } });
  });

  it("an admin cannot make an owner; the last owner cannot be demoted; role changes are audited", async () => {
    const admin = await signIn(server, shop, "admin");
    const analyst = await signIn(server, shop, "analyst");
    const grant = await call(server, admin, {
      method: "PATCH",
      url: `/api/v1/staff/${analyst.memberId}`,
      payload: { role: "owner" },
    });
    expect(grant.statusCode).toBe(403);
    const demote = await call(server, owner, {
      method: "PATCH",
      url: `/api/v1/staff/${owner.memberId}`,
      payload: { role: "admin" },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe("last_owner");
    const ok = await call(server, admin, {
      method: "PATCH",
      url: `/api/v1/staff/${analyst.memberId}`,
      payload: { role: "aftersale" },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().role).toBe("aftersale");
    expect(await auditActions(analyst.memberId)).toContain("staff.role_changed");
  });
});

describe("deactivation", () => {
  it("revokes the member's sessions and API keys at once", async () => {
    const admin = await signIn(server, shop, "admin");
    const created = await call(server, admin, {
      method: "POST",
      url: "/api/v1/api-keys",
      payload: { name: "erp", permissions: ["customers:read"] },
    });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    expect((await call(server, bearer(token), { url: "/api/v1/auth/me" })).statusCode).toBe(200);
    const res = await call(server, owner, {
      method: "POST",
      url: `/api/v1/staff/${admin.memberId}/deactivate`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe("deactivated");
    expect((await call(server, admin, { url: "/api/v1/auth/me" })).statusCode).toBe(401);
    expect((await call(server, bearer(token), { url: "/api/v1/auth/me" })).statusCode).toBe(401);
    const login = await call(server, null, {
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: admin.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    expect(await auditActions(admin.memberId)).toContain("staff.deactivated");
  });
});

describe("invitations and password resets", () => {
  it("an invitation link works once", async () => {
    const inv = await call(server, owner, {
      method: "POST",
      url: "/api/v1/staff/invitations",
      payload: { email: "new.clerk@example.com", role: "presale", displayName: "小王" },
    });
    expect(inv.statusCode).toBe(201);
    const { token, url } = inv.json();
    expect(url).toContain(token);
    const accept = () =>
      call(server, null, {
        method: "POST",
        url: "/api/v1/auth/invitations/accept",
        payload: { token, password: TEST_PASSWORD },
      });
    const first = await accept();
    expect(first.statusCode).toBe(200);
    expect(first.json().user).toMatchObject({ displayName: "小王", role: "presale", shopId: shop.id });
    expect((await accept()).json().code).toBe("invitation_invalid");
    await loginHeaders(server, "new.clerk@example.com", TEST_PASSWORD);
    const open = (await call(server, owner, { url: "/api/v1/staff/invitations" })).json().items;
    expect(open.find((i: { email: string }) => i.email === "new.clerk@example.com")).toBeUndefined();
  });

  it("a reset link sets a new password once and signs the account out", async () => {
    const clerk = await signIn(server, shop, "aftersale");
    const issued = await call(server, owner, {
      method: "POST",
      url: `/api/v1/staff/${clerk.memberId}/password-reset`,
    });
    expect(issued.statusCode).toBe(201);
    const reset = (password: string) =>
      call(server, null, {
        method: "POST",
        url: "/api/v1/auth/password-reset",
        payload: { token: issued.json().token, password },
      });
    expect((await reset("a-brand-new-password")).statusCode).toBe(200);
    expect((await reset("yet-another-password")).json().code).toBe("reset_invalid");
    expect((await call(server, clerk, { url: "/api/v1/auth/me" })).statusCode).toBe(401);
    await loginHeaders(server, clerk.email, "a-brand-new-password");
  });
});

describe("API keys", () => {
  it("shows the token once, authenticates Bearer requests without CSRF, and can be revoked", async () => {
    const created = await call(server, owner, {
      method: "POST",
      url: "/api/v1/api-keys",
      payload: { name: "报表脚本", permissions: ["customers:read", "audit:read"] },
    });
    const key = created.json();
    expect(key.token).toMatch(/^lk_k_/);
    const list = (await call(server, owner, { url: "/api/v1/api-keys" })).json().items;
    expect(JSON.stringify(list)).not.toContain(key.token);
    expect(list.find((k: { id: number }) => k.id === key.id).tokenPrefix).toBe(key.token.slice(0, 16));
    const me = await call(server, bearer(key.token), { url: "/api/v1/auth/me" });
    expect(me.json()).toMatchObject({ kind: "api_key", permissions: ["customers:read", "audit:read"] });
    // Scoped: the key has no staff:manage even though its creator does.
    const denied = await call(server, bearer(key.token), {
      method: "POST",
      url: "/api/v1/staff/invitations",
      payload: { email: "z@example.com", role: "analyst" },
    });
    expect(denied.statusCode).toBe(403);
    const used = (await call(server, owner, { url: "/api/v1/api-keys" }))
      .json()
      .items.find((k: { id: number }) => k.id === key.id);
    expect(used.lastUsedAt).not.toBeNull();
    expect(
      (await call(server, owner, { method: "DELETE", url: `/api/v1/api-keys/${key.id}` })).statusCode,
    ).toBe(200);
    expect((await call(server, bearer(key.token), { url: "/api/v1/auth/me" })).statusCode).toBe(401);
    expect(await auditActions(key.id)).toEqual(
      expect.arrayContaining(["api_key.created", "api_key.revoked"]),
    );
  });

  it("cannot grant more than its creator holds", async () => {
    const aftersale = await signIn(server, shop, "aftersale");
    const res = await call(server, aftersale, {
      method: "POST",
      url: "/api/v1/api-keys",
      payload: { name: "x", permissions: ["customers:read"] },
    });
    expect(res.statusCode).toBe(403);
  });

  it("a malformed or unknown bearer token is 401", async () => {
    expect((await call(server, bearer("nope"), { url: "/api/v1/auth/me" })).statusCode).toBe(401);
    const fake = `lk_k_${shop.id}_${"A".repeat(43)}`;
    expect((await call(server, bearer(fake), { url: "/api/v1/auth/me" })).statusCode).toBe(401);
  });
});
