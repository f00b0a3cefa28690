import { describe, expect, it } from "vitest";
import { enUS } from "./en-US.ts";
import { createTranslator, resolveLanguage } from "./index.ts";
import { zhCN } from "./zh-CN.ts";

function leaves(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof obj === "string") out.set(prefix, obj);
  else if (Array.isArray(obj))
    obj.forEach((v, i) => {
      for (const [k, s] of leaves(v, `${prefix}[${i}]`)) out.set(k, s);
    });
  else if (obj && typeof obj === "object") {
    for (const [k, v] of Object.entries(obj))
      for (const [kk, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, s);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  it("have the same keys and the same placeholders in both languages", () => {
    const zh = leaves(zhCN);
    const en = leaves(enUS);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of zh)
      expect({ key, p: placeholders(en.get(key) ?? "") }).toEqual({ key, p: placeholders(text) });
  });

  it("default to Chinese and switch to English by flag or LAOKE_LANG", () => {
    expect(resolveLanguage(undefined, undefined)).toBe("zh-CN");
    expect(resolveLanguage("en", undefined)).toBe("en");
    expect(resolveLanguage(undefined, "en")).toBe("en");
    expect(resolveLanguage("zh-CN", "en")).toBe("zh-CN");
    expect(createTranslator("zh-CN")("errors.shop_exists", { slug: "a" })).toBe("店铺 “a” 已存在。");
    expect(createTranslator("en")("errors.shop_exists", { slug: "a" })).toBe('Shop "a" already exists.');
  });
});
