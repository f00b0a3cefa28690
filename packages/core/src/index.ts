/** @laoke/core: the domain. Each feature's public surface is re-exported here. */

export * from "./analytics/index.ts";
export * from "./analytics/report/index.ts";
export * from "./clv/index.ts";
export * from "./customers/index.ts";
export * from "./demo/index.ts";
export { createTranslator, type Language, resolveLanguage } from "./i18n/index.ts";
export * from "./importing/index.ts";
export { type Actor, OPERATOR } from "./shared/actor.ts";
export { DomainError, type DomainErrorCode, isDomainError } from "./shared/errors.ts";
export * from "./shops/index.ts";
export * from "./stats/index.ts";
