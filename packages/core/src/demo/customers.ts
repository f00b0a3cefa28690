/**
 * Who the demo shop's customers are and when they buy. Each customer is a pure function of
 * (seed, index), so a second platform can re-create the same person later without keeping a list.
 *
 * Purchase timing is BG/NBD: λ ~ Gamma(r, α) purchases per week, p ~ Beta(a, b) dropout after each
 * purchase, exponential gaps; seasonality and segment behaviour thin a λ·max(s) process by s(day)/max(s).
 * Spend is Gamma–Gamma: ν ~ Gamma(q, γ) per customer, each order's target spend ~ Gamma(p, ν)
 * (baskets are filled towards it in basket.ts).
 */

import { DAY_MS, localDay, type Seasonality, type TimingProfile, timeInDay, WEEK_MS } from "./calendar.ts";
import type { Category } from "./catalogue.ts";
import { alipayAccount, emailAddress, mobileNumber, type PersonName, personName } from "./names.ts";
import { type Rng, Weighted } from "./random.ts";
import { type Address, type City, landline, randomAddress, randomCity } from "./regions.ts";

/** Model parameters (documented in the report and README of the demo). */
export const MODEL = {
  /** BG/NBD purchase rate λ ~ Gamma(shape r, rate α), per week (CDNOW-like heterogeneity). */
  r: 0.18,
  alpha: 3.2,
  /** BG/NBD dropout p ~ Beta(a, b). */
  a: 0.8,
  b: 2.4,
  /** Gamma–Gamma spend: per-order Gamma(p, ν), ν ~ Gamma(q, γ); mean spend pγ/(q−1) = 150 yuan. */
  p: 6,
  q: 4,
  gammaFen: 7_500,
  /** First purchases spread with density ∝ 1 + growth·x over the period (x in 0..1). */
  growth: 2,
  /** Safety cap on purchases of one customer. */
  maxPurchases: 250,
} as const;

/** Segment shares. Gift buyers are men; plus-size is independent of timing. */
export const SEGMENTS = { payday: 0.08, gift: 0.05, promo: 0.12, plus: 0.06, female: 0.72 } as const;

/** The person a gift buyer sends parcels to. */
export interface Giftee {
  name: PersonName;
  phone: string;
  address: Address;
  sizeIndex: number;
}

/** Everything stable about one customer. */
export interface CustomerProfile {
  index: number;
  female: boolean;
  name: PersonName;
  birthYear: number;
  phone: string;
  email: string;
  alipay: string;
  home: Address;
  work: Address | undefined;
  /** Landline for 联系电话; `landlineOnly` customers leave 联系手机 empty. */
  landline: string | undefined;
  landlineOnly: boolean;
  timing: TimingProfile;
  plusSize: boolean;
  giftee: Giftee | undefined;
  categories: Weighted<Category>;
  /** Index into S..XXL, or into PLUS_SIZES for plus-size customers. */
  sizeIndex: number;
  shoeSize: string;
  kidSize: string;
  bedSize: string;
  favoriteColor: string;
  mobileShare: number;
  /** BG/NBD λ (per week) and p. */
  lambda: number;
  dropout: number;
  /** Gamma–Gamma ν, per fen. */
  spendRate: number;
}

const CATS: Category[] = ["womenswear", "menswear", "shoes", "kids", "accessories", "home"];
const table = (w: number[]) => new Weighted(CATS, w);
// Weights in order: [women, men, shoes, kids, accessories, home].
/** Category mixes by archetype; `gift` is what gift buyers send. */
export const ARCHETYPES = {
  woman: table([58, 4, 13, 0, 13, 12]),
  mother: table([40, 4, 10, 26, 8, 12]),
  man: table([6, 62, 17, 0, 8, 7]),
  father: table([5, 48, 14, 20, 6, 7]),
  gift: table([62, 0, 8, 0, 30, 0]),
  plus: table([0, 85, 0, 0, 10, 5]),
  plusWoman: table([85, 0, 0, 0, 10, 5]),
};
const COLORS = ["黑色", "白色", "灰色", "藏青色", "米白色", "卡其色", "粉色", "蓝色"];
/** Regular apparel sizes, indexed by `CustomerProfile.sizeIndex`. */
export const APPAREL = ["S", "M", "L", "XL", "XXL"];
/** Size index distribution of women. */
export const WOMEN_SIZE = new Weighted([0, 1, 2, 3, 4], [15, 35, 30, 15, 5]);
/** Size index distribution of men. */
export const MEN_SIZE = new Weighted([0, 1, 2, 3, 4], [4, 16, 32, 30, 18]);
const PLUS_SIZE = new Weighted([0, 1, 2], [45, 35, 20]);

