import { describe, expect, it } from "vitest";
import {
  maskAddress,
  maskBirthday,
  maskEmail,
  maskIdentityValue,
  maskName,
  maskOpaque,
  maskPhone,
} from "./masking.ts";

describe("maskName", () => {
  it("keeps the first character and hides each other one", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("张三丰")).toBe("张**");
    // Compound surnames are not recognised: the first character only, like any name.
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskName("John Smith")).toBe("J*********");
    expect(maskName("𠀀丽")).toBe("𠀀*");
  });
  it("keeps a lone character, null, and values already masked", () => {
    expect(maskName("张")).toBe("张");
    expect(maskName("张*")).toBe("张*");
    expect(maskName("**")).toBe("**");
    expect(maskName(null)).toBeNull();
    expect(maskName("  ")).toBe("");
  });
});

describe("maskPhone", () => {
  it("keeps the first three and last four digits of a mainland mobile", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskPhone("+86 138 1234 1234")).toBe("138****1234");
    expect(maskPhone("008613812341234")).toBe("138****1234");
  });
  it("hides at least half of other numbers, and all of short ones", () => {
    expect(maskPhone("0571-88881234")).toBe("057******234");
    expect(maskPhone("+44 20 7946 0958")).toBe("+442******958");
    expect(maskPhone("88881234")).toBe("88****34");
    expect(maskPhone("1234567")).toBe("****");
    expect(maskPhone("110")).toBe("****");
    expect(maskPhone("无")).toBe("****");
  });
  it("keeps null and values already masked", () => {
    expect(maskPhone("138****1234")).toBe("138****1234");
    expect(maskPhone(null)).toBeNull();
  });
});

describe("other fields", () => {
  it("masks emails to the first character and the domain", () => {
    expect(maskEmail("alice@example.com")).toBe("a***@example.com");
    expect(maskEmail("王@例子.中国")).toBe("王***@例子.中国");
    expect(maskEmail("not-an-email")).toBe("n***");
    expect(maskEmail(null)).toBeNull();
  });
  it("cuts addresses to the district", () => {
    const parts = {
      country: "中国",
      province: "浙江省",
      city: "杭州市",
      district: "西湖区",
      address: "文三路100号",
      zip: "310012",
    };
    expect(maskAddress(parts)).toEqual({ ...parts, address: null, zip: null });
  });
  it("masks identity values by kind; nicks and platform ids stay", () => {
    expect(maskIdentityValue("phone", "13812341234")).toBe("138****1234");
    expect(maskIdentityValue("email", "bob@example.com")).toBe("b***@example.com");
    expect(maskIdentityValue("alipay", "bob@example.com")).toBe("b***@example.com");
    expect(maskIdentityValue("alipay", "13812341234")).toBe("138****1234");
    expect(maskIdentityValue("address_hash", "9f86d081884c7d65")).toBe("9f***");
    expect(maskIdentityValue("nick", "tb_小王")).toBe("tb_小王");
    expect(maskIdentityValue("platform_customer_id", "7001")).toBe("7001");
    expect(maskOpaque(null)).toBeNull();
  });
  it("keeps a birthday's month and day only", () => {
    expect(maskBirthday("1990-05-12")).toBe("05-12");
    expect(maskBirthday(null)).toBeNull();
  });
});
