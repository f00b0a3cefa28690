/**
 * OpenAPI 3 document at /api/openapi.json and interactive docs at /api/docs, both generated from
 * the zod schemas the routes validate with.
 */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { CSRF_HEADER, SESSION_COOKIE } from "./auth.ts";

/** Register the document generator and the docs UI. */
export async function openApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "laoke API",
        description:
          "老客 laoke: customers, orders, imports and analytics of one shop. Authenticate with the session cookie " +
          `(${SESSION_COOKIE}; unsafe methods also need the ${CSRF_HEADER} header) or with an API key as a Bearer token. ` +
          "Errors are application/problem+json with a stable `code`.",
        version,
      },
      components: {
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer", description: "API key created at POST /api/v1/api-keys" },
          session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
