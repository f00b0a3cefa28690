/** Sign in and out, who am I, change or reset a password, accept an invitation. */
import {
  acceptInvitation,
  changePassword,
  DomainError,
  getShopById,
  login,
  logout,
  resetPassword,
  SESSION_DAYS,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { CSRF_COOKIE, originOf, requireActor, SESSION_COOKIE } from "../plugins/auth.ts";
import { OkSchema, PermissionSchema, ShopSchema, StaffMemberSchema } from "./schemas.ts";

const LoginBody = z.object({
  email: z.string().max(254).optional(),
  phone: z.string().max(20).optional(),
  password: z.string().max(200),
  shop: z.string().max(63).optional(),
});

/** Register the /auth routes. */
export async function authRoutes(app: App, { handle, config }: AppDeps): Promise<void> {
  const db = handle.db;
  const cookieBase = { path: "/", secure: config.cookieSecure, sameSite: "strict" as const };

  app.post(
    "/auth/login",
    {
      config: {
        access: "public",
        rateLimit: { max: config.loginRatePerMinute, timeWindow: "1 minute" },
      },
      schema: {
        tags: ["auth"],
        summary: "Sign in; sets the session cookie",
        body: LoginBody,
        response: { 200: z.object({ user: StaffMemberSchema, shop: ShopSchema, csrfToken: z.string() }) },
      },
    },
    async (request, reply) => {
      const result = await login(db, request.body, originOf(request));
      const maxAge = SESSION_DAYS * 86_400;
      reply.setCookie(SESSION_COOKIE, result.sessionToken, { ...cookieBase, httpOnly: true, maxAge });
      // Readable by the web app, which echoes it in X-CSRF-Token; useless without the session cookie.
      reply.setCookie(CSRF_COOKIE, result.csrfToken, { ...cookieBase, httpOnly: false, maxAge });
      return { user: result.user, shop: result.shop, csrfToken: result.csrfToken };
    },
  );

  app.post(
    "/auth/logout",
    {
      config: { access: "authenticated" },
      schema: { tags: ["auth"], summary: "Sign out", response: { 200: OkSchema } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.kind === "staff" && request.sessionToken) await logout(db, actor, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, cookieBase).clearCookie(CSRF_COOKIE, cookieBase);
      return { ok: true as const };
    },
  );

  app.get(
    "/auth/me",
    {
      config: { access: "authenticated" },
      schema: {
        tags: ["auth"],
        summary: "The caller: staff member or API key, shop and permissions",
        response: {
          200: z.object({
            kind: z.enum(["staff", "api_key"]),
            id: z.number(),
            name: z.string(),
            role: z.string().nullable(),
            permissions: z.array(PermissionSchema),
            shop: ShopSchema,
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        kind: actor.kind,
        id: actor.kind === "staff" ? actor.memberId : actor.keyId,
        name: actor.name,
        role: actor.kind === "staff" ? actor.role : null,
        permissions: [...actor.permissions],
        shop: await getShopById(db, actor.shopId),
      };
    },
  );

  app.post(
    "/auth/password",
    {
      config: { access: "authenticated" },
      schema: {
        tags: ["auth"],
        summary: "Change your own password (signs out your other sessions)",
        body: z.object({ currentPassword: z.string().max(200), newPassword: z.string().max(200) }),
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.kind !== "staff") throw new DomainError("forbidden", { permission: "staff" });
      await changePassword(db, actor, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    "/auth/password-reset",
    {
      config: { access: "public", rateLimit: { max: config.loginRatePerMinute, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Set a new password with a one-time reset token",
        body: z.object({ token: z.string().max(200), password: z.string().max(200) }),
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await resetPassword(db, request.body, originOf(request));
      return { ok: true as const };
    },
  );

  app.post(
    "/auth/invitations/accept",
    {
      config: { access: "public", rateLimit: { max: config.loginRatePerMinute, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Accept an invitation with its one-time token",
        body: z.object({
          token: z.string().max(200),
          password: z.string().max(200),
          displayName: z.string().max(100).optional(),
        }),
        response: { 200: z.object({ user: StaffMemberSchema }) },
      },
    },
    async (request) => ({ user: await acceptInvitation(db, request.body, originOf(request)) }),
  );
}
