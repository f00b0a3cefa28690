/**
 * API keys: for scripts and other systems. A key is shown once, stored as a SHA-256 digest, limited
 * to the permissions it was created with (never more than its creator's), revocable, and stops
 * working when its creator is deactivated.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize, can } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { isPermission, type Permission } from "../shared/permissions.ts";
import { parseInput } from "../shared/validate.ts";
import { CreateApiKeyInput } from "./accounts.schema.ts";
import * as credentials from "./credentials.repository.ts";
import { newToken, tokenHash } from "./secrets.ts";

/** An API key as the API shows it; `token` only in the answer that created it. */
export interface ApiKey {
  id: number;
  name: string;
  tokenPrefix: string;
  permissions: Permission[];
  createdBy: number;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  token?: string;
}

/** Create a key for the calling staff member; the token is returned here and never again. */
export async function createApiKey(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: CreateApiKeyInput,
): Promise<ApiKey> {
  authorize(actor, "api_keys:manage", shopId);
  if (actor.kind !== "staff") throw new DomainError("forbidden", { permission: "api_keys:manage" });
  const v = parseInput(CreateApiKeyInput, input);
  const beyond = v.permissions.find((p) => !can(actor, p, shopId));
  if (beyond) throw new DomainError("forbidden", { permission: beyond });
  const token = newToken("k", shopId);
  return db.transaction().execute(async (trx) => {
    const row = await credentials.insertApiKey(trx, {
      shop_id: shopId,
      name: v.name,
      token_prefix: token.slice(0, 16),
      token_hash: tokenHash(token),
      permissions: [...new Set(v.permissions)],
      created_by: actor.memberId,
      expires_at: v.expiresInDays ? new Date(Date.now() + v.expiresInDays * 86_400_000) : null,
    });
    await recordAudit(trx, actor, {
      shopId,
      action: "api_key.created",
      targetType: "api_key",
      targetIds: [row.id],
      data: { name: v.name, permissions: v.permissions },
    });
    return { ...toApiKey(row), token };
  });
}

/** The shop's keys (without tokens). */
export async function listApiKeys(db: Kysely<Database>, actor: Actor, shopId: number): Promise<ApiKey[]> {
  authorize(actor, "api_keys:manage", shopId);
  return (await credentials.listApiKeys(db, shopId)).map(toApiKey);
}

/** Revoke a key at once. */
export async function revokeApiKey(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  keyId: number,
): Promise<void> {
  authorize(actor, "api_keys:manage", shopId);
  await db.transaction().execute(async (trx) => {
    if (!(await credentials.revokeApiKey(trx, shopId, keyId))) throw new DomainError("not_found");
    await recordAudit(trx, actor, {
      shopId,
      action: "api_key.revoked",
      targetType: "api_key",
      targetIds: [keyId],
    });
  });
}

function toApiKey(r: {
  id: number;
  name: string;
  token_prefix: string;
  permissions: string[];
  created_by: number;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}): ApiKey {
  return {
    id: r.id,
    name: r.name,
    tokenPrefix: r.token_prefix,
    permissions: r.permissions.filter(isPermission),
    createdBy: r.created_by,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}