/** Build customer `index` (identities ≥ the Taobao customer count are Shopify-only people). */
export function makeCustomer(rng: Rng, index: number): CustomerProfile {
  const t = rng.next();
  const timing: TimingProfile =
    t < SEGMENTS.gift
      ? "gift"
      : t < SEGMENTS.gift + SEGMENTS.payday
        ? "payday"
        : t < 0.25
          ? "promo"
          : "normal";
  const female = timing !== "gift" && rng.chance(SEGMENTS.female / (1 - SEGMENTS.gift));
  const plusSize = timing !== "gift" && rng.chance(SEGMENTS.plus / (1 - SEGMENTS.gift));
  const name = personName(rng, female);
  const birthYear = rng.range(1965, 2006);
  const phone = mobileNumber(rng, index);
  const city: City = randomCity(rng);
  const home = randomAddress(rng, city);
  const work = rng.chance(0.3)
    ? randomAddress(rng, rng.chance(0.85) ? city : randomCity(rng), true)
    : undefined;
  const hasKids = birthYear < 1996 && rng.chance(0.35);
  let giftee: Giftee | undefined;
  if (timing === "gift") {
    const herCity = rng.chance(0.6) ? city : randomCity(rng);
    giftee = {
      name: personName(rng, true),
      // Offset identity so a giftee's phone can never equal any customer's phone.
      phone: mobileNumber(rng, 60_000_000 + index),
      address: randomAddress(rng, herCity, rng.chance(0.3)),
      sizeIndex: WOMEN_SIZE.pick(rng),
    };
  }
  const categories = plusSize
    ? female
      ? ARCHETYPES.plusWoman
      : ARCHETYPES.plus
    : timing === "gift"
      ? ARCHETYPES.man
      : female
        ? hasKids
          ? ARCHETYPES.mother
          : ARCHETYPES.woman
        : hasKids
          ? ARCHETYPES.father
          : ARCHETYPES.man;
  const hasLandline = rng.chance(0.05);
  return {
    index,
    female,
    name,
    birthYear,
    phone,
    email: emailAddress(rng, index, name),
    alipay: alipayAccount(rng, index, phone, name),
    home,
    work,
    landline: hasLandline ? landline(rng, city) : undefined,
    landlineOnly: hasLandline && rng.chance(0.5),
    timing,
    plusSize,
    giftee,
    categories,
    sizeIndex: plusSize ? PLUS_SIZE.pick(rng) : (female ? WOMEN_SIZE : MEN_SIZE).pick(rng),
    shoeSize: String(female ? rng.range(35, 39) : rng.range(39, 44)),
    kidSize: String(rng.range(9, 15) * 10),
    bedSize: rng.pick(["1.5m床", "1.8m床", "1.8m床", "2.0m床"]),
    favoriteColor: rng.pick(COLORS),
    mobileShare: 0.65 + 0.35 * rng.next(),
    lambda: rng.gamma(MODEL.r, MODEL.alpha),
    dropout: rng.beta(MODEL.a, MODEL.b),
    spendRate: rng.gamma(MODEL.q, MODEL.gammaFen),
  };
}

/** Purchase instants (sorted) of one customer within [startMs, endMs). */
export function purchaseTimes(
  rng: Rng,
  c: CustomerProfile,
  season: Seasonality,
  startMs: number,
  endMs: number,
): number[] {
  const max = season.max(c.timing);
  const g = MODEL.growth;
  // First purchase: growing acquisition (inverse CDF of 1 + g·x), thinned by the customer's curve.
  let day = season.firstDay;
  for (let tries = 0; tries < 200; tries++) {
    const u = rng.next();
    const x = (-1 + Math.sqrt(1 + 2 * g * u * (1 + g / 2))) / g;
    day = season.firstDay + Math.min(season.days - 1, Math.floor(x * season.days));
    if (rng.next() * max < season.demand(c.timing, day)) break;
  }
  const first = clampTime(rng, day, startMs, endMs);
  const times = [first];
  let t = first;
  const envelopeRate = (c.lambda * max) / WEEK_MS;
  while (times.length < MODEL.maxPurchases) {
    if (rng.chance(c.dropout)) break;
    let accepted = false;
    while (!accepted) {
      t += rng.exp(envelopeRate);
      if (t >= endMs) break;
      const d = localDay(t);
      accepted = rng.next() * max < season.demand(c.timing, d);
    }
    if (!accepted) break;
    times.push(clampTime(rng, localDay(t), startMs, endMs));
  }
  return times.sort((x, y) => x - y);
}

function clampTime(rng: Rng, day: number, startMs: number, endMs: number): number {
  for (let i = 0; i < 4; i++) {
    const ms = timeInDay(rng, day);
    if (ms >= startMs && ms < endMs) return ms;
  }
  return Math.max(startMs, Math.min(endMs - 1000, day * DAY_MS));
}
