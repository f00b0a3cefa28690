/**
 * fitShopClv: one CLV model fitted on a shop's own purchases up to a calibration end, for
 * `laoke clv fit --shop` — the same summaries the analytics run fits (purchase days in the shop's
 * zone, whole weeks), so the numbers agree with the stored fits.
 */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import type pg from "pg";
import {
  assessFit,
  dayInZone,
  type FitOptions,
  type FitResult,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  groupRfm,
  groupSpend,
  type ModelName,
  parseDay,
  type TrustAssessment,
} from "../clv/index.ts";
import type { Actor } from "../shared/actor.ts";
import { DomainError } from "../shared/errors.ts";
import type { Shop } from "../shops/index.ts";
import { readCustomerFacts } from "./facts.ts";
import { customerRfm } from "./predictions.ts";
import { CustomerSummaries } from "./summary-table.ts";

export interface ShopClvFit {
  fit: FitResult<Record<string, number>>;
  trust: TrustAssessment;
  /** The end of the calibration period (orders after it are not used). */
  calibrationEnd: Date;
}

/** Fit `model` on the shop's buyers as of the end of `calibrationEnd` (default: its latest order). */
export async function fitShopClv(
  handle: { db: Kysely<Database>; pool: pg.Pool },
  _actor: Actor,
  shop: Shop,
  options: { model: ModelName; calibrationEnd?: string } & FitOptions,
): Promise<ShopClvFit> {
  if (options.calibrationEnd !== undefined) parseDay(options.calibrationEnd, "calibrationEnd");
  const { rows } = await sql<{ end: Date | null }>`
    select case when ${options.calibrationEnd ?? null}::date is null
                then (select max(ordered_at) from orders where shop_id = ${shop.id})
                else ((${options.calibrationEnd ?? null}::date + 1)::timestamp at time zone ${shop.timeZone})
                     - interval '1 millisecond' end as end`.execute(handle.db);
  const end = rows[0]?.end;
  if (!end) throw new DomainError("clv_no_customers", { calibrationEnd: options.calibrationEnd ?? "" });
  const summaries = new CustomerSummaries();
  await readCustomerFacts(handle.pool, shop, { kind: "all" }, end, summaries);
  const endDay = dayInZone(shop.timeZone)(end);
  const customers = [];
  for (let i = 0; i < summaries.length; i++) {
    const c = customerRfm(summaries, i, endDay);
    if (c) customers.push(c);
  }
  if (customers.length === 0) {
    throw new DomainError("clv_no_customers", { calibrationEnd: options.calibrationEnd ?? "" });
  }
  const fitOptions: FitOptions = { penalty: options.penalty };
  let fit: FitResult<Record<string, number>>;
  if (options.model === "gamma-gamma") {
    const spendRows = groupSpend(customers);
    if (spendRows.length === 0) {
      throw new DomainError("clv_not_enough_data", { model: options.model, detail: "x > 0, m > 0" });
    }
    fit = fitGammaGamma(spendRows, fitOptions);
  } else {
    const rfmRows = groupRfm(customers);
    fit = options.model === "bgnbd" ? fitBgNbd(rfmRows, fitOptions) : fitParetoNbd(rfmRows, fitOptions);
  }
  const trust = assessFit(
    fit,
    options.model === "gamma-gamma" ? customers.filter((c) => c.x > 0) : customers,
  );
  return { fit, trust, calibrationEnd: end };
}
