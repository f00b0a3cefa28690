import { describe, expect, it } from "vitest";
import { CATALOGUE, FIELDS } from "./catalogue.fixture.ts";
import { checkDraft, fenToYuan, percentToRatio, ratioToPercent, valueIssue, yuanToFen } from "./check.ts";
import { CATEGORIES, categoryOf, defaultOperator, valueKind } from "./fields.ts";
import { fromRule, newCondition, newGroup } from "./rule.ts";

const field = (name: string) => {
  const found = FIELDS.get(name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe("元 and 分", () => {
  it("turns typed 元 into integer 分 without float noise, and back", () => {
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(500)).toBe(50_000);
    expect(yuanToFen(1_234_567.89)).toBe(123_456_789);
    expect(yuanToFen(null)).toBeUndefined();
    expect(yuanToFen(Number.NaN)).toBeUndefined();
    expect(fenToYuan(1999)).toBe(19.99);
    expect(fenToYuan(undefined)).toBeNull();
    for (const fen of [0, 1, 99, 1999, 50_000, 123_456_789]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });

  it("turns percentages into ratios and back", () => {
    expect(percentToRatio(50)).toBe(0.5);
    expect(percentToRatio(33.33)).toBe(0.3333);
    expect(ratioToPercent(0.3333)).toBe(33.33);
    expect(ratioToPercent("x")).toBeNull();
  });
});

describe("the catalogue in the builder", () => {
  it("puts every server field in a known menu group with a usual operator and an editor for each operator", () => {
    for (const f of CATALOGUE) {
      expect(categoryOf(f.name), f.name).not.toBe("other");
      expect(f.operators, f.name).toContain(defaultOperator(f));
      for (const op of f.operators) {
        const kind = valueKind(f, op);
        const needsValue = !["is_set", "is_not_set", "is_true", "is_false"].includes(op);
        expect(kind === "none", `${f.name} ${op}`).toBe(!needsValue);
      }
    }
    expect(CATEGORIES).toContain("profile");
  });

  it("picks the editor the server's validation expects", () => {
    expect(valueKind(field("total_spent_fen"), "between")).toBe("moneyRange");
    expect(valueKind(field("p_alive"), "gte")).toBe("percent");
    expect(valueKind(field("last_order_at"), "within_last_days")).toBe("days");
    expect(valueKind(field("last_order_at"), "between")).toBe("dayRange");
    expect(valueKind(field("province"), "in")).toBe("textList");
    expect(valueKind(field("churn_status"), "in")).toBe("enumList");
    expect(valueKind(field("product_keyword"), "not_bought")).toBe("text");
    expect(valueKind(field("products"), "not_bought")).toBe("products");
    expect(valueKind(field("skus"), "bought_all")).toBe("skus");
    expect(valueKind(field("platforms"), "has_none")).toBe("platforms");
    expect(valueKind(field("tags"), "has_all")).toBe("tags");
    expect(valueKind(field("groups"), "has_none")).toBe("groups");
    expect(valueKind(field("lurker_in_group"), "is_lurker")).toBe("days");
  });
});

describe("checkDraft", () => {
  it("accepts a complete rule", () => {
    const draft = fromRule({
      all: [
        { field: "total_spent_fen", op: "between", value: [10_000, 50_000] },
        {
          any: [
            { field: "last_order_at", op: "before", value: "2025-02-28" },
            { field: "gender", op: "is_set" },
          ],
        },
        { field: "product_keyword", op: "bought", value: "连衣裙", withinDays: 90 },
      ],
    });
    expect(checkDraft(draft, FIELDS)).toEqual([]);
  });

  it("names each incomplete condition by its number and what is missing", () => {
    const draft = fromRule({
      all: [
        { field: "total_spent_fen", op: "gte", value: 500 },
        { field: "province" },
        {
          any: [
            { field: "paid_orders", op: "gte" },
            { field: "r_score", op: "gte", value: 9 },
          ],
        },
      ],
    });
    draft.rules.push(newCondition(), newGroup("any", []));
    expect(checkDraft(draft, FIELDS).map((i) => [i.number, i.reason, i.max])).toEqual([
      [2, "op", undefined],
      [3, "value", undefined],
      [4, "bounds", 5],
      [5, "field", undefined],
      [undefined, "emptyGroup", undefined],
    ]);
    expect(checkDraft(newGroup("all", []), FIELDS).map((i) => i.reason)).toEqual(["noConditions"]);
  });

  it("checks values the way the server does", () => {
    const spent = field("total_spent_fen");
    expect(valueIssue(spent, "gte", 19.5)).toBe("value");
    expect(valueIssue(spent, "between", [500, 100])).toBe("range");
    expect(valueIssue(spent, "between", [100, null])).toBe("value");
    const last = field("last_order_at");
    expect(valueIssue(last, "before", "2025-02-30")).toBe("value");
    expect(valueIssue(last, "within_last_days", 0)).toBe("days");
    expect(valueIssue(last, "between", ["2025-03-01", "2025-01-01"])).toBe("range");
    expect(valueIssue(field("province"), "in", ["浙江省", "  "])).toBe("value");
    expect(valueIssue(field("city"), "contains", "x".repeat(101))).toBe("tooLong");
    expect(valueIssue(field("tags"), "has_any", [])).toBe("value");
    expect(valueIssue(field("gender"), "is_not_set", undefined)).toBeUndefined();
    // A ratio field's bounds are said in percent, as the user types them.
    const [pAlive] = checkDraft(fromRule({ field: "p_alive", op: "gte", value: 1.5 }), FIELDS);
    expect(pAlive).toMatchObject({ reason: "bounds", min: 0, max: 100 });
    const [window] = checkDraft(
      fromRule({ field: "tags", op: "has_any", value: [1], withinDays: 30 }),
      FIELDS,
    );
    expect(window?.reason).toBe("withinDays");
  });

  it("refuses groups nested deeper than the server allows and rules over 40 conditions", () => {
    let deep = newGroup("all");
    for (let i = 0; i < 5; i++) deep = newGroup("any", [deep]);
    expect(checkDraft(deep, FIELDS).map((i) => i.reason)).toContain("tooDeep");
    const many = fromRule({ all: Array.from({ length: 41 }, () => ({ field: "gender", op: "is_set" })) });
    expect(checkDraft(many, FIELDS).map((i) => i.reason)).toEqual(["tooMany"]);
  });
});
