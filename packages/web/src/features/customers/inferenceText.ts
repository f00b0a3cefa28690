/**
 * An inference in plain words: what was inferred ("发薪日买家") and the evidence behind it
 * ("5 个购买日中 4 个在每月 10–15 日(80%,本店平均 21%)"), from the counts the server keeps
 * (packages/core/src/behaviour/infer.repository.ts). Pure, so both languages can be tested.
 */
import { formatPercent } from "../../app/format.ts";
import type { Inference } from "./behaviour.api.ts";

/** A translate function over the `archive` namespace with loose keys (they are built from kinds). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What an inference claims, and its evidence (null when the evidence lacks a count it needs). */
export interface InferenceText {
  label: string;
  evidence: string | null;
}

/** Confidence bands: the Wilson lower bound of 3 of 3 is 0.44, of 5 of 5 0.57, of 10 of 10 0.72. */
export function confidenceLevel(confidence: number): "low" | "medium" | "high" {
  return confidence >= 0.7 ? "high" : confidence >= 0.4 ? "medium" : "low";
}

const GIFT_FESTIVALS = ["valentines", "520", "qixi", "mothers_day", "fathers_day", "christmas"];
const SEASONS = ["spring", "summer", "autumn", "winter"];

/** The inference's label and evidence in the language of `t`. */
export function describeInference(
  inference: Pick<Inference, "kind" | "value" | "evidence">,
  t: Translate,
): InferenceText {
  const e = inference.evidence;
  const num = (key: string) => (typeof e[key] === "number" ? (e[key] as number) : null);
  const pct = (key: string) => formatPercent(num(key), 0);
  const list = (items: string[]) => items.join(t("inferences.listSeparator"));
  const value = inference.value ?? "";
  // Every count a sentence names must be there; older or partial evidence shows the label only.
  const needs = (...keys: string[]) => keys.every((key) => num(key) !== null);
  const say = (key: string, keys: string[], extra: Record<string, unknown> = {}): string | null =>
    needs(...keys)
      ? t(`inferences.evidence.${key}`, {
          ...Object.fromEntries(keys.map((k) => [k, num(k)])),
          sharePct: pct("share"),
          shopSharePct: pct("shopShare"),
          ...extra,
        })
      : null;

  switch (inference.kind) {
    case "payday_buyer": {
      const window = Array.isArray(e.window) ? (e.window as unknown[]) : [];
      const [from, to] = window;
      return {
        label: t("inferences.kind.payday_buyer"),
        evidence:
          typeof from === "number" && typeof to === "number"
            ? say("payday", ["days", "inWindow"], { from, to })
            : null,
      };
    }
    case "gift_buyer": {
      const named = (Array.isArray(e.festivals) ? (e.festivals as unknown[]) : []).filter(
        (f): f is string => typeof f === "string" && GIFT_FESTIVALS.includes(f),
      );
      const festivals = named.length
        ? list(named.map((f) => t(`inferences.festival.${f}`)))
        : t("inferences.festival.any");
      return {
        label: t("inferences.kind.gift_buyer"),
        evidence: say("gift", ["days", "beforeFestival", "daysBefore"], { festivals }),
      };
    }
    case "promotion_driven": {
      const base = say("promotion", ["days", "onPromotion"]);
      const discounted = num("discountedDays");
      return {
        label: t("inferences.kind.promotion_driven"),
        evidence:
          base && discounted !== null ? base + t("inferences.evidence.discounted", { discounted }) : base,
      };
    }
    case "seasonal_buyer": {
      const season = SEASONS.includes(value) ? t(`inferences.season.${value}`) : value;
      return {
        label: t("inferences.kind.seasonal_buyer", { season }),
        evidence: say("seasonal", ["days", "inSeason", "years"], { season }),
      };
    }
    case "plus_size": {
      const sizes = (Array.isArray(e.sizes) ? (e.sizes as unknown[]) : []).filter(
        (s): s is string => typeof s === "string",
      );
      const base = say("plusSize", ["lines", "plusLines"]);
      return {
        label: t("inferences.kind.plus_size"),
        evidence: base && sizes.length ? base + t("inferences.evidence.sizes", { sizes: list(sizes) }) : base,
      };
    }
    case "preferred_colour":
    case "preferred_size":
      return {
        label: t(`inferences.kind.${inference.kind}`, { value }),
        evidence: say("preference", ["lines", "withValue"]),
      };
    case "likely_gender":
      return {
        label: t(value === "male" ? "inferences.kind.likely_male" : "inferences.kind.likely_female"),
        evidence: say("gender", ["lines", "womensLines", "mensLines"]),
      };
    default:
      // A kind this build does not know yet (a newer server): its name, without words for the evidence.
      return { label: String(inference.kind), evidence: null };
  }
}

/** The whole line: "发薪日买家 — 5 个购买日中 4 个在每月 10–15 日(80%,本店平均 21%)". */
export function inferenceSentence(
  inference: Pick<Inference, "kind" | "value" | "evidence">,
  t: Translate,
): string {
  const { label, evidence } = describeInference(inference, t);
  return evidence ? t("inferences.sentence", { label, evidence }) : label;
}
