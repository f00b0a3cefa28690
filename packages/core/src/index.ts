/** @laoke/core: the domain. Each feature's public surface is re-exported here. */
export * from "./shops/index.ts";
export * from "./stats/index.ts";
export * from "./importing/index.ts";
export * from "./customers/index.ts";
export { DomainError, isDomainError, type DomainErrorCode } from "./shared/errors.ts";
export { OPERATOR, type Actor } from "./shared/actor.ts";
export { createTranslator, resolveLanguage, type Language } from "./i18n/index.ts";
