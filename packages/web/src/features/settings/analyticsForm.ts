/**
 * The analytics settings between the wire (fen, shares 0–1, null = derived from the shop's data)
 * and the form (元, %, an explicit "derived / custom" choice), behaviour thresholds included. The save sends a merge patch of
 * only the settings that changed, so untouched settings keep following their defaults.
 */
import type { GetResponse } from "../../api/client.ts";
import type { paths } from "../../api/schema.gen.ts";

export type AnalyticsView = GetResponse<"/api/v1/shop/settings/analytics">;
export type AnalyticsSettings = AnalyticsView["settings"];
type ClvModel = AnalyticsSettings["clv"]["model"];
type Behaviour = AnalyticsSettings["behaviour"];
export type AnalyticsPatch =
  paths["/api/v1/shop/settings/analytics"]["patch"]["requestBody"]["content"]["application/json"];

/** A setting the server derives from the shop's data unless the owner sets it. */
export interface Derivable<T> {
  custom: boolean;
  value: T | undefined;
}

export interface AnalyticsForm {
  churnDays: Derivable<number>;
  atRiskDays: Derivable<number>;
  recencyDays: Derivable<(number | null)[]>;
  frequency: Derivable<(number | null)[]>;
  monetaryYuan: Derivable<(number | null)[]>;
  aovBandsYuan: Derivable<(number | null)[]>;
  trafficCostPct: number;
  clvModel: ClvModel;
  clvHorizonDays: number;
  clvDiscountPct: number;
  clvPenalty: number;
  clvRefitPct: number;
  behaviour: BehaviourForm;
}

/** The behaviour inference thresholds (decision 0011) as the form holds them: shares in %. */
export interface BehaviourForm {
  significance: number;
  paydayFromDay: number;
  paydayToDay: number;
  paydayMinDays: number;
  giftDaysBefore: number;
  giftMinDays: number;
  promotionMinDays: number;
  seasonalMinDays: number;
  plusMinLines: number;
  plusMinPct: number;
  preferenceMinLines: number;
  preferenceMinPct: number;
  genderMinLines: number;
  genderMinPct: number;
}

/** A form field: a top-level one, or one of the behaviour thresholds. */
export type FormField = keyof AnalyticsForm | ["behaviour", keyof BehaviourForm];

/** The settings with a default value (not derived): each can be reset to it with a null. */
export type DefaultedSetting =
  | "trafficCostShare"
  | "clv.model"
  | "clv.horizonDays"
  | "clv.annualDiscountRate"
  | "clv.penalty"
  | "clv.refitGrowth"
  // The payday window is one setting: its two days are reset together.
  | `behaviour.${keyof Behaviour}`;

export const CUT_POINTS = 4;
export const MAX_AOV_BANDS = 9;

const toYuan = (fen: number) => fen / 100;
const toFen = (yuan: number) => Math.round(yuan * 100);
// Two decimals of a percent is finer than anyone sets a share, and hides float noise (0.07*100).
const toPct = (share: number) => Math.round(share * 10_000) / 100;
const toShare = (pct: number) => Math.round(pct * 100) / 10_000;

function behaviourToForm(b: Behaviour): BehaviourForm {
  return {
    significance: b.significance,
    paydayFromDay: b.payday.fromDay,
    paydayToDay: b.payday.toDay,
    paydayMinDays: b.paydayMinDays,
    giftDaysBefore: b.giftDaysBefore,
    giftMinDays: b.giftMinDays,
    promotionMinDays: b.promotionMinDays,
    seasonalMinDays: b.seasonalMinDays,
    plusMinLines: b.plusMinLines,
    plusMinPct: toPct(b.plusMinShare),
    preferenceMinLines: b.preferenceMinLines,
    preferenceMinPct: toPct(b.preferenceMinShare),
    genderMinLines: b.genderMinLines,
    genderMinPct: toPct(b.genderMinShare),
  };
}

/** The form's behaviour thresholds on the wire (shares 0–1). */
function behaviourFromForm(f: BehaviourForm): Behaviour {
  return {
    significance: f.significance,
    payday: { fromDay: f.paydayFromDay, toDay: f.paydayToDay },
    paydayMinDays: f.paydayMinDays,
    giftDaysBefore: f.giftDaysBefore,
    giftMinDays: f.giftMinDays,
    promotionMinDays: f.promotionMinDays,
    seasonalMinDays: f.seasonalMinDays,
    plusMinLines: f.plusMinLines,
    plusMinShare: toShare(f.plusMinPct),
    preferenceMinLines: f.preferenceMinLines,
    preferenceMinShare: toShare(f.preferenceMinPct),
    genderMinLines: f.genderMinLines,
    genderMinShare: toShare(f.genderMinPct),
  };
}

function derivable<T>(value: T | null, empty: T): Derivable<T> {
  return value === null ? { custom: false, value: empty } : { custom: true, value };
}

