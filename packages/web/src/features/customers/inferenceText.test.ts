import { afterAll, describe, expect, it } from "vitest";
import i18n from "../../app/i18n.ts";
import type { Inference } from "./behaviour.api.ts";
import { confidenceLevel, describeInference, inferenceSentence, type Translate } from "./inferenceText.ts";

type Sample = Pick<Inference, "kind" | "value" | "evidence">;

/** Evidence shaped as packages/core/src/behaviour/infer.repository.ts writes it. */
const SAMPLES: Sample[] = [
  {
    kind: "payday_buyer",
    value: null,
    evidence: { days: 5, inWindow: 4, share: 0.8, shopShare: 0.21, window: [10, 15] },
  },
  {
    kind: "gift_buyer",
    value: null,
    evidence: {
      days: 3,
      beforeFestival: 3,
      share: 1,
      shopShare: 0.12,
      festivals: ["valentines", "520", "qixi"],
      daysBefore: 10,
    },
  },
  {
    kind: "promotion_driven",
    value: null,
    evidence: { days: 6, onPromotion: 5, share: 0.833, shopShare: 0.18, discountedDays: 4 },
  },
  {
    kind: "seasonal_buyer",
    value: "winter",
    evidence: { days: 5, inSeason: 5, share: 1, years: 3, shopShare: 0.24 },
  },
  {
    kind: "plus_size",
    value: null,
    evidence: { lines: 4, plusLines: 3, share: 0.75, sizes: ["3XL", "4XL"] },
  },
  { kind: "preferred_colour", value: "黑色", evidence: { lines: 3, withValue: 3, share: 1 } },
  { kind: "preferred_size", value: "XL", evidence: { lines: 5, withValue: 4, share: 0.8 } },
  {
    kind: "likely_gender",
    value: "female",
    evidence: { lines: 6, womensLines: 6, mensLines: 0, share: 1 },
  },
];

const ZH = [
  "发薪日买家 — 5 个购买日中 4 个在每月 10–15 日(80%,本店平均 21%)",
  "送礼买家 — 3 个购买日中 3 个在情人节、520、七夕前 10 天内(100%,本店平均 12%)",
  "大促型买家 — 6 个购买日中 5 个在 618、双11、双12 大促期间(83%,本店平均 18%);4 个购买日用了优惠",
  "季节型买家:冬季 — 5 个购买日中 5 个在冬季,跨 3 年(100%,本店平均 24%)",
  "穿大码 — 有尺码的 4 件中 3 件是 3XL 及以上(75%),尺码 3XL、4XL",
  "偏好颜色:黑色 — 3 件中 3 件(100%)",
  "偏好尺码:XL — 5 件中 4 件(80%)",
  "可能是女性 — 分得出男女款的 6 件中 6 件女款、0 件男款",
];

const EN = [
  "Payday buyer — 4 of 5 purchase days on days 10–15 of the month (80%; shop average 21%)",
  "Gift buyer — 3 of 3 purchase days within 10 days before Valentine's Day, 520, Qixi (100%; shop average 12%)",
  "Promotion-driven — 5 of 6 purchase days in the 618, Double 11 and Double 12 sales (83%; shop average 18%); 4 purchase days with a discount",
  "Seasonal buyer: winter — 5 of 5 purchase days in winter, over 3 years (100%; shop average 24%)",
  "Wears plus sizes — 3 of 4 items with a size are 3XL or larger (75%), sizes 3XL, 4XL",
  "Preferred colour: 黑色 — 3 of 3 items (100%)",
  "Preferred size: XL — 4 of 5 items (80%)",
  "Likely female — 6 women's and 0 men's among 6 items for one gender",
];

/** The sentences of every sample in `language` (numbers follow the UI language too). */
async function sentences(language: "zh-CN" | "en-US", samples = SAMPLES): Promise<string[]> {
  await i18n.changeLanguage(language);
  const t = i18n.getFixedT(language, "archive") as unknown as Translate;
  return samples.map((s) => inferenceSentence(s, t));
}

afterAll(() => i18n.changeLanguage("zh-CN"));

describe("inferenceSentence", () => {
  it("reads every kind's evidence as one plain Chinese sentence", async () => {
    expect(await sentences("zh-CN")).toEqual(ZH);
  });

  it("reads every kind's evidence in English", async () => {
    expect(await sentences("en-US")).toEqual(EN);
  });

  it("names a likely man, and festivals it cannot name generically", async () => {
    const samples: Sample[] = [
      {
        kind: "likely_gender",
        value: "male",
        evidence: { lines: 4, womensLines: 0, mensLines: 4, share: 1 },
      },
      {
        kind: "gift_buyer",
        value: null,
        evidence: { days: 4, beforeFestival: 3, share: 0.75, shopShare: 0.1, festivals: [], daysBefore: 7 },
      },
    ];
    expect(await sentences("zh-CN", samples)).toEqual([
      "可能是男性 — 分得出男女款的 4 件中 0 件女款、4 件男款",
      "送礼买家 — 4 个购买日中 3 个在节日前 7 天内(75%,本店平均 10%)",
    ]);
  });

  it("shows only the label when the evidence lacks a count it needs", async () => {
    await i18n.changeLanguage("zh-CN");
    const t = i18n.getFixedT("zh-CN", "archive") as unknown as Translate;
    const partial: Sample = { kind: "payday_buyer", value: null, evidence: { days: 5, inWindow: 4 } };
    expect(describeInference(partial, t)).toEqual({ label: "发薪日买家", evidence: null });
    expect(inferenceSentence(partial, t)).toBe("发薪日买家");
    const noSizes: Sample = {
      kind: "plus_size",
      value: null,
      evidence: { lines: 2, plusLines: 2, share: 1 },
    };
    expect(inferenceSentence(noSizes, t)).toBe("穿大码 — 有尺码的 2 件中 2 件是 3XL 及以上(100%)");
  });
});

describe("confidenceLevel", () => {
  it("puts 4 of 5 low, 3 of 3 medium and 10 of 10 high", () => {
    expect(confidenceLevel(0.38)).toBe("low");
    expect(confidenceLevel(0.44)).toBe("medium");
    expect(confidenceLevel(0.72)).toBe("high");
  });
});
