import { describe, expect, it } from "vitest";
import { parseChineseAddress } from "./address.ts";

describe("parseChineseAddress", () => {
  it("splits Taobao's space-separated address with zip and runs of spaces", () => {
    expect(
      parseChineseAddress("吉林省 通化市 柳河县 柳河镇紫御府   七号楼    3单元   201室(135300)"),
    ).toEqual({
      province: "吉林省",
      city: "通化市",
      district: "柳河县",
      street: { value: "柳河镇紫御府 七号楼 3单元 201室", masked: false },
      zip: "135300",
    });
  });

  it("flags a masked street and drops a fully masked district", () => {
    expect(parseChineseAddress("江苏省 南京市 建邺区 沙洲街道****")).toEqual({
      province: "江苏省",
      city: "南京市",
      district: "建邺区",
      street: { value: "沙洲街道****", masked: true },
    });
    expect(parseChineseAddress("上海 上海市 ***")).toEqual({ province: "上海", city: "上海市" });
  });

  it("accepts a full-width zip parenthesis", () => {
    expect(parseChineseAddress("浙江省 杭州市 西湖区 文三路100号（310000）")?.zip).toBe("310000");
  });

  it("splits unspaced addresses (JD style)", () => {
    expect(parseChineseAddress("北京朝阳区三环以内建国路88号")).toEqual({
      province: "北京",
      city: "北京市",
      district: "朝阳区",
      street: { value: "三环以内建国路88号", masked: false },
    });
    expect(parseChineseAddress("广东省深圳市南山区粤海街道科技园1栋")).toEqual({
      province: "广东省",
      city: "深圳市",
      district: "南山区",
      street: { value: "粤海街道科技园1栋", masked: false },
    });
    expect(parseChineseAddress("新疆维吾尔自治区乌鲁木齐市天山区解放路1号")).toMatchObject({
      province: "新疆维吾尔自治区",
      city: "乌鲁木齐市",
      district: "天山区",
    });
  });

  it("keeps unrecognised text as the street", () => {
    expect(parseChineseAddress("Somewhere 12")).toEqual({ street: { value: "Somewhere 12", masked: false } });
  });

  it("gives undefined for blanks", () => {
    expect(parseChineseAddress("")).toBeUndefined();
    expect(parseChineseAddress(undefined)).toBeUndefined();
  });
});
