/**
 * The web app's API types (packages/web/src/api/schema.gen.ts) are generated from this server's
 * OpenAPI document, so a changed route schema that the web app was not regenerated for fails
 * here instead of in a user's browser. `npm run api:types` rewrites the file.
 */
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestServer, type TestServer } from "./testing.ts";

const GENERATED = new URL("../../web/src/api/schema.gen.ts", import.meta.url);
const HEADER =
  "// Generated from the server's OpenAPI document by `npm run api:types`; do not edit by hand.\n" +
  "/* biome-ignore-all lint: generated */\n";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => server.close());

it("the web app's API types match the server's OpenAPI document", async () => {
  const document = (await server.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
  const generated = HEADER + astToString(await openapiTS(document, { alphabetize: true }));
  if (process.env.LAOKE_UPDATE_API_TYPES === "1") await writeFile(GENERATED, generated);
  const committed = await readFile(GENERATED, "utf8").catch(() => "");
  expect(committed, "run `npm run api:types` to regenerate the web app's API types").toBe(generated);
});
