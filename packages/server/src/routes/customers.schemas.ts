/** Response schemas of the customer and order routes (so the OpenAPI document describes them). */
import { CHURN_STATUSES, ORDER_STATUSES } from "@laoke/core";
import { z } from "zod";
import { CustomerTagSchema, FollowUpSchema, NoteSchema, ReviewSchema } from "./archive.schemas.ts";
import { isoDate, isoDateOrNull } from "./schemas.ts";

const ChurnStatusSchema = z.enum(CHURN_STATUSES);
const IdentityKindSchema = z.enum([
  "nick",
  "ouid",
  "platform_customer_id",
  "email",
  "phone",
  "address_hash",
  "order",
  "alipay",
]);
const nullableNumber = z.number().nullable();
const nullableString = z.string().nullable();
/** A calendar day, `YYYY-MM-DD`. */
const day = z.string().nullable().describe("YYYY-MM-DD");

/** One customer of the list; name and phone masked. */
export const CustomerListItemSchema = z.object({
  id: z.number(),
  name: nullableString,
  phone: nullableString,
  province: nullableString,
  city: nullableString,
  firstOrderAt: isoDateOrNull,
  lastOrderAt: isoDateOrNull,
  paidOrders: nullableNumber,
  totalSpentFen: nullableNumber,
  aovFen: nullableNumber.describe("客单价 in fen"),
  churnStatus: ChurnStatusSchema.nullable(),
  rfm: z.object({ r: z.number(), f: z.number(), m: z.number() }).nullable(),
  aovTier: nullableNumber,
  pAlive: nullableNumber,
  clvFen: nullableNumber,
  platforms: z.array(z.string()),
});

/** An identity; its value masked unless the answer is an unmask. */
export const IdentitySchema = z.object({
  id: z.number(),
  platform: z.string().describe("'*' for phone and email shared across platforms"),
  kind: IdentityKindSchema,
  value: z.string(),
  maskedAtSource: z.boolean(),
});

/** One line of an order. */
export const OrderItemSchema = z.object({
  lineNo: z.number(),
  title: z.string(),
  attributes: z.record(z.string(), z.string()),
  merchantCode: nullableString,
  unitPriceFen: z.number(),
  quantity: z.number(),
  paidFen: nullableNumber,
  status: z.enum(ORDER_STATUSES).nullable(),
  refundStatus: z.enum(["none", "requested", "refused", "closed", "refunded"]),
  refundFen: z.number(),
  productId: nullableNumber,
  skuId: nullableNumber,
});

/** An order with its lines; the receiver masked (street address and zip omitted). */
export const OrderSchema = z.object({
  id: z.number(),
  platform: z.string(),
  externalId: z.string(),
  customerId: z.number(),
  status: z.enum(ORDER_STATUSES),
  rawStatus: z.string(),
  orderedAt: isoDate,
  paidAt: isoDateOrNull,
  shippedAt: isoDateOrNull,
  receivedAt: isoDateOrNull,
  completedAt: isoDateOrNull,
  closedAt: isoDateOrNull,
  goodsFen: z.number(),
  shippingFen: z.number(),
  discountFen: z.number(),
  paidFen: z.number(),
  refundedFen: z.number(),
  currency: z.string(),
  itemQuantity: nullableNumber,
  buyerMessage: nullableString,
  sellerMemo: nullableString,
  closeReason: nullableString,
  isMobile: z.boolean().nullable(),
  shippingCompany: nullableString,
  trackingNo: nullableString,
  receiver: z.object({
    name: nullableString,
    phone: nullableString,
    country: nullableString,
    province: nullableString,
    city: nullableString,
    district: nullableString,
    address: nullableString,
    zip: nullableString,
  }),
  items: z.array(OrderItemSchema),
});

