/** @laoke/core: the domain. Each feature's public surface is re-exported here. */

export * from "./accounts/index.ts";
export * from "./analytics/index.ts";
export * from "./analytics/report/index.ts";
export * from "./archive/index.ts";
export * from "./audit/index.ts";
export * from "./behaviour/index.ts";
export * from "./clv/index.ts";
export * from "./customers/index.ts";
export * from "./demo/index.ts";
export * from "./groups/index.ts";
export { createTranslator, type Language, resolveLanguage } from "./i18n/index.ts";
export * from "./importing/index.ts";
export { JOB_NAMES, type JobName, type JobPayloads, type JobSender, WORKER } from "./jobs.ts";
export * from "./products/index.ts";
export * from "./reviews/index.ts";
export * from "./segments/index.ts";
export type { Actor, ApiKeyActor, OperatorActor, Origin, StaffActor } from "./shared/actor.ts";
export { OPERATOR } from "./shared/actor.ts";
export { actorShopId, authorize, can } from "./shared/authorize.ts";
export { decodeCursor, encodeCursor } from "./shared/cursor.ts";
export { DomainError, type DomainErrorCode, isDomainError } from "./shared/errors.ts";
export {
  isPermission,
  isRole,
  PERMISSIONS,
  type Permission,
  ROLE_PERMISSIONS,
  ROLES,
} from "./shared/permissions.ts";
export { parseInput } from "./shared/validate.ts";
export * from "./shops/index.ts";
export * from "./stats/index.ts";
