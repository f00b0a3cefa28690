/**
 * The web dashboard: the files `npm run build:web` wrote, served at `/` by the API process, with
 * the single-page-app fallback (any other GET outside /api answers index.html, so deep links
 * like /customers/42 work after a reload). Hashed assets are cached for a year; index.html is
 * revalidated on every load so a new build is picked up at once. When the app is not built the
 * API still runs and `/` explains how to build it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const API_PREFIX = /^\/api(\/|$)/;

/** True when `root` holds a built app. */
export function webAppBuilt(root: string): boolean {
  return existsSync(join(root, "index.html"));
}

/**
 * Serve the app from `root`. `notFound` answers what is neither a file nor an app page (API
 * paths, other methods); it is the problem-document 404 of the API.
 */
export async function webApp(
  app: FastifyInstance,
  root: string,
  notFound: (request: FastifyRequest, reply: FastifyReply) => unknown,
): Promise<void> {
  if (!webAppBuilt(root)) {
    app.log.warn({ root }, "web app not built: run `npm run build:web`; serving the API only");
    app.get("/", { config: { access: "public" }, schema: { hide: true } }, async (_request, reply) =>
      reply
        .type("text/plain; charset=utf-8")
        .send(
          "laoke: the web app is not built. Run `npm run build:web` / 网页端尚未构建,请运行 npm run build:web\n",
        ),
    );
    app.setNotFoundHandler(notFound);
    return;
  }
  // A GET that is no file (and no API route) falls through to the not-found handler below.
  await app.register(fastifyStatic, {
    root,
    index: false,
    serveDotFiles: false,
    setHeaders(reply, path) {
      const hashed = /[\\/]assets[\\/]/.test(path);
      reply.header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  const sendIndex = (reply: FastifyReply) =>
    reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").sendFile("index.html");
  app.get("/", { config: { access: "public" }, schema: { hide: true } }, (_request, reply) =>
    sendIndex(reply),
  );
  app.setNotFoundHandler((request, reply) => {
    const pagePath = !API_PREFIX.test(request.url) && !request.url.startsWith("/assets/");
    if ((request.method === "GET" || request.method === "HEAD") && pagePath) return sendIndex(reply);
    return notFound(request, reply);
  });
}
