/**
 * Who is calling. Every route declares `config.access`: "public", "authenticated" or the
 * permission it needs; a /api/v1 route without one refuses to register, so no route is
 * accidentally open. Callers authenticate with the session cookie (unsafe methods then need the
 * X-CSRF-Token header bound to that session) or with `Authorization: Bearer <API key>`.
 */
import {
  type Actor,
  type ApiKeyActor,
  authenticateApiKey,
  authenticateSession,
  csrfTokenFor,
  DomainError,
  type Origin,
  type Permission,
  type StaffActor,
  safeEqual,
} from "@laoke/core";
import type { Database } from "@laoke/db";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";

/** Who may call a route. */
export type Access = "public" | "authenticated" | Permission;

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The authenticated caller; null on public routes without credentials. */
    actor: Actor | null;
    /** The session token when the caller used the cookie. */
    sessionToken: string | null;
  }
}

/** Name of the session cookie. */
export const SESSION_COOKIE = "laoke_session";
/** Name of the (readable) cookie carrying the CSRF token for the web app. */
export const CSRF_COOKIE = "laoke_csrf";
/** Header that must echo the CSRF token on unsafe cookie-authenticated requests. */
export const CSRF_HEADER = "x-csrf-token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Where the request came from, for the audit log. */
export function originOf(request: FastifyRequest): Origin {
  return { ip: request.ip, userAgent: request.headers["user-agent"]?.slice(0, 500), requestId: request.id };
}

/** The caller as a signed-in actor, or `unauthenticated`. */
export function requireActor(request: FastifyRequest): StaffActor | ApiKeyActor {
  const actor = request.actor;
  if (!actor || actor.kind === "operator") throw new DomainError("unauthenticated");
  return actor;
}

/** Install the authentication hook on `app`. */
export function authentication(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/v1") && route.config?.access === undefined) {
      throw new Error(`route ${route.method} ${route.url} declares no config.access`);
    }
  });
  app.addHook("onRequest", async (request) => {
    // The web app's files and the health checks are public and need no database lookup.
    if (!request.url.startsWith("/api/")) return;
    const access = request.routeOptions.config?.access ?? "public";
    const origin = originOf(request);
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    if (bearer) {
      request.actor =
        (await authenticateApiKey(db, bearer, origin)) ??
        (await authenticateSession(db, bearer, origin)) ??
        null;
      // A wrong token is an error even on public routes: the caller meant to authenticate.
      if (!request.actor) throw new DomainError("unauthenticated");
    } else {
      const cookie = request.cookies?.[SESSION_COOKIE];
      if (cookie) {
        request.actor = (await authenticateSession(db, cookie, origin)) ?? null;
        if (request.actor) {
          request.sessionToken = cookie;
          if (!SAFE_METHODS.has(request.method)) {
            const header = String(request.headers[CSRF_HEADER] ?? "");
            if (!safeEqual(header, csrfTokenFor(cookie))) throw new DomainError("csrf_failed");
          }
        }
      }
    }
    if (access === "public") return;
    const actor = request.actor;
    if (!actor) throw new DomainError("unauthenticated");
    if (access !== "authenticated" && actor.kind !== "operator" && !actor.permissions.has(access)) {
      throw new DomainError("forbidden", { permission: access });
    }
  });
}
