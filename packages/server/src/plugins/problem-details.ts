/**
 * The ONLY error → HTTP mapping. Every failure leaves as `application/problem+json` (RFC 9457)
 * with a stable `code`, a message from the i18n catalogue in the caller's language, and the
 * request id; unexpected errors are logged and answered as `internal_error` without details.
 */
import { createTranslator, type DomainErrorCode, isDomainError, type Language } from "@laoke/core";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";

const STATUS: Partial<Record<DomainErrorCode, number>> = {
  not_found: 404,
  shop_not_found: 404,
  merge_not_found: 404,
  forbidden: 403,
  csrf_failed: 403,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_locked: 423,
  login_taken: 409,
  shop_exists: 409,
  last_owner: 409,
  merge_already_undone: 409,
  tag_exists: 409,
  tag_is_automatic: 409,
  follow_up_closed: 409,
  segment_name_taken: 409,
  segment_static: 409,
  review_imported: 409,
  group_exists: 409,
  rate_limited: 429,
  payload_too_large: 413,
  database_unavailable: 503,
};

/** What the request carried at a validation error's path, as short text ("" when nothing was sent). */
function valueAt(request: FastifyRequest, context: string | undefined, instancePath: string): string {
  const roots: Record<string, unknown> = {
    body: request.body,
    querystring: request.query,
    params: request.params,
    headers: request.headers,
  };
  let value: unknown = context ? roots[context] : undefined;
  for (const key of instancePath.split("/").filter(Boolean)) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (value === undefined || value === null) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The problem document every error answer is (RFC 9457), as the OpenAPI document describes it. */
export const ProblemSchema = z
  .object({
    type: z.string().describe("urn:laoke:problem:<code>"),
    title: z.string().describe("What went wrong, in the caller's language"),
    status: z.number().int(),
    code: z.string().describe("Stable machine-readable error code"),
    data: z.record(z.string(), z.unknown()).optional().describe("Details, e.g. the field or permission"),
    instance: z.string(),
    requestId: z.string(),
  })
  .describe("application/problem+json");

const translators = { "zh-CN": createTranslator("zh-CN"), en: createTranslator("en") };

/** The caller's language from Accept-Language (Chinese unless English is preferred). */
export function requestLanguage(request: FastifyRequest): Language {
  const header = String(request.headers["accept-language"] ?? "").toLowerCase();
  return header.startsWith("en") ? "en" : "zh-CN";
}

/** Send a problem document. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  data: Record<string, unknown> = {},
): FastifyReply {
  const t = translators[requestLanguage(request)];
  return reply
    .code(status)
    .type("application/problem+json; charset=utf-8")
    .send({
      type: `urn:laoke:problem:${code}`,
      title: t(`errors.${code}`, data as Record<string, string>),
      status,
      code,
      ...(Object.keys(data).length > 0 ? { data } : {}),
      instance: request.url,
      requestId: request.id,
    });
}

/** Install the error and not-found handlers. */
export function problemDetails(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      return sendProblem(request, reply, STATUS[error.code] ?? 400, error.code, error.data);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      // An unknown key (strict objects) is reported on its parent: name the key itself.
      const unknownKey =
        issue?.keyword === "unrecognized_keys" ? (issue.params.keys as string[])[0] : undefined;
      const field = [
        error.validationContext,
        ...(issue?.instancePath.split("/").filter(Boolean) ?? []),
        ...(unknownKey === undefined ? [] : [unknownKey]),
      ].join(".");
      // The message names the field and what the caller sent there (zod's own words are English).
      const sent = valueAt(request, error.validationContext, issue?.instancePath ?? "");
      return sendProblem(request, reply, 400, "invalid_input", { field, value: sent });
    }
    if (error.statusCode === 429) return sendProblem(request, reply, 429, "rate_limited", { seconds: 60 });
    if (error.code === "FST_REQ_FILE_TOO_LARGE" || error.statusCode === 413) {
      return sendProblem(request, reply, 413, "payload_too_large", { limit: "" });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, error.statusCode, "invalid_input", {
        field: "",
        value: error.message,
      });
    }
    request.log.error({ err: error }, "unhandled error");
    return sendProblem(request, reply, 500, "internal_error", { message: request.id });
  });
}

/** The API's 404: a problem document. */
export function notFoundProblem(request: FastifyRequest, reply: FastifyReply): unknown {
  return sendProblem(request, reply, 404, "not_found");
}