/** Every customer_metrics column, with the intervals of the predictions. */
export const CustomerMetricsSchema = z.object({
  asOf: isoDate,
  paidOrders: z.number(),
  purchaseDays: z.number(),
  firstOrderAt: isoDateOrNull,
  lastOrderAt: isoDateOrNull,
  totalSpentFen: z.number(),
  aovFen: nullableNumber,
  recencyDays: nullableNumber,
  rScore: nullableNumber,
  fScore: nullableNumber,
  mScore: nullableNumber,
  aovTier: nullableNumber,
  churnStatus: ChurnStatusSchema,
  iptMeanDays: nullableNumber,
  iptMedianDays: nullableNumber,
  favouriteProductId: nullableNumber,
  favouriteProductTitle: nullableString,
  favouriteSkuId: nullableNumber,
  favouriteColour: nullableString,
  favouriteSize: nullableString,
  predictionSource: z.enum(["bgnbd", "pareto-nbd", "heuristic"]).nullable(),
  fitId: nullableNumber,
  pAlive: nullableNumber,
  pAliveLow: nullableNumber,
  pAliveHigh: nullableNumber,
  horizonDays: nullableNumber,
  expectedPurchases: nullableNumber,
  expectedPurchasesLow: nullableNumber,
  expectedPurchasesHigh: nullableNumber,
  expectedNextPurchaseOn: day,
  expectedNextPurchaseLow: day,
  expectedNextPurchaseHigh: day,
  expectedSpendFen: nullableNumber,
  expectedSpendLowFen: nullableNumber,
  expectedSpendHighFen: nullableNumber,
  clvFen: nullableNumber,
  clvLowFen: nullableNumber,
  clvHighFen: nullableNumber,
  computedAt: isoDate,
});

/** A customer's profile, masked (name, phone, email; the address cut to the district). */
export const CustomerProfileSchema = z.object({
  id: z.number(),
  name: nullableString,
  phone: nullableString,
  email: nullableString,
  gender: z.enum(["male", "female"]).nullable(),
  birthdayMonthDay: nullableString.describe("MM-DD"),
  country: nullableString,
  province: nullableString,
  city: nullableString,
  district: nullableString,
  address: nullableString.describe("always null here: see POST /customers/{id}/unmask"),
  zip: nullableString,
  acceptsEmailMarketing: z.boolean().nullable(),
  acceptsSmsMarketing: z.boolean().nullable(),
  note: nullableString,
  firstOrderAt: isoDateOrNull,
  lastOrderAt: isoDateOrNull,
  createdAt: isoDate,
  updatedAt: isoDate,
});

/** One customer's archive, masked. */
export const CustomerDetailSchema = z.object({
  customer: CustomerProfileSchema,
  platforms: z.array(z.string()),
  identities: z.array(IdentitySchema),
  recentOrders: z.array(OrderSchema),
  metrics: CustomerMetricsSchema.nullable(),
  mergedFrom: z.array(
    z.object({
      mergeId: z.number(),
      mergedCustomerId: nullableNumber,
      reason: z.enum(["phone", "email"]),
      matchedValue: z.string(),
      mergedAt: isoDate,
      undoneAt: isoDateOrNull,
      splitCustomerId: nullableNumber,
    }),
  ),
  tags: z.array(CustomerTagSchema),
  notes: z.array(NoteSchema).describe("The 20 newest; GET /customers/{id}/notes pages through all"),
  openFollowUps: z.array(FollowUpSchema).describe("Scheduled visits, soonest first"),
  closedFollowUps: z.array(FollowUpSchema).describe("The 10 latest done or cancelled visits, newest first"),
  reviews: z.array(ReviewSchema).describe("The 10 newest; GET /customers/{id}/reviews pages through all"),
});

/** A customer's personal data in clear (the answer of an audited unmask). */
export const UnmaskedCustomerSchema = z.object({
  id: z.number(),
  name: nullableString,
  phone: nullableString,
  email: nullableString,
  birthday: day,
  country: nullableString,
  province: nullableString,
  city: nullableString,
  district: nullableString,
  address: nullableString,
  zip: nullableString,
  maskedAtSource: z.object({ name: z.boolean(), phone: z.boolean(), address: z.boolean() }),
  identities: z.array(IdentitySchema),
});
