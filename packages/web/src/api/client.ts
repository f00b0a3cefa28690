/**
 * The typed API client. Paths and bodies are checked against schema.gen.ts, which is generated
 * from the server's OpenAPI document. Requests go to the same origin with the session cookie;
 * unsafe methods echo the readable `laoke_csrf` cookie in X-CSRF-Token, and every request asks
 * for answers in the UI language. Failures become an ApiError carrying the problem document.
 */
import createClient, { type Middleware } from "openapi-fetch";
import i18n from "../app/i18n.ts";
import type { paths } from "./schema.gen.ts";

/** application/problem+json as the server sends it. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: string;
  data?: Record<string, unknown>;
  instance: string;
  requestId: string;
}

/** A failed API call: the HTTP status and the server's problem document. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDocument | null,
  ) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = "ApiError";
  }
  get code(): string {
    return this.problem?.code ?? "network";
  }
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The value of a readable cookie. */
export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** Listeners told when the session is gone (401), so the app can go to the login page. */
const signedOutListeners = new Set<() => void>();
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** CSRF header, language, and problem documents turned into ApiError. */
export function csrfHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { "accept-language": i18n.language };
  const csrf = readCookie("laoke_csrf");
  if (UNSAFE.has(method.toUpperCase()) && csrf) headers["x-csrf-token"] = csrf;
  return headers;
}

const middleware: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(csrfHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return response;
    throw await errorFrom(response);
  },
};

/** The ApiError for a failed response (tells the app when the session is gone). */
export async function errorFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get("content-type") ?? "";
  const problem = type.includes("json")
    ? ((await response.json().catch(() => null)) as ProblemDocument)
    : null;
  if (response.status === 401 && !response.url.endsWith("/auth/login")) {
    for (const listener of signedOutListeners) listener();
  }
  return new ApiError(response.status, problem);
}

/** The client every feature uses. */
export const api = createClient<paths>({ baseUrl: "", credentials: "same-origin" });
api.use(middleware);

/** Unwrap an openapi-fetch result whose errors the middleware already threw. */
export function data<T>(result: { data?: T; error?: unknown }): T {
  if (result.data === undefined) throw new ApiError(0, null);
  return result.data;
}

/** Response body type of GET `path`. */
export type GetResponse<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { "application/json": infer T } } } };
}
  ? T
  : never;
