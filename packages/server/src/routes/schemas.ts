/** Response and parameter schemas shared by several route modules. */
import { PERMISSIONS, ROLES } from "@laoke/core";
import { z } from "zod";

/** A timestamp: a Date in the handler, an ISO 8601 string on the wire. */
export const isoDate = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s) => new Date(s),
  encode: (d) => d.toISOString(),
});

/** A nullable timestamp. */
export const isoDateOrNull = isoDate.nullable();

/** `{ id }` path parameter of a numeric id. Out-of-range ids answer 404 like unknown ones. */
export const IdParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** A role name. */
export const RoleSchema = z.enum(ROLES as ["owner", "admin", "presale", "aftersale", "analyst"]);

/** A permission name. */
export const PermissionSchema = z.enum(PERMISSIONS);

/** A shop. */
export const ShopSchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  createdAt: isoDate,
});

/** A staff member. */
export const StaffMemberSchema = z.object({
  id: z.number(),
  shopId: z.number(),
  accountId: z.number(),
  displayName: z.string(),
  role: RoleSchema,
  status: z.enum(["active", "deactivated"]),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: isoDate,
  deactivatedAt: isoDateOrNull,
  lastLoginAt: isoDateOrNull,
});

/** The customer beside a row of another list: masked name and platform nick or id. */
export const CustomerBriefSchema = z.object({
  id: z.number(),
  name: z.string().nullable().describe("Always masked (张*); POST /customers/{id}/unmask shows it"),
  nick: z.string().nullable().describe("The customer's platform nick (e.g. Taobao) or platform customer id"),
});

/** `{ ok: true }` for actions without a body to return. */
export const OkSchema = z.object({ ok: z.literal(true) });

/** Cursor pagination query parameters. */
export const PageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
