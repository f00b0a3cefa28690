import { describe, expect, it } from "vitest";
import { byMapProvince, mapProvince } from "./provinces.data.ts";

describe("mapProvince", () => {
  it("finds the map's name however the importer wrote the province", () => {
    expect(mapProvince("浙江省")).toBe("浙江");
    expect(mapProvince("北京")).toBe("北京");
    expect(mapProvince("上海市")).toBe("上海");
    expect(mapProvince("广西壮族自治区")).toBe("广西");
    expect(mapProvince("内蒙古自治区")).toBe("内蒙古");
    expect(mapProvince("新疆维吾尔自治区")).toBe("新疆");
    expect(mapProvince("香港特别行政区")).toBe("香港");
    expect(mapProvince(" 黑龙江省 ")).toBe("黑龙江");
    expect(mapProvince("Zhejiang")).toBe("浙江");
    expect(mapProvince("Inner Mongolia")).toBe("内蒙古");
    expect(mapProvince("Shaanxi")).toBe("陕西");
    expect(mapProvince("Shanxi")).toBe("山西");
    expect(mapProvince("ZJ")).toBe("浙江");
    expect(mapProvince("浙江杭州市")).toBe("浙江");
  });

  it("says null for what is no province of China", () => {
    expect(mapProvince(null)).toBeNull();
    expect(mapProvince("  ")).toBeNull();
    expect(mapProvince("California")).toBeNull();
    expect(mapProvince("Noord-Holland")).toBeNull();
  });
});

describe("byMapProvince", () => {
  it("merges the spellings of one province and counts the rest apart", () => {
    const row = (key: string | null, buyers: number) => ({
      key,
      buyers,
      repeatBuyers: 1,
      orders: buyers * 2,
      revenueFen: buyers * 100,
    });
    const { provinces, unknownBuyers } = byMapProvince([
      row("广东省", 5),
      row("浙江省", 7),
      row("Guangdong", 4),
      row(null, 3),
      row("California", 2),
    ]);
    expect(provinces.map((p) => [p.name, p.buyers, p.repeatBuyers, p.revenueFen])).toEqual([
      ["广东", 9, 2, 900],
      ["浙江", 7, 1, 700],
    ]);
    expect(unknownBuyers).toBe(5);
  });
});
