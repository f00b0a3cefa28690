/**
 * buildApp: the whole HTTP server, used by `laoke serve`, the demo and the tests. Plugins first
 * (request ids, logs, cookies, rate limit, errors, authentication, OpenAPI), then health checks
 * and every feature's routes under /api/v1, then the web dashboard at `/`.
 */
import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { App, AppDeps } from "./deps.ts";
import { authentication } from "./plugins/auth.ts";
import { openApi } from "./plugins/openapi.ts";
import { notFoundProblem, ProblemSchema, problemDetails } from "./plugins/problem-details.ts";
import { webApp } from "./plugins/web.ts";
import { registerRoutes } from "./routes/index.ts";

const VERSION = "0.1.0";

/** A registered route, as the tenant-isolation test walks them. */
export interface RouteInfo {
  method: string;
  url: string;
  access: string | undefined;
}

const routeLists = new WeakMap<object, RouteInfo[]>();

/** Every route the app registered (HEAD routes Fastify adds itself excluded). */
export function registeredRoutes(app: App): RouteInfo[] {
  return routeLists.get(app) ?? [];
}
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Build the app (not listening yet). */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      // Credentials never reach the logs.
      redact: ["req.headers.authorization", "req.headers.cookie", 'req.headers["x-csrf-token"]'],
    },
    // Trust a caller's request id when it looks like one, so logs join up across services.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: "loopback",
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  const routes: RouteInfo[] = [];
  routeLists.set(app, routes);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") routes.push({ method, url: route.url, access: route.config?.access });
    }
    // Every API route can fail with a problem document: say so in the OpenAPI document too.
    if (route.url.startsWith("/api/v1") && route.schema) {
      route.schema.response = {
        ...(route.schema.response as object),
        "4XX": ProblemSchema,
        "5XX": ProblemSchema,
      };
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  problemDetails(app);
  authentication(app, deps.handle.db);
  await openApi(app, VERSION);

  app.get("/healthz", { config: { access: "public" }, schema: { hide: true } }, async () => ({
    status: "ok",
  }));
  app.get("/readyz", { config: { access: "public" }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.handle.pool.query("select 1");
      return { status: "ready" };
    } catch {
      return reply.code(503).send({ status: "unavailable" });
    }
  });
  await app.register(async (api) => registerRoutes(api as App, deps), { prefix: "/api/v1" });
  await webApp(app, deps.config.webRoot, notFoundProblem);
  return app as App;
}
