import type { Database } from "@laoke/db";
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../shared/errors.ts";
import { compileRule } from "./compile.ts";
import { describeFields, FIELDS, OPERATORS } from "./fields.ts";
import { parseRule, RULE_LIMITS } from "./rule.ts";

/** A Kysely that only compiles (no database): enough to inspect the SQL text and parameters. */
const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

function ruleError(input: unknown): { path: string; reason: string } {
  try {
    parseRule(input);
  } catch (e) {
    if (isDomainError(e) && e.code === "invalid_rule") return e.data as { path: string; reason: string };
    throw e;
  }
  throw new Error("rule was accepted");
}

describe("segment rules", () => {
  it("accepts nested groups over every field type", () => {
    const rule = {
      all: [
        { field: "total_spent_fen", op: "gte", value: 50000 },
        { field: "province", op: "in", value: ["浙江省", "江苏省"] },
        {
          any: [
            { field: "last_order_at", op: "within_last_days", value: 90 },
            { field: "tags", op: "has_any", value: [3] },
          ],
        },
        { field: "products", op: "not_bought", value: [7], withinDays: 30 },
        { field: "churn_status", op: "in", value: ["at_risk"] },
        { field: "accepts_sms_marketing", op: "is_true" },
        { field: "expected_next_purchase_on", op: "within_next_days", value: 14 },
        { field: "platforms", op: "has_none", value: ["jd"] },
      ],
    };
    expect(parseRule(rule)).toEqual(rule);
  });

  it("names the path and the reason of what is wrong", () => {
    expect(ruleError({ all: [{ field: "nope", op: "eq", value: 1 }] })).toEqual({
      path: "all[0].field",
      reason: "unknown_field",
    });
    expect(ruleError({ any: [{ all: [{ field: "province", op: "gt", value: 1 }] }] })).toEqual({
      path: "any[0].all[0].op",
      reason: "operator_not_allowed",
    });
    expect(ruleError({ field: "total_spent_fen", op: "gte" })).toEqual({
      path: "value",
      reason: "value_required",
    });
    expect(ruleError({ field: "total_spent_fen", op: "gte", value: 10.5 })).toEqual({
      path: "value",
      reason: "bad_value",
    });
    expect(ruleError({ field: "r_score", op: "eq", value: 9 }).reason).toBe("bad_value");
    expect(ruleError({ field: "gender", op: "in", value: ["other"] }).reason).toBe("bad_value");
    expect(ruleError({ field: "last_order_at", op: "before", value: "2025-02-30" }).reason).toBe("bad_value");
    expect(ruleError({ field: "last_order_at", op: "before", value: "2025-13-01" }).reason).toBe("bad_value");
    expect(
      ruleError({ field: "last_order_at", op: "between", value: ["2025-03-01", "2025-01-01"] }).reason,
    ).toBe("bad_value");
    expect(ruleError({ field: "accepts_sms_marketing", op: "is_true", value: true }).reason).toBe(
      "value_not_expected",
    );
    expect(ruleError({ field: "province", op: "eq", value: "浙江", withinDays: 3 })).toEqual({
      path: "withinDays",
      reason: "bad_value",
    });
    expect(ruleError({ all: [] })).toEqual({ path: "all", reason: "empty_group" });
    expect(ruleError({ all: [{ field: "city", op: "is_set" }], any: [] }).reason).toBe("group_keys");
    expect(ruleError({ field: "city", op: "is_set", sql: "1=1" })).toEqual({
      path: "sql",
      reason: "unknown_key",
    });
    expect(ruleError("province = 1").reason).toBe("not_object");
  });

  it("limits depth and size", () => {
    let deep: unknown = { field: "city", op: "is_set" };
    for (let i = 0; i <= RULE_LIMITS.depth; i++) deep = { all: [deep] };
    expect(ruleError(deep).reason).toBe("too_deep");
    const many = {
      any: Array.from({ length: RULE_LIMITS.conditions + 1 }, () => ({ field: "city", op: "is_set" })),
    };
    expect(ruleError(many).reason).toBe("too_many_conditions");
  });

  it("never puts a value into the SQL text", () => {
    const evil = "'); drop table customers; --";
    const rule = parseRule({
      any: [
        { field: "province", op: "eq", value: evil },
        { field: "city", op: "contains", value: `50%_${evil}` },
        { field: "product_keyword", op: "bought", value: evil },
      ],
    });
    const compiled = compileRule(rule, { timeZone: "Asia/Shanghai" }).where.compile(compiler);
    expect(compiled.sql).not.toContain("drop table");
    expect(compiled.parameters).toContain(evil);
    // LIKE wildcards typed by the user are matched literally.
    expect(compiled.parameters).toContain(`%50\\%\\_${evil}%`);
  });

  it("describes every field with the operators of its type", () => {
    const fields = describeFields();
    expect(fields.map((f) => f.name)).toEqual(Object.keys(FIELDS));
    for (const f of fields) expect(f.operators).toEqual(OPERATORS[f.type]);
  });
});
