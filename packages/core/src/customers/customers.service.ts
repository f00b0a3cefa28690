/**
 * The customer archive: the list (filters, search, keyset pages), one customer's profile with
 * identities, recent orders and predictions, and the audited unmask of their personal data.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import {
  type CustomerNote,
  type CustomerTag,
  type FollowUp,
  toCustomerTag,
  toFollowUp,
  toNote,
} from "../archive/index.ts";
import { recordAudit } from "../audit/index.ts";
import { type Review, toReview } from "../reviews/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import { findCustomerArchive } from "./archive.repository.ts";
import {
  type CustomerIdentity,
  type CustomerListItem,
  type CustomerMergeInto,
  type CustomerMetrics,
  type CustomerProfile,
  type Order,
  toCustomerListItem,
  toCustomerProfile,
  toIdentity,
  toMergeInto,
  toMetrics,
  toOrder,
} from "./customers.mappers.ts";
import * as repo from "./customers.repository.ts";
import {
  type CustomerFilterInput,
  type CustomerSort,
  ListCustomersInput,
  type ListCustomersInput as ListCustomersInputType,
} from "./customers.schema.ts";
import * as list from "./list.repository.ts";
import { searchTerms } from "./search.ts";

// A screenful, as Chinese back-offices page their tables (千牛, JD 商家后台: 20 rows); up to 200 on request.
const DEFAULT_LIMIT = 20;
/** How many of a customer's orders the profile shows. */
export const RECENT_ORDERS = 50;

/** The list's filters as the repository takes them. */
export function toListFilter(input: CustomerFilterInput & { q?: string | undefined }): list.ListFilter {
  return {
    province: input.province,
    platform: input.platform,
    churnStatus: input.churnStatus,
    tier: input.tier === undefined ? undefined : Number(input.tier),
    segment: input.segment === undefined ? undefined : Number(input.segment),
    tag: input.tag === undefined ? undefined : Number(input.tag),
    search: input.q ? searchTerms(input.q) : undefined,
  };
}

function decodeKeyset(cursor: string, sort: CustomerSort): list.Keyset {
  const kind = list.isMetricSort(sort) ? "nullable-number" : "nullable-timestamp";
  const [cursorSort, value, id] = decodeCursor(cursor, ["string", kind, "number"]);
  if (cursorSort !== sort) throw new DomainError("invalid_cursor");
  return { value: value as string | number | null, id: id as number };
}

function sortValue(row: list.CustomerListRow, sort: CustomerSort): string | number | null {
  switch (sort) {
    case "last_order":
      return row.last_order_key;
    case "first_order":
      return row.first_order_key;
    case "spend":
      return row.total_spent_fen;
    case "orders":
      return row.paid_orders;
    case "clv":
      return row.clv_fen;
  }
}

/** Read `limit` rows of the list after `after` (one query; two on the page where a metric runs out). */
async function readPage(
  db: Kysely<Database>,
  shopId: number,
  sort: CustomerSort,
  f: list.ListFilter,
  after: list.Keyset | null,
  limit: number,
): Promise<list.CustomerListRow[]> {
  if (f.search) return list.pageOfSearch(db, shopId, sort, f, after, limit);
  if (!list.isMetricSort(sort)) return list.pageByOrderDate(db, shopId, sort, f, after, limit);
  if (after && after.value === null) return list.pageWithoutMetric(db, shopId, sort, f, after.id, limit);
  const rows = await list.pageByMetric(db, shopId, sort, f, after, limit);
  if (rows.length === limit) return rows;
  return rows.concat(await list.pageWithoutMetric(db, shopId, sort, f, null, limit - rows.length));
}

