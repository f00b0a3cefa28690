/** Input schemas for creating and changing a shop. */
import { z } from "zod";

/**
 * An IANA time zone name (`Asia/Shanghai`) that the runtime knows. Offsets such as `+08:00` are
 * refused: PostgreSQL reads POSIX offsets with the opposite sign.
 */
export const TimeZone = z
  .string()
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_+\-/]*$/)
  .refine((tz) => canonicalTimeZone(tz) !== null, { message: "unknown IANA time zone" });

/** The zone's canonical spelling (`asia/shanghai` → `Asia/Shanghai`), or null when unknown. */
export function canonicalTimeZone(tz: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A shop's display name. */
const ShopName = z.string().trim().min(1).max(200);
/** An ISO 4217 currency code. */
const Currency = z.string().regex(/^[A-Z]{3}$/);

/** Validates `laoke shop create` / the shop API input. Time zone must be a real IANA zone. */
export const CreateShopInput = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  name: ShopName,
  timeZone: TimeZone.default("Asia/Shanghai"),
  currency: Currency.default("CNY"),
});

export type CreateShopInput = z.input<typeof CreateShopInput>;

/** What `PATCH /shop` may change; omitted fields stay as they are. */
export const UpdateShopInput = z.strictObject({
  name: ShopName.optional(),
  timeZone: TimeZone.optional(),
  currency: Currency.optional(),
});

export type UpdateShopInput = z.input<typeof UpdateShopInput>;
