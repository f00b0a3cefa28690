import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.ts";
import type { CustomerDetail } from "./customers.api.ts";
import { invalidField, profileFormValues, profilePatch } from "./profileForm.ts";

const profile: CustomerDetail["customer"] = {
  id: 1,
  name: "张**",
  phone: "138****1234",
  email: "z***@example.com",
  gender: "female",
  birthdayMonthDay: "05-20",
  country: "CN",
  province: "浙江省",
  city: "杭州市",
  district: "西湖区",
  address: null,
  zip: null,
  acceptsEmailMarketing: null,
  acceptsSmsMarketing: true,
  note: null,
  firstOrderAt: null,
  lastOrderAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("profile form", () => {
  it("starts masked fields empty and sends only what changed", () => {
    const initial = profileFormValues(profile);
    expect(initial).toMatchObject({ name: "", phone: "", gender: "female", province: "浙江省" });
    expect(profilePatch(initial, initial)).toEqual({});
    const patch = profilePatch(initial, {
      ...initial,
      birthday: dayjs("1990-05-20"),
      city: " 宁波市 ",
      district: "",
      gender: "unknown",
      acceptsEmailMarketing: "no",
      acceptsSmsMarketing: "unknown",
    });
    expect(patch).toEqual({
      birthday: "1990-05-20",
      city: "宁波市",
      district: null,
      gender: null,
      acceptsEmailMarketing: false,
      acceptsSmsMarketing: null,
    });
  });

  it("fills masked fields from an unmask, after which emptying one clears it", () => {
    const clear = {
      name: "张三",
      phone: "13812341234",
      email: null,
      birthday: "1990-05-20",
      address: "文三路 1 号",
      zip: "310000",
    } as Parameters<typeof profileFormValues>[1];
    const initial = profileFormValues(profile, clear);
    expect(initial).toMatchObject({ name: "张三", phone: "13812341234", address: "文三路 1 号" });
    expect(initial.birthday?.format("YYYY-MM-DD")).toBe("1990-05-20");
    expect(profilePatch(initial, { ...initial, address: "", birthday: null })).toEqual({
      address: null,
      birthday: null,
    });
  });

  it("names the field a validation error is about", () => {
    const problem = (field: string) =>
      new ApiError(400, {
        type: "",
        title: "参数无效",
        status: 400,
        code: "invalid_input",
        data: { field, value: "" },
        instance: "",
        requestId: "",
      });
    const fields = ["email", "phone"] as const;
    expect(invalidField(problem("body.email"), fields)).toBe("email");
    expect(invalidField(problem("phone"), fields)).toBe("phone");
    expect(invalidField(problem("body.zip"), fields)).toBeUndefined();
    expect(invalidField(new Error("x"), fields)).toBeUndefined();
  });
});