/** A page of the shop's live customers (masked); `nextCursor` is null on the last page. */
export async function listCustomers(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: ListCustomersInputType,
): Promise<{ items: CustomerListItem[]; nextCursor: string | null }> {
  authorize(actor, "customers:read", shopId);
  const v = parseInput(ListCustomersInput, input);
  const sort = v.sort ?? "last_order";
  const limit = v.limit ?? DEFAULT_LIMIT;
  const after = v.cursor ? decodeKeyset(v.cursor, sort) : null;
  const rows = await readPage(db, shopId, sort, toListFilter(v), after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toCustomerListItem),
    nextCursor: rows.length > limit && last ? encodeCursor([sort, sortValue(last, sort), last.id]) : null,
  };
}

/** One customer's archive, masked. */
export interface CustomerDetail {
  customer: CustomerProfile;
  platforms: string[];
  identities: CustomerIdentity[];
  recentOrders: Order[];
  metrics: CustomerMetrics | null;
  mergedFrom: CustomerMergeInto[];
  tags: CustomerTag[];
  /** The 20 newest notes (GET /customers/{id}/notes pages through all). */
  notes: CustomerNote[];
  /** Open visits, soonest first. */
  openFollowUps: FollowUp[];
  /** The 10 latest done or cancelled visits, newest first. */
  closedFollowUps: FollowUp[];
  /** The 10 newest reviews (GET /customers/{id}/reviews pages through all). */
  reviews: Review[];
}

/** A live customer of the shop, or `not_found` (unknown, another shop's, merged away, anonymised). */
export async function liveCustomer(
  db: Kysely<Database>,
  shopId: number,
  id: number,
): Promise<repo.CustomerRow> {
  const row = await repo.findLiveCustomer(db, shopId, id);
  if (!row) throw new DomainError("not_found");
  return row;
}

/** The customer's profile, identities, newest orders with lines, metrics and merges (masked). */
export async function getCustomer(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
): Promise<CustomerDetail> {
  authorize(actor, "customers:read", shopId);
  const archive = await findCustomerArchive(db, shopId, customerId, RECENT_ORDERS);
  if (!archive) throw new DomainError("not_found");
  const {
    customer,
    identities,
    orders,
    metrics,
    merges,
    tags,
    notes,
    openFollowUps,
    closedFollowUps,
    reviews,
  } = archive;
  return {
    customer: toCustomerProfile(customer),
    platforms: [...new Set(identities.map((i) => i.platform).filter((p) => p !== "*"))].sort(),
    identities: identities.map((i) => toIdentity(i)),
    recentOrders: orders.map(toOrder),
    metrics: metrics ? toMetrics(metrics) : null,
    mergedFrom: merges.map(toMergeInto),
    tags: tags.map(toCustomerTag),
    notes: notes.map(toNote),
    openFollowUps: openFollowUps.map(toFollowUp),
    closedFollowUps: closedFollowUps.map(toFollowUp),
    reviews: reviews.map(toReview),
  };
}

/** A customer's personal data in clear; `maskedAtSource` names fields the platform exported masked. */
export interface UnmaskedCustomer {
  id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  birthday: string | null;
  country: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  zip: string | null;
  maskedAtSource: { name: boolean; phone: boolean; address: boolean };
  identities: CustomerIdentity[];
}

/** The customer's personal data in clear; needs `pii:read` and is written to the audit log. */
export async function unmaskCustomer(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
): Promise<UnmaskedCustomer> {
  authorize(actor, "pii:read", shopId);
  const row = await liveCustomer(db, shopId, customerId);
  const identities = await repo.listIdentities(db, shopId, customerId);
  await recordAudit(db, actor, {
    shopId,
    action: "customer.unmasked",
    targetType: "customer",
    targetIds: [customerId],
    data: { fields: ["name", "phone", "email", "birthday", "address", "identities"] },
  });
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    birthday: row.birthday,
    country: row.country,
    province: row.province,
    city: row.city,
    district: row.district,
    address: row.address,
    zip: row.zip,
    maskedAtSource: { name: row.name_masked, phone: row.phone_masked, address: row.address_masked },
    identities: identities.map((i) => toIdentity(i, true)),
  };
}
