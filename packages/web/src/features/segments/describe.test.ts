import { describe, expect, it } from "vitest";
import i18n from "../../app/i18n.ts";
import { resources } from "../../locales/index.ts";
import { CATALOGUE, FIELDS } from "./catalogue.fixture.ts";
import { type DescribeLookups, describeRule, formatMoney } from "./describe.ts";
import { opKey, ruleLabels, type Translate } from "./labels.ts";

function say(rule: unknown, language: "zh-CN" | "en-US" = "zh-CN"): string {
  const t = i18n.getFixedT(language, "segments") as unknown as Translate;
  const common = i18n.getFixedT(language, "common") as unknown as Translate;
  const lookups: DescribeLookups = {
    tag: (id) => ({ 1: "VIP", 2: "老客" })[id],
    group: (id) => ({ 5: "老客群", 6: "VIP群" })[id],
    product: (id) => (id === 7 ? "真丝连衣裙" : undefined),
    sku: (id) => (id === 70 ? "真丝连衣裙 · 红 / M" : undefined),
    platform: (p) => common(`platform.${p}`),
  };
  return describeRule(rule, FIELDS, ruleLabels(t), lookups);
}

describe("describeRule", () => {
  it("reads a rule as one plain sentence", () => {
    expect(
      say({
        all: [
          { field: "total_spent_fen", op: "gte", value: 50_000 },
          { field: "province", op: "in", value: ["浙江省", "江苏省"] },
        ],
      }),
    ).toBe("累计消费 ≥ ¥500 且 省份属于 浙江省、江苏省");
  });

  it("brackets nested groups and names tags, products, platforms and enum values", () => {
    const rule = {
      any: [
        {
          all: [
            { field: "tags", op: "has_any", value: [1, 2, 3] },
            { field: "products", op: "bought_any", value: [7], withinDays: 30 },
          ],
        },
        { all: [{ field: "churn_status", op: "in", value: ["at_risk", "churned"] }] },
        { field: "platforms", op: "has_none", value: ["jd", "pdd"] },
      ],
    };
    expect(say(rule)).toBe(
      "(标签包含任一:VIP、老客、标签 #3 且 买过任一 真丝连衣裙(最近 30 天内)) 或 " +
        "流失状态属于 有流失风险、已流失 或 不是 京东、拼多多 的客户",
    );
    expect(say(rule, "en-US")).toBe(
      "(Tags include any of VIP, 老客, tag #3 and bought any of 真丝连衣裙 (in the last 30 days)) or " +
        "Churn status is one of At risk, Churned or is not a customer on JD, Pinduoduo",
    );
  });

  it("leaves out brackets a lone group does not need", () => {
    const lone = {
      all: [
        {
          any: [
            { field: "gender", op: "in", value: ["female"] },
            { field: "city", op: "eq", value: "杭州市" },
          ],
        },
      ],
    };
    expect(say(lone)).toBe("性别属于 女 或 城市 = 杭州市");
  });

  it("says numbers in their units: money, percentages, days, ranges and dates", () => {
    expect(say({ field: "aov_fen", op: "between", value: [9_990, 20_000] })).toBe(
      "客单价 在 ¥99.90 至 ¥200 之间",
    );
    expect(say({ field: "p_alive", op: "lt", value: 0.35 })).toBe("仍活跃概率 < 35%");
    expect(say({ field: "recency_days", op: "gte", value: 90 })).toBe("距上次购买天数 ≥ 90 天");
    expect(say({ field: "last_order_at", op: "within_last_days", value: 30 })).toBe(
      "最近下单时间在最近 30 天内",
    );
    expect(say({ field: "first_order_at", op: "before", value: "2025-01-01" })).toBe(
      "首次下单时间早于 2025-01-01",
    );
    expect(say({ field: "accepts_sms_marketing", op: "is_false" })).toBe("不接受短信营销");
    expect(say({ field: "product_keyword", op: "not_bought", value: "羊毛" })).toBe(
      "没买过标题含“羊毛”的商品",
    );
    expect(say({ field: "skus", op: "bought_all", value: [70] })).toBe("全部买过 真丝连衣裙 · 红 / M");
  });

  it("names customer groups and says how long a lurker has been silent", () => {
    expect(say({ field: "groups", op: "has_any", value: [5, 6] })).toBe("在客户群 老客群、VIP群 中");
    expect(say({ field: "groups", op: "has_none", value: [5, 9] })).toBe("不在客户群 老客群、群 #9 中");
    expect(say({ field: "lurker_in_group", op: "is_lurker", value: 30 })).toBe("在任一群里潜水超过 30 天");
    expect(say({ field: "lurker_in_group", op: "not_lurker", value: 30 }, "en-US")).toBe(
      "not lurking in any group for over 30 days",
    );
  });

  it("formats whole 元 without decimals", () => {
    expect(formatMoney(50_000)).toBe("¥500");
    expect(formatMoney(1_999)).toBe("¥19.99");
  });
});

describe("labels", () => {
  it("name every field, operator and enum value of the server's catalogue in both languages", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const catalogue = resources[language].segments as unknown as {
        field: Record<string, string>;
        op: Record<string, string>;
        describe: Record<string, string>;
        enum: Record<string, Record<string, string>>;
      };
      for (const field of CATALOGUE) {
        expect(catalogue.field[field.name], `${language} field ${field.name}`).toBeTruthy();
        for (const op of field.operators) {
          const key = opKey(field.type, op);
          expect(catalogue.op[key], `${language} op ${key}`).toBeTruthy();
          expect(
            catalogue.describe[key] ?? catalogue.describe.compare,
            `${language} describe ${key}`,
          ).toBeTruthy();
        }
        for (const value of field.values ?? [])
          expect(catalogue.enum[field.name]?.[value], `${language} ${field.name}.${value}`).toBeTruthy();
      }
    }
  });
});
