/**
 * The demo shop's catalogue: ~80 apparel/home products in six categories, each with SKUs over
 * 颜色分类 × 尺码, list prices in 分, merchant codes like `WF-2301-BK-XL` and keyword-stuffed titles
 * the way Taobao sellers write them. Products launch over time; an order only picks products
 * already on sale.
 */
import { civil, localDay } from "./calendar.ts";
import {
  type Category,
  COLOR_CODES,
  MATERIAL,
  PALETTES,
  PLUS_SIZES,
  PLUS_WORDS,
  SEASONS,
  SIZES,
  type SizeKind,
  SPECS,
  type Spec,
  STYLE,
} from "./catalogue-data.ts";
import { pad, Rng } from "./random.ts";

export { type Category, PLUS_SIZES, type SizeKind };

/** One sellable variant. */
export interface Sku {
  product: Product;
  color: string;
  size: string;
  priceFen: number;
  /** 商家编码 of the SKU. */
  code: string;
  /** 商品属性 as exported: `颜色分类：黑色;尺码：XL`. */
  attributes: string;
}

/** One listed product. */
export interface Product {
  index: number;
  category: Category;
  /** 外部系统编号 / product-level merchant code, e.g. `WF-2301`. */
  code: string;
  title: string;
  /** Short product name used as the Shopify line item name. */
  name: string;
  priceFen: number;
  /** First local day the product is on sale. */
  launchDay: number;
  sizeKind: SizeKind;
  /** Has 3XL–5XL variants (大码). */
  plus: boolean;
  skus: Map<string, Sku>;
  colors: readonly string[];
  sizes: readonly string[];
}

function roundPrice(rng: Rng, lo: number, hi: number): number {
  const yuan = lo + (hi - lo) * rng.next() ** 1.3;
  const x = rng.next();
  // Sellers price at 59.90 / 128.00 / 199.00 style points.
  if (x < 0.45) return (Math.floor(yuan / 10) * 10 + 9) * 100;
  if (x < 0.8) return Math.round(Math.floor(yuan) * 100 + 90);
  return Math.max(Math.round(lo * 100), Math.round(yuan) * 100);
}

function sizeCode(size: string): string {
  if (size === "均码") return "F";
  const bed = /^(\d)\.(\d)m床$/.exec(size);
  return bed ? `${bed[1]}${bed[2]}` : size;
}

function buildTitle(
  rng: Rng,
  category: Category,
  noun: string,
  year: number,
  month: number,
  spec: Spec,
  plus: boolean,
): string {
  const season = SEASONS[Math.floor(((month + 9) % 12) / 3)] as string;
  const styles = rng.shuffle([...STYLE[category]]).slice(0, 4);
  const gender =
    spec[3] === "women" || spec[3] === "shoesW"
      ? "女"
      : spec[3] === "men" || spec[3] === "shoesM"
        ? "男"
        : "";
  const words: string[] = [noun + gender, `${year}${season}新款`];
  if (plus && (spec[3] === "women" || spec[3] === "men")) words.push(rng.pick(PLUS_WORDS[spec[3]]));
  words.push(styles[0] as string, styles[1] as string);
  const apparel = category === "womenswear" || category === "menswear";
  // Skip a second fabric when the noun already names one (no 冰丝…加绒加厚 titles).
  if (apparel && rng.chance(0.6) && !MATERIAL.some((m) => noun.includes(m.slice(0, 2)))) {
    words.push(rng.pick(MATERIAL));
  }
  words.push(styles[2] as string, styles[3] as string);
  let title = "";
  for (const w of words) if ((title + w).length <= 30) title += w;
  return title;
}

/** The shop's products for a seed; launch dates spread over the simulated period. */
export function buildCatalogue(seed: number, startMs: number, endMs: number): Product[] {
  const rng = new Rng(seed, 0xca7a);
  const products: Product[] = [];
  const firstDay = localDay(startMs);
  const lastDay = localDay(endMs - 1);
  const usedCodes = new Set<string>();
  for (const category of Object.keys(SPECS) as Category[]) {
    const { code: prefix, specs } = SPECS[category];
    for (const spec of specs) {
      const [noun, lo, hi, sizeKind, plusCapable] = spec;
      // A third of the range is older stock already listed when the period starts.
      const launchDay = rng.chance(0.35)
        ? firstDay - rng.range(30, 400)
        : firstDay + Math.floor(rng.next() ** 1.2 * Math.max(1, lastDay - firstDay - 30));
      const { y, m } = civil(launchDay);
      let code = "";
      for (let seq = 1; !code || usedCodes.has(code); seq++)
        code = `${prefix}-${pad(y % 100, 2)}${pad(seq, 2)}`;
      usedCodes.add(code);
      const plus = plusCapable === true && rng.chance(0.75);
      const palette = rng.shuffle([...PALETTES[category]]);
      const colors = palette.slice(0, rng.range(2, Math.min(6, palette.length)));
      const sizes = [...SIZES[sizeKind], ...(plus ? PLUS_SIZES : [])];
      const priceFen = roundPrice(rng, lo, hi);
      const product: Product = {
        index: products.length,
        category,
        code,
        title: buildTitle(rng, category, noun, y, m, spec, plus),
        name: noun,
        priceFen,
        launchDay,
        sizeKind,
        plus,
        skus: new Map(),
        colors,
        sizes,
      };
      const sizeKey = sizeKind === "bedding" ? "适用床尺寸" : "尺码";
      const surcharge = plus && rng.chance(0.5) ? 1000 : 0;
      for (const color of colors) {
        for (const size of sizes) {
          const extra =
            size === "4XL" || size === "5XL"
              ? surcharge
              : size === "1.8m床"
                ? 2000
                : size === "2.0m床"
                  ? 4000
                  : 0;
          const attributes =
            sizeKind === "free" ? `颜色分类：${color}` : `颜色分类：${color};${sizeKey}：${size}`;
          product.skus.set(`${color}|${size}`, {
            product,
            color,
            size,
            priceFen: priceFen + extra,
            code: `${code}-${COLOR_CODES[color] ?? "XX"}-${sizeCode(size)}`,
            attributes,
          });
        }
      }
      products.push(product);
    }
  }
  return products;
}

/** Catalogue grouped for fast picking. */
export class Catalogue {
  readonly byCategory: Map<Category, Product[]>;
  readonly plusByCategory: Map<Category, Product[]>;

  constructor(readonly products: readonly Product[]) {
    this.byCategory = new Map();
    this.plusByCategory = new Map();
    for (const p of products) {
      const list = this.byCategory.get(p.category) ?? [];
      list.push(p);
      this.byCategory.set(p.category, list);
      if (p.plus) {
        const plus = this.plusByCategory.get(p.category) ?? [];
        plus.push(p);
        this.plusByCategory.set(p.category, plus);
      }
    }
  }

  /** A product of the category on sale on `day` (plus-size lines only when `plus`), or undefined. */
  pick(rng: Rng, category: Category, day: number, plus: boolean): Product | undefined {
    const pool = (plus ? this.plusByCategory.get(category) : undefined) ?? this.byCategory.get(category);
    if (!pool || pool.length === 0) return undefined;
    for (let i = 0; i < 8; i++) {
      const p = rng.pick(pool);
      if (p.launchDay <= day) return p;
    }
    const onSale = pool.filter((p) => p.launchDay <= day);
    return onSale.length > 0 ? rng.pick(onSale) : undefined;
  }
}
