/**
 * Segment rules as JSON trees (decision 0010): `{ all: [...] }` / `{ any: [...] }` groups and
 * conditions `{ field, op, value }`, checked against the field catalogue. `parseRule` is the only
 * way in: what it returns is safe to compile (known fields, allowed operators, typed values).
 */
import { z } from "zod";
import { DomainError } from "../shared/errors.ts";
import { FIELDS, type FieldName, type FieldSpec, isFieldName, OPERATORS } from "./fields.ts";

/** A checked condition (a type, not an interface, so it is a plain JSON record for the API). */
export type Condition = {
  field: FieldName;
  op: string;
  value?: unknown;
  /** Products, SKUs and keywords: only purchases of the last N days count. */
  withinDays?: number;
};

/** A checked rule: a group of rules, or one condition. */
export type Rule = { all: Rule[] } | { any: Rule[] } | Condition;

/** Limits that keep one rule's SQL small. */
export const RULE_LIMITS = { depth: 5, conditions: 40, listValues: 500 } as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PLATFORMS = ["taobao", "jd", "pdd", "shopify", "woocommerce", "cdnow", "other"] as const;

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Ids = z.array(Id).min(1).max(RULE_LIMITS.listValues);
const Days = z.number().int().min(1).max(3650);
const Day = z
  .string()
  .regex(DAY)
  // A real calendar day: Date rolls 2025-02-30 over to March, so it must come back unchanged.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a date");
const Text = z.string().trim().min(1).max(100);

/** Why a rule is invalid, with the JSON path of the offending part (`any[1].all[0].value`). */
function invalid(path: string, reason: string): never {
  throw new DomainError("invalid_rule", { path: path || "rule", reason });
}

/** The value schema of `op` on a field, or undefined when the operator takes no value. */
function valueSchema(spec: FieldSpec, op: string): z.ZodType | undefined {
  switch (op) {
    case "is_set":
    case "is_not_set":
    case "is_true":
    case "is_false":
      return undefined;
    case "within_last_days":
    case "not_within_last_days":
    case "within_next_days":
    case "is_lurker":
    case "not_lurker":
      return Days;
    case "before":
    case "after":
      return Day;
    case "between":
      if (spec.type === "date") return z.tuple([Day, Day]).refine(([a, b]) => a <= b, "range reversed");
      return z.tuple([numberSchema(spec), numberSchema(spec)]).refine(([a, b]) => a <= b, "range reversed");
    case "in":
    case "not_in":
      if (spec.values) return z.array(z.enum(spec.values as [string, ...string[]])).min(1);
      return z.array(Text).min(1).max(RULE_LIMITS.listValues);
    case "contains":
    case "bought":
    case "not_bought":
      return spec.type === "keyword" ? Text : spec.type === "text" ? Text : Ids;
    case "eq":
    case "neq":
      return spec.type === "text" ? Text : numberSchema(spec);
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return numberSchema(spec);
    case "has_any":
    case "has_all":
    case "has_none":
      if (spec.values) return z.array(z.enum(spec.values as [string, ...string[]])).min(1);
      return spec.type === "platforms" ? z.array(z.enum(PLATFORMS)).min(1) : Ids;
    case "bought_any":
    case "bought_all":
      return Ids;
    default:
      return undefined;
  }
}

function numberSchema(spec: FieldSpec): z.ZodNumber {
  let s = spec.type === "money" ? z.number().int() : z.number().finite();
  if (spec.min !== undefined) s = s.min(spec.min);
  if (spec.max !== undefined) s = s.max(spec.max);
  return s;
}

/** Operators that take no value. */
const NO_VALUE = new Set(["is_set", "is_not_set", "is_true", "is_false"]);
/** Set conditions whose purchases can be limited to the last N days. */
const PURCHASE_TYPES = new Set(["products", "skus", "keyword"]);

/** Check a rule tree (parsed JSON) and return it typed; throws `invalid_rule` naming the path. */
export function parseRule(input: unknown): Rule {
  let conditions = 0;
  const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
  const walk = (node: unknown, path: string, depth: number): Rule => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) invalid(path, "not_object");
    const obj = node as Record<string, unknown>;
    const keys = Object.keys(obj);
    if ("all" in obj || "any" in obj) {
      const kind = "all" in obj ? "all" : "any";
      if (keys.length !== 1) invalid(path, "group_keys");
      if (depth >= RULE_LIMITS.depth) invalid(path, "too_deep");
      const list = obj[kind];
      if (!Array.isArray(list) || list.length === 0) invalid(at(path, kind), "empty_group");
      const rules = list.map((r, i) => walk(r, at(path, `${kind}[${i}]`), depth + 1));
      return kind === "all" ? { all: rules } : { any: rules };
    }
    if (++conditions > RULE_LIMITS.conditions) invalid(path, "too_many_conditions");
    for (const k of keys) {
      if (!["field", "op", "value", "withinDays"].includes(k)) invalid(at(path, k), "unknown_key");
    }
    const field = obj.field;
    if (typeof field !== "string" || !isFieldName(field)) invalid(at(path, "field"), "unknown_field");
    const spec: FieldSpec = FIELDS[field];
    const op = obj.op;
    if (typeof op !== "string" || !(OPERATORS[spec.type] as readonly string[]).includes(op)) {
      invalid(at(path, "op"), "operator_not_allowed");
    }
    const condition: Condition = { field, op };
    const schema = valueSchema(spec, op);
    if (NO_VALUE.has(op)) {
      if (obj.value !== undefined) invalid(at(path, "value"), "value_not_expected");
    } else {
      const parsed = schema?.safeParse(obj.value);
      if (!parsed?.success)
        invalid(at(path, "value"), obj.value === undefined ? "value_required" : "bad_value");
      condition.value = parsed.data;
    }
    if (obj.withinDays !== undefined) {
      const days = Days.safeParse(obj.withinDays);
      if (!PURCHASE_TYPES.has(spec.type) || !days.success) invalid(at(path, "withinDays"), "bad_value");
      condition.withinDays = days.data;
    }
    return condition;
  };
  return walk(input, "", 0);
}

/** True when the rule is a group. */
export function isGroup(rule: Rule): rule is { all: Rule[] } | { any: Rule[] } {
  return "all" in rule || "any" in rule;
}

/** Every condition of a rule, depth first. */
export function conditionsOf(rule: Rule): Condition[] {
  if ("all" in rule) return rule.all.flatMap(conditionsOf);
  if ("any" in rule) return rule.any.flatMap(conditionsOf);
  return [rule];
}
