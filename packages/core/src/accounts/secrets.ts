/**
 * Passwords and bearer tokens. Passwords are hashed with argon2id (OWASP's first choice). Session,
 * API-key, invitation and reset tokens are 256-bit random strings: for secrets of that entropy a
 * SHA-256 digest is enough (a slow hash protects guessable secrets, not random ones), and it keeps
 * every authenticated request fast. Tokens name their shop (`lk_<kind>_<shop>_<secret>`) so the
 * lookup is a single-shard query on Citus.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import argon2 from "argon2";

/** The kinds of bearer token laoke issues. */
export type TokenKind = "s" | "k" | "i" | "r";

/** Minimum password length (NIST SP 800-63B asks for at least 8; we ask for 10). */
export const MIN_PASSWORD_LENGTH = 10;

/** Hash a password with argon2id (library defaults: 64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** True when `password` matches the stored argon2 hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// A real hash to verify against when the login names no account, so an unknown email takes as
// long as a wrong password and cannot be told apart by timing.
let decoyHash: Promise<string> | undefined;
/** Spend the time of one password check without an account. */
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await decoyHash, password);
}

/** A new token for shop `shopId` (shop 0 for account-level tokens such as password resets). */
export function newToken(kind: TokenKind, shopId: number): string {
  return `lk_${kind}_${shopId}_${randomBytes(32).toString("base64url")}`;
}

/** The shop id and kind a token names, or undefined when it is not one of ours. */
export function parseToken(token: string): { kind: TokenKind; shopId: number } | undefined {
  const m = /^lk_([skir])_(\d{1,15})_[A-Za-z0-9_-]{43}$/.exec(token);
  if (!m) return undefined;
  return { kind: m[1] as TokenKind, shopId: Number(m[2]) };
}

/** The digest stored for a token. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The CSRF token bound to a session token: an HMAC of the session secret, so it needs no storage
 * and cannot be computed without the (httpOnly) session cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("laoke-csrf").digest("base64url");
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
