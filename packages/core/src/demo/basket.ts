/**
 * Baskets: turn a Gamma–Gamma spend target into SKUs and quantities from the categories the
 * customer shops, in the customer's sizes (or the giftee's, or 3XL+ for plus-size buyers).
 */
import { type Catalogue, PLUS_SIZES, type Product, type Sku } from "./catalogue.ts";
import { APPAREL, ARCHETYPES, type CustomerProfile, MEN_SIZE, MODEL, WOMEN_SIZE } from "./customers.ts";
import type { Rng } from "./random.ts";

/** One order line before ids and statuses. */
export interface Line {
  sku: Sku;
  qty: number;
}

function chooseSize(rng: Rng, c: CustomerProfile, p: Product, forGiftee: boolean): string {
  switch (p.sizeKind) {
    case "women":
      if (forGiftee && c.giftee) return APPAREL[c.giftee.sizeIndex] as string;
      if (!c.female) return APPAREL[WOMEN_SIZE.pick(rng)] as string;
      return ownSize(c, p);
    case "men":
      if (c.female) return APPAREL[MEN_SIZE.pick(rng)] as string;
      return ownSize(c, p);
    case "shoesW":
      return c.female ? c.shoeSize : String(rng.range(35, 39));
    case "shoesM":
      return c.female ? String(rng.range(39, 44)) : c.shoeSize;
    case "kids":
      return c.kidSize;
    case "bedding":
      return c.bedSize;
    default:
      return "均码";
  }
}

function ownSize(c: CustomerProfile, p: Product): string {
  if (!c.plusSize) return APPAREL[c.sizeIndex] as string;
  // A plus-size buyer takes the largest regular size when the line has no 大码.
  return p.plus ? (PLUS_SIZES[c.sizeIndex] as string) : "XXL";
}

function chooseSku(rng: Rng, c: CustomerProfile, p: Product, forGiftee: boolean): Sku {
  const color = rng.chance(0.4) && p.colors.includes(c.favoriteColor) ? c.favoriteColor : rng.pick(p.colors);
  const size = chooseSize(rng, c, p, forGiftee);
  return (p.skus.get(`${color}|${size}`) ?? p.skus.values().next().value) as Sku;
}

/** Draw one order's target spend (fen) from the customer's Gamma–Gamma mixture. */
export function targetSpend(rng: Rng, c: CustomerProfile): number {
  return rng.gamma(MODEL.p, c.spendRate);
}

/**
 * Fill a basket whose goods total lands near `targetFen`: the first line is the candidate closest
 * to the target, more lines are added while they fit, cheap items sometimes come in 2–3s.
 */
export function buildBasket(
  rng: Rng,
  c: CustomerProfile,
  catalogue: Catalogue,
  day: number,
  targetFen: number,
  forGiftee: boolean,
): Line[] {
  const lines: Line[] = [];
  const cats = forGiftee ? ARCHETYPES.gift : c.categories;
  let total = 0;
  const candidate = (): Sku | undefined => {
    const product = catalogue.pick(rng, cats.pick(rng), day, c.plusSize && !forGiftee);
    return product ? chooseSku(rng, c, product, forGiftee) : undefined;
  };
  let best: Sku | undefined;
  for (let i = 0; i < 3; i++) {
    const s = candidate();
    if (s && (!best || Math.abs(s.priceFen - targetFen) < Math.abs(best.priceFen - targetFen))) best = s;
  }
  if (!best) {
    const fallback = catalogue.products.find((p) => p.launchDay <= day) ?? catalogue.products[0];
    best = fallback?.skus.values().next().value;
    if (!best) throw new Error("empty catalogue");
  }
  add(best);
  for (let attempts = 0; attempts < 8 && lines.length < 5 && total < targetFen * 0.8; attempts++) {
    const s = candidate();
    if (s && total + s.priceFen <= targetFen * 1.2) add(s);
  }
  return lines;

  function add(sku: Sku): void {
    const existing = lines.find((l) => l.sku === sku);
    const qty =
      sku.priceFen < 5_000 ? (rng.chance(0.7) ? 1 : rng.chance(0.65) ? 2 : 3) : rng.chance(0.06) ? 2 : 1;
    if (existing) existing.qty += qty;
    else lines.push({ sku, qty });
    total += sku.priceFen * qty;
  }
}
