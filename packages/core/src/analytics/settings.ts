/**
 * The shop's analytics settings: every threshold the metrics use has a default derived from the
 * shop's own data (null here) and can be overridden by the owner. Stored as a sparse JSON object
 * in shops.analytics_settings, so new settings get their default without a migration.
 */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { DomainError } from "../shared/errors.ts";
import type { Shop } from "../shops/index.ts";

const ascending = (values: number[]) => values.every((v, i) => i === 0 || v > (values[i - 1] as number));

/** Four ascending cut points make five scores (1 = worst … 5 = best). */
const CutPoints = z.array(z.number().finite()).length(4).refine(ascending, "must be ascending");

const Share = z.number().min(0).max(1);
const Count = z.number().int().min(1).max(100);

/**
 * Behaviour inference thresholds (decision 0011). Timing behaviours (payday, gift, promotion,
 * seasonal) need a minimum of purchase days and a share of them in the window that the shop's
 * own base rate would reach by chance with probability below `significance` (binomial test).
 * Line-based ones (plus size, preferences, gender) need a minimum of lines and a share.
 */
const Behaviour = z.object({
  significance: z.number().min(0.0001).max(0.2).default(0.01),
  /** Payday buyer: purchase days in this day-of-month window. */
  payday: z
    .object({
      fromDay: z.number().int().min(1).max(31).default(10),
      toDay: z.number().int().min(1).max(31).default(15),
    })
    .refine((w) => w.fromDay <= w.toDay, "fromDay after toDay")
    .default({ fromDay: 10, toDay: 15 }),
  paydayMinDays: Count.default(3),
  /** Gift buyer: purchase days within `giftDaysBefore` days before a gift festival. */
  giftDaysBefore: z.number().int().min(1).max(30).default(10),
  giftMinDays: Count.default(3),
  /** Promotion-driven: purchase days in 618 / 双11 / 双12 windows. */
  promotionMinDays: Count.default(3),
  /** Seasonal: purchase days in one season, over at least two years. */
  seasonalMinDays: Count.default(4),
  /** Plus size: lines in 3XL and up among lines with a size. */
  plusMinLines: Count.default(2),
  plusMinShare: Share.default(0.5),
  /** Preferred colour / size: the most bought value among lines that have one. */
  preferenceMinLines: Count.default(3),
  preferenceMinShare: Share.default(0.5),
  /** Likely gender: lines of women's or men's items. */
  genderMinLines: Count.default(3),
  genderMinShare: Share.default(0.8),
});

export const AnalyticsSettings = z
  .object({
    rfm: z
      .object({
        /** Days since the last purchase; fewer days is better. Null: quintiles of the shop. */
        recencyDays: CutPoints.nullable().default(null),
        /** Purchase days (same-day orders count once). */
        frequency: CutPoints.nullable().default(null),
        /** Net spend in 分. */
        monetaryFen: CutPoints.nullable().default(null),
      })
      .default({ recencyDays: null, frequency: null, monetaryFen: null }),
    /** 客单价 band edges in 分 (ascending); tier 1 is below the first edge. Null: the shop's quartiles. */
    aovBandsFen: z
      .array(z.number().int().nonnegative())
      .min(1)
      .max(9)
      .refine(ascending, "must be ascending")
      .nullable()
      .default(null),
    /**
     * A buyer is churned after this many days without a purchase and at risk after `atRiskDays`.
     * Null: the 90th / 75th percentile of the shop's inter-purchase times (bounded, see metrics.ts).
     */
    churnDays: z.number().int().positive().nullable().default(null),
    atRiskDays: z.number().int().positive().nullable().default(null),
    /** Share of sales paid for traffic (直通车, 推广) on a new customer's order, for the traffic-cost view. */
    trafficCostShare: z.number().min(0).max(1).default(0.2),
    clv: z
      .object({
        model: z.enum(["bgnbd", "pareto-nbd"]).default("bgnbd"),
        horizonDays: z.number().int().min(7).max(3650).default(365),
        /** Yearly discount rate for CLV. */
        annualDiscountRate: z.number().min(0).max(1).default(0.1),
        /** L2 penalty on the log-parameters (0 = plain maximum likelihood; small shops get one anyway). */
        penalty: z.number().min(0).default(0),
        /** Refit when the repeat purchases grew by this share since the last fit. */
        refitGrowth: z.number().min(0).default(0.1),
      })
      .default({ model: "bgnbd", horizonDays: 365, annualDiscountRate: 0.1, penalty: 0, refitGrowth: 0.1 }),
    /** Thresholds of behaviour inference (decision 0011): minimum evidence and share for each. */
    behaviour: Behaviour.default(Behaviour.parse({})),
  })
  .superRefine((s, ctx) => {
    // At risk comes before churned: a buyer at risk longer than churned would never be "at risk".
    if (s.churnDays !== null && s.atRiskDays !== null && s.atRiskDays >= s.churnDays) {
      ctx.addIssue({ code: "custom", path: ["atRiskDays"], message: "must be below churnDays" });
    }
  });

export type AnalyticsSettings = z.output<typeof AnalyticsSettings>;
export type AnalyticsSettingsInput = z.input<typeof AnalyticsSettings>;

/** Defaults for every setting (thresholds derived from data are null). */
export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = AnalyticsSettings.parse({});

/** Validate a settings object; `invalid_input` names the first offending field path. */
export function parseAnalyticsSettings(input: unknown): AnalyticsSettings {
  const parsed = AnalyticsSettings.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new DomainError("invalid_input", { field: issue?.path.join(".") ?? "", value: issue?.message ?? "" });
}

/** The shop's settings with defaults filled in. */
export async function getAnalyticsSettings(db: Kysely<Database>, shop: Shop): Promise<AnalyticsSettings> {
  return parseAnalyticsSettings(await getAnalyticsOverrides(db, shop));
}

/**
 * Replace the shop's overrides (validated as a whole, so a bad value never half-saves). Only the
 * given keys are stored, so later changes to a default still reach this shop.
 */
export async function saveAnalyticsSettings(
  db: Kysely<Database>,
  shop: Shop,
  overrides: AnalyticsSettingsInput,
): Promise<AnalyticsSettings> {
  const settings = parseAnalyticsSettings(overrides);
  await sql`update shops set analytics_settings = ${JSON.stringify(overrides)}::jsonb, updated_at = now()
             where id = ${shop.id}`.execute(db);
  return settings;
}

/** The shop's stored overrides only (what the owner changed). */
export async function getAnalyticsOverrides(
  db: Kysely<Database>,
  shop: Shop,
): Promise<Record<string, unknown>> {
  const row = await db
    .selectFrom("shops")
    .select("analytics_settings")
    .where("id", "=", shop.id)
    .executeTakeFirst();
  return (row?.analytics_settings as Record<string, unknown> | undefined) ?? {};
}

/**
 * Merge `patch` into the stored overrides (nested objects such as `rfm` and `clv` merge key by
 * key; a null removes an override, so the default applies again), validate, save. Returns the
 * settings now in force.
 */
export async function updateAnalyticsSettings(
  db: Kysely<Database>,
  shop: Shop,
  patch: Record<string, unknown>,
): Promise<AnalyticsSettings> {
  const merged = mergeOverrides(await getAnalyticsOverrides(db, shop), patch);
  return saveAnalyticsSettings(db, shop, merged as AnalyticsSettingsInput);
}

function mergeOverrides(
  base: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === null) delete out[key];
    else if (isPlainObject(value) && isPlainObject(current)) out[key] = mergeOverrides(current, value);
    else out[key] = value;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
