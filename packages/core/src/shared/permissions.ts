/**
 * Permissions and the role matrix (decision 0006). Every role may read customers (masked), orders
 * and analytics; everything else is granted by role. Keep the matrix here and nowhere else: the
 * server, the CLI and docs/security.md read it.
 */
import type { StaffRole } from "@laoke/db";

/** Every permission laoke checks. */
export const PERMISSIONS = [
  "customers:read",
  "pii:read",
  "customers:write",
  "customers:delete",
  "export",
  "import",
  "analytics:run",
  "campaigns:send",
  "loyalty:manage",
  "tickets:manage",
  "settings",
  "staff:manage",
  "api_keys:manage",
  "audit:read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Staff roles, most powerful first. */
export const ROLES: readonly StaffRole[] = ["owner", "admin", "presale", "aftersale", "analyst"];

const ALL = new Set<Permission>(PERMISSIONS);

/** What each role may do. Owners and admins differ only in who may manage owners (policy). */
export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, ReadonlySet<Permission>>> = {
  owner: ALL,
  admin: ALL,
  // 售前: talks to buyers before the sale, records notes, sends care messages; never sees full
  // phones or addresses (the platform's chat is how they reach buyers).
  presale: new Set<Permission>(["customers:read", "customers:write", "campaigns:send", "loyalty:manage"]),
  // 售后: handles returns and exchanges and records follow-ups; masked personal data.
  aftersale: new Set<Permission>(["customers:read", "customers:write", "tickets:manage"]),
  // Read-only: dashboards and masked customer lists.
  analyst: new Set<Permission>(["customers:read"]),
};

/** True when `value` names a permission. */
export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** True when `value` names a role. */
export function isRole(value: string): value is StaffRole {
  return (ROLES as readonly string[]).includes(value);
}
