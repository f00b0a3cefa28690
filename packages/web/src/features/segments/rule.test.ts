import { describe, expect, it } from "vitest";
import {
  appendTo,
  conditionsOf,
  type DraftCondition,
  type DraftGroup,
  depthOf,
  fromRule,
  isGroup,
  keyAtPath,
  newCondition,
  pathsOf,
  removeNode,
  toRule,
  updateNode,
} from "./rule.ts";

const RULE = {
  all: [
    { field: "total_spent_fen", op: "gte", value: 50_000 },
    {
      any: [
        { field: "province", op: "in", value: ["浙江省", "江苏省"] },
        { field: "products", op: "bought_any", value: [7], withinDays: 30 },
      ],
    },
  ],
};

describe("draft rules", () => {
  it("round-trips a saved rule through the draft unchanged", () => {
    const draft = fromRule(RULE);
    expect(toRule(draft)).toEqual(RULE);
    expect(conditionsOf(draft).map((c) => c.field)).toEqual(["total_spent_fen", "province", "products"]);
    expect(depthOf(draft)).toBe(2);
  });

  it("wraps a bare condition in an all-group and keys every node uniquely", () => {
    const draft = fromRule({ field: "gender", op: "in", value: ["female"] });
    expect(draft.kind).toBe("all");
    expect(toRule(draft)).toEqual({ all: [{ field: "gender", op: "in", value: ["female"] }] });
    const keys = [...pathsOf(fromRule(RULE)).keys()];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("updates, appends and removes nodes without touching the others", () => {
    const draft = fromRule(RULE);
    const [spent, group] = draft.rules as [DraftCondition, DraftGroup];
    const changed = updateNode(draft, spent.key, (c) => ({ ...c, value: 100 }));
    expect(toRule(changed)).toMatchObject({ all: [{ value: 100 }, RULE.all[1]] });
    expect(draft.rules[0]).toBe(spent);

    const added = appendTo(draft, group.key, newCondition());
    const nested = added.rules[1];
    expect(nested && isGroup(nested) ? nested.rules.length : 0).toBe(3);

    const removed = removeNode(draft, group.key);
    expect(toRule(removed)).toEqual({ all: [RULE.all[0]] });
  });

  it("finds the row a server error path points at", () => {
    const draft = fromRule(RULE);
    const group = draft.rules[1] as DraftGroup;
    const products = group.rules[1] as DraftCondition;
    expect(pathsOf(draft).get(products.key)).toBe("all[1].any[1]");
    expect(keyAtPath(draft, "all[1].any[1].withinDays")).toBe(products.key);
    expect(keyAtPath(draft, "all[1].any")).toBe(group.key);
    expect(keyAtPath(draft, "all[0]")).toBe(draft.rules[0]?.key);
    // all[1] must not match all[10].
    expect(keyAtPath(draft, "all[10].value")).toBeUndefined();
    expect(keyAtPath(draft, "rule")).toBeUndefined();
  });
});
