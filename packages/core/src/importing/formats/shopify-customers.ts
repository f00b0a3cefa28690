/**
 * Shopify customers export (admin → Customers → Export), current and older headers
 * (export-formats §3b). Ids, phones and zips carry a leading `'` that cleanCell strips.
 */

import { looksMasked } from "../cells.ts";
import type { ImportRecord, MaybeMasked, NormalizedCustomer } from "../model.ts";
import type { Table } from "../source/table.ts";
import { countPresent, headerIndex, RowReader, rejectFromError } from "./rows.ts";
import type { ParseContext, TableParser } from "./types.ts";

/** Logical customer fields -> header aliases; current names first, then the older ones. */
const COLUMNS = {
  id: ["Customer ID"],
  firstName: ["First Name"],
  lastName: ["Last Name"],
  email: ["Email"],
  acceptsEmail: ["Accepts Email Marketing", "Accepts Marketing"],
  address1: ["Default Address Address1", "Address1"],
  address2: ["Default Address Address2", "Address2"],
  city: ["Default Address City", "City"],
  // The older header has the province name; the current one only its code.
  province: ["Province", "Default Address Province Code", "Province Code"],
  country: ["Country", "Default Address Country Code", "Country Code"],
  zip: ["Default Address Zip", "Zip"],
  addressPhone: ["Default Address Phone"],
  phone: ["Phone"],
  acceptsSms: ["Accepts SMS Marketing"],
  note: ["Note"],
  tags: ["Tags"],
  totalSpent: ["Total Spent"],
} as const satisfies Record<string, readonly string[]>;

type Field = keyof typeof COLUMNS;

const ALL_ALIASES = Object.values(COLUMNS).flat();

/** First + Last as one name; masked when the joined text looks masked. */
function fullName(r: RowReader<Field>): MaybeMasked | undefined {
  const value = [r.text("firstName"), r.text("lastName")].filter(Boolean).join(" ");
  return value ? { value, masked: looksMasked(value) } : undefined;
}

/** Address1 + Address2 as one street line. */
function street(r: RowReader<Field>): MaybeMasked | undefined {
  const value = [r.text("address1"), r.text("address2")].filter(Boolean).join(" ");
  return value ? { value, masked: looksMasked(value) } : undefined;
}

/** `"vip, wholesale"` -> ["vip", "wholesale"]; undefined when there are none. */
function tags(raw: string | undefined): string[] | undefined {
  if (!raw) return undefined;
  const list = raw
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  return list.length > 0 ? list : undefined;
}

/** The customer of one row; a row without id, email or phone identifies nobody and is rejected. */
function readCustomer(r: RowReader<Field>): NormalizedCustomer {
  const platformCustomerId = r.id("id");
  const email = r.text("email");
  const phone = r.masked("phone") ?? r.masked("addressPhone");
  if (platformCustomerId === undefined && email === undefined && phone === undefined) {
    r.fail("missing_field", "id", "", "no Customer ID, Email or Phone");
  }
  // Parsed only to reject corrupt rows: lifetime value is recomputed from the orders.
  r.money("totalSpent");
  return {
    platform: "shopify",
    platformCustomerId,
    email,
    phone,
    name: fullName(r),
    address: street(r),
    city: r.text("city"),
    province: r.text("province"),
    country: r.text("country"),
    zip: r.text("zip"),
    acceptsEmailMarketing: r.yesNo("acceptsEmail"),
    acceptsSmsMarketing: r.yesNo("acceptsSms"),
    tags: tags(r.text("tags")),
    note: r.text("note"),
  };
}

/** Parse a Shopify customers table: one customer record per row. */
async function* parseCustomers(table: Table, ctx: ParseContext): AsyncIterable<ImportRecord> {
  const r = new RowReader<Field>(headerIndex<Field>(table.header, COLUMNS), ctx.timeZone);
  for await (const row of table.rows) {
    r.cells = row.cells;
    let customer: NormalizedCustomer;
    try {
      customer = readCustomer(r);
    } catch (e) {
      yield rejectFromError(table, row, e);
      continue;
    }
    yield { kind: "customer", customer, source: { file: table.file, row: row.row } };
  }
}

/** Shopify customers export parser. */
export const shopifyCustomersParser: TableParser = {
  id: "shopify-customers",
  format: "shopify",
  detect(header) {
    const fingerprint =
      countPresent(header, ["Customer ID", "Accepts Email Marketing"]) === 2 ||
      countPresent(header, ["First Name", "Last Name", "Total Spent"]) === 3;
    return fingerprint ? countPresent(header, ALL_ALIASES) : 0;
  },
  parse: parseCustomers,
};
