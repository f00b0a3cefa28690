/** Input schema for creating a shop. */
import { z } from "zod";

/** Validates `laoke shop create` / the shop API input. Time zone must be a real IANA zone. */
export const CreateShopInput = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  name: z.string().trim().min(1).max(200),
  timeZone: z
    .string()
    .default("Asia/Shanghai")
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default("CNY"),
});

export type CreateShopInput = z.input<typeof CreateShopInput>;
