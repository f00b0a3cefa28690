/**
 * Who is acting, and from where. The CLI acts as the local operator (whoever can run commands on
 * the database host may do everything); HTTP requests act as a staff member of one shop or as an
 * API key of one shop, carrying that shop's id and the permissions of the role or key.
 */
import type { StaffRole } from "@laoke/db";
import type { Permission } from "./permissions.ts";

/** Where a request came from, for the audit log. */
export interface Origin {
  ip?: string | undefined;
  userAgent?: string | undefined;
  requestId?: string | undefined;
}

/** The local operator running the command line on the database host. */
export interface OperatorActor {
  kind: "operator";
  name: string;
  origin?: Origin;
}

/** A signed-in staff member of one shop. */
export interface StaffActor {
  kind: "staff";
  shopId: number;
  memberId: number;
  accountId: number;
  name: string;
  role: StaffRole;
  permissions: ReadonlySet<Permission>;
  sessionId?: number;
  origin?: Origin;
}

/** An API key of one shop, limited to the permissions it was created with. */
export interface ApiKeyActor {
  kind: "api_key";
  shopId: number;
  keyId: number;
  name: string;
  permissions: ReadonlySet<Permission>;
  origin?: Origin;
}

export type Actor = OperatorActor | StaffActor | ApiKeyActor;

/** The local operator running the command line on the database host. */
export const OPERATOR: Actor = { kind: "operator", name: "cli" };
