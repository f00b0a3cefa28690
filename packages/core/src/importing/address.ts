/**
 * Split Chinese addresses as platforms export them:
 * `吉林省 通化市 柳河县 柳河镇紫御府   七号楼    3单元   201室(135300)` (Taobao, space-separated),
 * `江苏省 南京市 建邺区 沙洲街道****` (masked tail), or `北京朝阳区三环以内建国路88号` (JD, no spaces).
 */

import { looksMasked, text, toHalfWidth } from "./cells.ts";
import type { MaybeMasked } from "./model.ts";

export interface ParsedAddress {
  province?: string;
  city?: string;
  district?: string;
  street?: MaybeMasked;
  zip?: string;
}

const ZIP_TAIL = /\s*\((\d{6})\)\s*$/;
const PROVINCE_LEVEL =
  /^(北京|上海|天津|重庆)市?|^(.{2,3}?省)|^(内蒙古|广西|西藏|宁夏|新疆)(?:自治区|壮族自治区|回族自治区|维吾尔自治区)?|^(香港|澳门)(?:特别行政区)?|^(台湾)省?/;
const CITY_LEVEL = /^(.{1,10}?(?:自治州|地区|盟|市))/;
const DISTRICT_LEVEL = /^(.{1,10}?(?:区|县|旗|市))/;

/** Parse an address cell; undefined when blank. */
export function parseChineseAddress(raw: string | undefined): ParsedAddress | undefined {
  const cleaned = text(raw);
  if (cleaned === undefined) return undefined;
  let s = toHalfWidth(cleaned).trim();
  let zip: string | undefined;
  const z = ZIP_TAIL.exec(s);
  if (z) {
    zip = z[1];
    s = s.slice(0, z.index).trim();
  }
  const tokens = s.split(/\s+/).filter(Boolean);
  if (tokens.length >= 3 && PROVINCE_LEVEL.test(tokens[0] ?? "")) {
    const [province, city, district, ...rest] = tokens;
    return finish({ province, city, district, zip }, rest.join(" "));
  }
  if (tokens.length === 2 && PROVINCE_LEVEL.test(tokens[0] ?? "")) {
    return finish({ province: tokens[0], city: tokens[1], zip }, "");
  }
  return splitUnspaced(s, zip);
}

function splitUnspaced(s: string, zip: string | undefined): ParsedAddress {
  const p = PROVINCE_LEVEL.exec(s);
  if (!p) return finish({ zip }, s);
  const province = p[0];
  let rest = s.slice(p[0].length);
  let city: string | undefined;
  const municipality = /^(北京|上海|天津|重庆)/.test(province);
  if (municipality) {
    city = province.endsWith("市") ? province : `${province}市`;
    rest = rest.replace(/^市辖区|^市/, "");
  } else {
    const c = CITY_LEVEL.exec(rest);
    if (c) {
      city = c[1];
      rest = rest.slice(c[0].length);
    }
  }
  const d = DISTRICT_LEVEL.exec(rest);
  let district: string | undefined;
  if (d) {
    district = d[1];
    rest = rest.slice(d[0].length);
  }
  return finish({ province, city, district, zip }, rest);
}

function finish(parts: ParsedAddress, street: string): ParsedAddress {
  const out: ParsedAddress = {};
  for (const k of ["province", "city", "district", "zip"] as const) {
    const v = parts[k]?.trim();
    if (v && !/^\*+$/.test(v)) out[k] = v;
  }
  const st = street.replace(/\s+/g, " ").trim();
  if (st) out.street = { value: st, masked: looksMasked(st) };
  return out;
}
