/**
 * Export of the filtered customer list as CSV: UTF-8 with a BOM (so Excel opens Chinese text),
 * header from the i18n catalogue, read through a database cursor in batches under one snapshot
 * (a million rows never sit in memory), masked unless the caller also holds `pii:read`, every
 * cell safe from formula injection, and audited (`customers.exported`, filter and row count).
 */
import { Readable } from "node:stream";
import type { Database } from "@laoke/db";
import { stringify } from "csv-stringify/sync";
import type { Kysely } from "kysely";
import type pg from "pg";
import { recordAudit } from "../audit/index.ts";
import { createTranslator, type Language } from "../i18n/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize, can } from "../shared/authorize.ts";
import { parseInput } from "../shared/validate.ts";
import { getShopById } from "../shops/index.ts";
import { CustomerFilterInput } from "./customers.schema.ts";
import { toListFilter } from "./customers.service.ts";
import { type CustomerListRow, exportQuery } from "./list.repository.ts";
import { maskEmail, maskName, maskPhone } from "./masking.ts";

const BATCH = 1000;
const BOM = "\uFEFF";

const COLUMNS = [
  "id",
  "name",
  "phone",
  "email",
  "province",
  "city",
  "district",
  "address",
  "platforms",
  "firstOrderAt",
  "lastOrderAt",
  "paidOrders",
  "totalSpent",
  "aov",
  "churnStatus",
  "rScore",
  "fScore",
  "mScore",
  "aovTier",
  "pAlive",
  "clv",
] as const;

/**
 * OWASP CSV injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * would be read by Excel as a formula; a leading `'` makes it text.
 */
export function csvSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function yuan(fen: number | null): string {
  if (fen === null) return "";
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** What the export needs from the database: the query builder and the pool (for the cursor). */
export interface ExportDatabase {
  db: Kysely<Database>;
  pool: pg.Pool;
}

/** A started export: the file name to offer, whether it is masked, and the CSV stream. */
export interface CustomerExport {
  filename: string;
  masked: boolean;
  stream: Readable;
  /** Customers written to the stream so far (all of them once it has ended). */
  exported: () => number;
}

/** Export the shop's customers matching the list filters; needs `export` (and `pii:read` for clear data). */
export async function exportCustomers(
  { db, pool }: ExportDatabase,
  actor: Actor,
  shopId: number,
  input: CustomerFilterInput,
  options: { language: Language },
): Promise<CustomerExport> {
  authorize(actor, "export", shopId);
  const v = parseInput(CustomerFilterInput, input);
  const clear = can(actor, "pii:read", shopId);
  const shop = await getShopById(db, shopId);
  const t = createTranslator(options.language);
  const sort = v.sort ?? "last_order";
  const compiled = exportQuery(shopId, sort, toListFilter(v)).compile(db);
  const when = new Intl.DateTimeFormat("sv-SE", {
    timeZone: shop.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
  });
  const date = (d: Date | null) => (d ? when.format(d) : "");
  const personal = (value: string | null, mask: (s: string | null) => string | null) =>
    (clear ? value : mask(value)) ?? "";
  const cells = (r: CustomerListRow): string[] => [
    String(r.id),
    personal(r.name, maskName),
    personal(r.phone, maskPhone),
    personal(r.email, maskEmail),
    r.province ?? "",
    r.city ?? "",
    r.district ?? "",
    // The street address only in clear exports: masked data stops at the district.
    clear ? (r.address ?? "") : "",
    r.platforms.join(" "),
    date(r.first_order_at),
    date(r.last_order_at),
    r.paid_orders === null ? "" : String(r.paid_orders),
    yuan(r.total_spent_fen),
    yuan(r.aov_fen),
    r.churn_status ? t(`exports.churn.${r.churn_status}`) : "",
    r.r_score === null ? "" : String(r.r_score),
    r.f_score === null ? "" : String(r.f_score),
    r.m_score === null ? "" : String(r.m_score),
    r.aov_tier === null ? "" : String(r.aov_tier),
    r.p_alive === null ? "" : r.p_alive.toFixed(3),
    yuan(r.clv_fen),
  ];
  const csv = (rows: string[][]) => stringify(rows.map((row) => row.map(csvSafe)));
  const filter = { ...v, sort };

  let rows = 0;
  async function* lines(): AsyncGenerator<string> {
    const client = await pool.connect();
    let complete = false;
    try {
      await client.query("begin isolation level repeatable read read only");
      await client.query(`declare customer_export no scroll cursor for ${compiled.sql}`, [
        ...compiled.parameters,
      ]);
      yield BOM + csv([COLUMNS.map((c) => t(`exports.customers.${c}`))]);
      for (;;) {
        const batch = await client.query<CustomerListRow>(`fetch ${BATCH} from customer_export`);
        if (batch.rows.length === 0) break;
        rows += batch.rows.length;
        yield csv(batch.rows.map(cells));
      }
      await client.query("commit");
      complete = true;
    } finally {
      if (!complete) await client.query("rollback").catch(() => {});
      client.release();
      // Recorded when the download ends, finished or not, with what was actually sent.
      await recordAudit(db, actor, {
        shopId,
        action: "customers.exported",
        targetType: "customer",
        data: { filter, rows, masked: !clear, complete },
      });
    }
  }

  const day = when.format(new Date()).slice(0, 10).replaceAll("-", "");
  return {
    filename: `customers-${shop.slug}-${day}.csv`,
    masked: !clear,
    stream: Readable.from(lines(), { objectMode: false }),
    exported: () => rows,
  };
}
