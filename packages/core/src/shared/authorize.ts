/**
 * The one authorization check, called first by every service that acts for someone: the HTTP
 * routes, jobs and the CLI all get the same answer.
 */
import type { Actor } from "./actor.ts";
import { DomainError } from "./errors.ts";
import type { Permission } from "./permissions.ts";

/** True when the actor may use `permission` on the shop `shopId`. */
export function can(actor: Actor, permission: Permission, shopId: number): boolean {
  if (actor.kind === "operator") return true;
  return actor.shopId === shopId && actor.permissions.has(permission);
}

/**
 * Throw unless the actor may use `permission` on shop `shopId`. Another shop's data answers
 * `not_found` (never `forbidden`), so ids of other shops cannot be probed.
 */
export function authorize(actor: Actor, permission: Permission, shopId: number): void {
  if (actor.kind !== "operator" && actor.shopId !== shopId) throw new DomainError("not_found");
  if (!can(actor, permission, shopId)) throw new DomainError("forbidden", { permission });
}

/** The shop id the actor is bound to (the operator is bound to none). */
export function actorShopId(actor: Actor): number | undefined {
  return actor.kind === "operator" ? undefined : actor.shopId;
}
