/** Inputs of the customer archive and order reads: list filters, sorts, anonymisation. */
import { z } from "zod";

/** Sorts of the customer list, each descending with the id as tie-breaker. */
export const CUSTOMER_SORTS = ["last_order", "first_order", "spend", "clv", "orders"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

/** Churn states of customer_metrics. */
export const CHURN_STATUSES = ["none", "active", "at_risk", "churned"] as const;

/** Filters of the customer list, shared by the export. */
export const CustomerFilterInput = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe(
      "Exact phone (any format), nick, email or other identity value, exact order number, or a name's start",
    ),
  sort: z.enum(CUSTOMER_SORTS).optional().describe("Descending, id as tie-breaker; default last_order"),
  province: z.string().trim().min(1).max(50).optional(),
  platform: z.string().trim().min(1).max(32).optional().describe("taobao, jd, pdd, shopify, woocommerce…"),
  churnStatus: z.enum(CHURN_STATUSES).optional(),
  tier: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .optional()
    .describe("客单价 (AOV) tier of the last analytics run, 1 = lowest band"),
  segment: z.coerce
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe("Members of this saved segment (as of its last refresh)"),
  tag: z.coerce
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe("Customers with this tag"),
});
export type CustomerFilterInput = z.input<typeof CustomerFilterInput>;

/** One page of the customer list. */
export const ListCustomersInput = CustomerFilterInput.extend({
  cursor: z.string().max(500).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .describe("Rows per page: 20 unless given, at most 200"),
});
export type ListCustomersInput = z.input<typeof ListCustomersInput>;

/** Why a customer's personal data is being erased (kept in the audit log). */
export const AnonymiseCustomerInput = z.object({ reason: z.string().trim().max(500).optional() });
export type AnonymiseCustomerInput = z.input<typeof AnonymiseCustomerInput>;

/** Order statuses as stored. */
export const ORDER_STATUSES = ["unpaid", "paid", "shipped", "completed", "closed"] as const;

/** One page of orders, newest first. */
export const ListOrdersInput = z.object({
  customerId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  platform: z.string().trim().min(1).max(32).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type ListOrdersInput = z.input<typeof ListOrdersInput>;

/** Blank text clears a field (null), as a cleared form field means. */
const profileText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

/** Profile fields staff may edit; omitted fields stay as they are, null clears one. */
export const UpdateProfileInput = z.strictObject({
  name: profileText(100),
  gender: z.enum(["male", "female"]).nullable().optional(),
  birthday: z.iso.date().nullable().optional().describe("YYYY-MM-DD"),
  phone: profileText(30).refine((v) => v == null || /^\+?[\d\s()-]{3,30}$/.test(v)),
  email: profileText(254).refine((v) => v == null || z.email().safeParse(v).success),
  province: profileText(50),
  city: profileText(50),
  district: profileText(50),
  address: profileText(200),
  zip: profileText(20),
  note: profileText(2000),
  acceptsSmsMarketing: z.boolean().nullable().optional(),
  acceptsEmailMarketing: z.boolean().nullable().optional(),
});
export type UpdateProfileInput = z.input<typeof UpdateProfileInput>;