export function toForm(s: AnalyticsSettings): AnalyticsForm {
  const blank = () => Array<number | null>(CUT_POINTS).fill(null);
  return {
    churnDays: { custom: s.churnDays !== null, value: s.churnDays ?? undefined },
    atRiskDays: { custom: s.atRiskDays !== null, value: s.atRiskDays ?? undefined },
    recencyDays: derivable(s.rfm.recencyDays, blank()),
    frequency: derivable(s.rfm.frequency, blank()),
    monetaryYuan: derivable(s.rfm.monetaryFen?.map(toYuan) ?? null, blank()),
    aovBandsYuan: derivable<(number | null)[]>(s.aovBandsFen?.map(toYuan) ?? null, [null, null, null]),
    trafficCostPct: toPct(s.trafficCostShare),
    clvModel: s.clv.model,
    clvHorizonDays: s.clv.horizonDays,
    clvDiscountPct: toPct(s.clv.annualDiscountRate),
    clvPenalty: s.clv.penalty,
    clvRefitPct: toPct(s.clv.refitGrowth),
    behaviour: behaviourToForm(s.behaviour),
  };
}

type Group = "rfm" | "clv" | "behaviour";
type Patch = Record<string, unknown> & Partial<Record<Group, Record<string, unknown>>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The wire value of a derivable field: null when derived, the numbers otherwise. */
function wire<T>(field: Derivable<T>, convert: (v: T) => unknown): unknown {
  return field.custom && field.value !== undefined ? convert(field.value) : null;
}

const numbers = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

/** Only the settings whose value differs from what is in force. */
export function toPatch(form: AnalyticsForm, s: AnalyticsSettings): AnalyticsPatch {
  const patch: Patch = {};
  const put = (key: string, next: unknown, current: unknown, group?: Group) => {
    if (same(next, current)) return;
    if (group) patch[group] = { ...patch[group], [key]: next };
    else patch[key] = next;
  };
  put(
    "churnDays",
    wire(form.churnDays, (v) => v),
    s.churnDays,
  );
  put(
    "atRiskDays",
    wire(form.atRiskDays, (v) => v),
    s.atRiskDays,
  );
  put("recencyDays", wire(form.recencyDays, numbers), s.rfm.recencyDays, "rfm");
  put("frequency", wire(form.frequency, numbers), s.rfm.frequency, "rfm");
  put(
    "monetaryFen",
    wire(form.monetaryYuan, (v) => numbers(v).map(toFen)),
    s.rfm.monetaryFen,
    "rfm",
  );
  put(
    "aovBandsFen",
    wire(form.aovBandsYuan, (v) => numbers(v).map(toFen)),
    s.aovBandsFen,
  );
  put("trafficCostShare", toShare(form.trafficCostPct), s.trafficCostShare);
  put("model", form.clvModel, s.clv.model, "clv");
  put("horizonDays", form.clvHorizonDays, s.clv.horizonDays, "clv");
  put("annualDiscountRate", toShare(form.clvDiscountPct), s.clv.annualDiscountRate, "clv");
  put("penalty", form.clvPenalty, s.clv.penalty, "clv");
  put("refitGrowth", toShare(form.clvRefitPct), s.clv.refitGrowth, "clv");
  // The payday window goes whole (the server checks fromDay ≤ toDay on the merged window).
  const behaviour = behaviourFromForm(form.behaviour);
  for (const key of Object.keys(behaviour) as (keyof Behaviour)[])
    put(key, behaviour[key], s.behaviour[key], "behaviour");
  return patch as AnalyticsPatch;
}

/** The value of `field` in `form`. */
export function fieldValue(form: AnalyticsForm, field: FormField): unknown {
  return typeof field === "string" ? form[field] : form.behaviour[field[1]];
}

/** The merge patch that puts one defaulted setting back to its default. */
export function resetPatch(setting: DefaultedSetting): AnalyticsPatch {
  const [group, key] = setting.split(".") as [string, string | undefined];
  return (key ? { [group]: { [key]: null } } : { [group]: null }) as AnalyticsPatch;
}

/** True when the shop has its own value for a defaulted setting. */
export function isOverridden(overrides: Record<string, unknown>, setting: DefaultedSetting): boolean {
  const [group, key] = setting.split(".") as [string, string | undefined];
  const value = overrides[group];
  if (!key) return value !== undefined;
  return typeof value === "object" && value !== null && key in value;
}

/** Rejects cut points that are missing or not strictly ascending (the server sorts nothing). */
export function ascendingError(
  values: (number | null | undefined)[] | undefined,
  length?: number,
): "missing" | "order" | null {
  const list = values ?? [];
  if ((length !== undefined && list.length !== length) || list.some((v) => v === null || v === undefined))
    return "missing";
  for (let i = 1; i < list.length; i++) if ((list[i] as number) <= (list[i - 1] as number)) return "order";
  return null;
}
