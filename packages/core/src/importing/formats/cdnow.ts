/**
 * The CDNOW purchase log (the standard customer-base-analysis benchmark; shared/data/README.md):
 * headerless, whitespace-separated `customer_id customer_id_in_master yyyymmdd number_of_cds
 * dollar_value`, one purchase per line. The reader gives it the synthetic header col1..col5.
 */
import { CellError } from "../cells.ts";
import type { NormalizedOrder } from "../model.ts";
import type { Table } from "../source/table.ts";
import { columnIndex } from "./columns.ts";
import { mapRows } from "./row-mapper.ts";
import type { ParseContext, TableParser } from "./types.ts";

const SYNTHETIC_HEADER = ["col1", "col2", "col3", "col4", "col5"];
const YYYYMMDD = /^\d{8}$/;

/**
 * A headerless five-column whitespace table (the reader only produces `colN` headers for
 * numeric whitespace-separated files). detect() sees only the header, so the yyyymmdd check of
 * column 3 happens per row (a non-date rejects that row as invalid_date).
 */
export function detectCdnow(header: readonly string[]): number {
  return header.length === SYNTHETIC_HEADER.length && header.every((h, i) => h === SYNTHETIC_HEADER[i])
    ? 40
    : 0;
}

/**
 * One order per line, platform "cdnow", status completed, currency USD.
 * - externalId `${customerId}-${yyyymmdd}-${n}`, n = 1, 2, … over the lines of that customer and
 *   day so far in the file (counting rejected lines too, so fixing one keeps the others' ids):
 *   stable across re-imports of the same file.
 * - createdAt = paidAt = completedAt = that day 00:00 in the shop time zone (UTC midnight when
 *   the zone is UTC, as the literature assumes).
 * - paidFen = goodsFen = dollar_value in cents; one line "CD" of number_of_cds, whose unit price
 *   is the total / quantity rounded to a cent (the line's paidFen keeps the exact total, so the
 *   rounding remainder is never lost).
 */
async function* parseCdnow(table: Table, ctx: ParseContext) {
  const col = columnIndex(table);
  const c = {
    customer: col.ref("col1"),
    date: col.ref("col3"),
    quantity: col.ref("col4"),
    dollars: col.ref("col5"),
  };
  const occurrences = new Map<string, number>();
  yield* mapRows(table, ctx.timeZone, (r, row) => {
    const customerId = r.required(c.customer);
    const day = r.required(c.date);
    if (!YYYYMMDD.test(day)) throw new CellError("invalid_date", day);
    const key = `${customerId}-${day}`;
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    const createdAt = r.requiredDate(c.date);
    const quantity = r.quantity(c.quantity);
    const totalFen = r.money(c.dollars);
    if (row.cells.length < SYNTHETIC_HEADER.length) throw new CellError("missing_field", "");
    const order: NormalizedOrder = {
      platform: "cdnow",
      externalId: `${key}-${n}`,
      rawStatus: "",
      status: "completed",
      createdAt,
      paidAt: createdAt,
      completedAt: createdAt,
      goodsFen: totalFen,
      shippingFen: 0,
      discountFen: 0,
      paidFen: totalFen,
      refundedFen: 0,
      currency: "USD",
      itemQuantity: quantity,
      buyer: { platformCustomerId: customerId },
      receiver: {},
      items: [
        {
          title: "CD",
          attributes: {},
          unitPriceFen: quantity > 0 ? Math.round(totalFen / quantity) : totalFen,
          quantity,
          paidFen: totalFen,
          refundStatus: "none",
          refundFen: 0,
        },
      ],
    };
    return { kind: "order", order, source: { file: table.file, row: row.row } };
  });
}

/** The CDNOW purchase log parser. */
export const cdnowParsers: TableParser[] = [
  { id: "cdnow", format: "cdnow", detect: detectCdnow, parse: parseCdnow },
];
