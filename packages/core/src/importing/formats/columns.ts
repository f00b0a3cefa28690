/**
 * Column lookup by header NAME for format parsers (never by position: export versions insert
 * and rename columns), with alias groups for renamed columns. Names are compared after
 * normalizeHeader and lower-casing, so `收货地址 `, `店铺Id`/`店铺ID` and `（元）`/`(元)` all match.
 */
import { normalizeHeader } from "../cells.ts";
import type { Table } from "../source/table.ts";

/** Groups of header names meaning the same column; the first present one wins. */
export type AliasGroups = readonly (readonly string[])[];

/** Renames seen across Taobao/Tmall/Qianniu export versions (export-formats.md §1e.5). */
export const TAOBAO_ALIASES: AliasGroups = [
  ["订单备注", "商家备注"],
  ["买家实际支付金额", "买家实付金额"],
  ["宝贝标题", "商品标题", "标题"],
  ["价格", "商品价格"],
  ["购买数量", "宝贝数量", "商品数量"],
  ["收货人姓名", "收件人姓名", "收货人"],
  ["店铺Id", "店铺ID"],
  ["订金排名", "定金排名"],
  ["买家会员ID", "OAID", "ouid", "买家OAID", "买家ouid"],
  ["分阶段订单信息", "分阶段信息"],
  ["是否手机订单", "手机订单"],
  ["订单付款时间", "付款时间"],
  ["商品属性", "颜色/尺码", "销售属性"],
  ["商品ID", "宝贝ID"],
  ["联系手机", "收货人手机", "收件人手机"],
];

/** Lookup key of a header name. */
export function headerKey(name: string): string {
  return normalizeHeader(name).toLowerCase();
}

/** A resolved column: its position (-1 when absent) and the header text as written, for rejects. */
export interface ColRef {
  readonly index: number;
  /** The header text of the column as written, or the requested name when the column is absent. */
  readonly name: string;
}

/** Header lookup for one table; resolve columns once per table, then read cells per row. */
export interface Columns {
  /** True when the column (or one of its aliases) is in the header. */
  has(name: string): boolean;
  /** Position of the column, -1 when absent. */
  index(name: string): number;
  /** The raw cell of the column in a row, undefined when the column is absent or the row short. */
  get(cells: readonly string[], name: string): string | undefined;
  /** The header text as written in the file (for reject messages); `name` itself when absent. */
  rawName(name: string): string;
  /** Resolve a column to a ColRef for fast per-row access. */
  ref(name: string): ColRef;
}

/** Build the column lookup of a table. `aliases` lists renamed columns; exact names win over aliases. */
export function columnIndex(table: Pick<Table, "header" | "rawHeader">, aliases: AliasGroups = []): Columns {
  const positions = new Map<string, number>();
  table.header.forEach((h, i) => {
    const key = h.toLowerCase();
    if (key !== "" && !positions.has(key)) positions.set(key, i);
  });
  const groups = new Map<string, readonly string[]>();
  for (const group of aliases) {
    const keys = group.map(headerKey);
    for (const k of keys) if (!groups.has(k)) groups.set(k, keys);
  }
  const resolved = new Map<string, number>();
  const index = (name: string): number => {
    const cached = resolved.get(name);
    if (cached !== undefined) return cached;
    const key = headerKey(name);
    let at = positions.get(key) ?? -1;
    if (at < 0) {
      for (const alias of groups.get(key) ?? []) {
        const p = positions.get(alias);
        if (p !== undefined) {
          at = p;
          break;
        }
      }
    }
    resolved.set(name, at);
    return at;
  };
  const rawName = (name: string): string => {
    const i = index(name);
    return i < 0 ? name : table.rawHeader[i] || name;
  };
  return {
    has: (name) => index(name) >= 0,
    index,
    get: (cells, name) => {
      const i = index(name);
      return i < 0 ? undefined : cells[i];
    },
    rawName,
    ref: (name) => ({ index: index(name), name: rawName(name) }),
  };
}

/** The normalised, lower-cased header names of a table, for `detect` functions. */
export function headerKeys(header: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const h of header) keys.add(h.toLowerCase());
  return keys;
}

/** How many of `names` are in the header keys (for specificity scores). */
export function countPresent(keys: ReadonlySet<string>, names: readonly string[]): number {
  let n = 0;
  for (const name of names) if (keys.has(headerKey(name))) n++;
  return n;
}

/** True when any of `names` is in the header keys. */
export function hasAny(keys: ReadonlySet<string>, ...names: string[]): boolean {
  return names.some((name) => keys.has(headerKey(name)));
}
