/**
 * Checks a draft before it is counted or saved, so the server never sees a half-filled
 * condition, and says which condition is incomplete and why. The rules mirror the server's
 * (core/segments/rule.ts); the server still checks everything and names the path of what it refuses.
 */
import { type FieldInfo, PERCENT_FIELDS, PURCHASE_TYPES, valueKind } from "./fields.ts";
import {
  conditionsOf,
  type DraftCondition,
  type DraftGroup,
  type DraftNode,
  isGroup,
  LIMITS,
} from "./rule.ts";

/** Why a node is not ready (a key of the catalogue's `issue`). */
export type IssueReason =
  | "noConditions"
  | "emptyGroup"
  | "tooDeep"
  | "tooMany"
  | "field"
  | "op"
  | "value"
  | "range"
  | "bounds"
  | "days"
  | "tooLong"
  | "withinDays";

/** A problem with one node; `number` is the condition's place in the builder (1, 2…). */
export interface Issue {
  key: string;
  reason: IssueReason;
  number?: number;
  min?: number;
  max?: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 100;
const MAX_LIST = 500;

/** True for a real calendar day "YYYY-MM-DD". */
export function isDay(value: unknown): value is string {
  if (typeof value !== "string" || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isDayCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 3650;

function numberIssue(field: FieldInfo, v: unknown, integer: boolean): IssueReason | undefined {
  if (typeof v !== "number" || !Number.isFinite(v) || (integer && !Number.isInteger(v))) return "value";
  if ((field.min !== undefined && v < field.min) || (field.max !== undefined && v > field.max))
    return "bounds";
  return undefined;
}

function rangeIssue(v: unknown, item: (x: unknown) => IssueReason | undefined): IssueReason | undefined {
  if (!Array.isArray(v) || v.length !== 2) return "value";
  const problem = item(v[0]) ?? item(v[1]);
  if (problem) return problem;
  return v[0] > v[1] ? "range" : undefined;
}

function textIssue(v: unknown): IssueReason | undefined {
  if (typeof v !== "string" || v.trim() === "") return "value";
  return v.trim().length > MAX_TEXT ? "tooLong" : undefined;
}

/** What is wrong with a condition's value for its operator, if anything. */
export function valueIssue(field: FieldInfo, op: string, v: unknown): IssueReason | undefined {
  switch (valueKind(field, op)) {
    case "none":
      return undefined;
    case "number":
    case "percent":
      return numberIssue(field, v, false);
    case "money":
      return numberIssue(field, v, true);
    case "numberRange":
    case "percentRange":
      return rangeIssue(v, (x) => numberIssue(field, x, false));
    case "moneyRange":
      return rangeIssue(v, (x) => numberIssue(field, x, true));
    case "day":
      return isDay(v) ? undefined : "value";
    case "dayRange":
      return rangeIssue(v, (x) => (isDay(x) ? undefined : "value"));
    case "days":
      return isDayCount(v) ? undefined : "days";
    case "text":
      return textIssue(v);
    case "textList":
      if (!Array.isArray(v) || v.length === 0 || v.length > MAX_LIST) return "value";
      return v.map(textIssue).find(Boolean);
    default:
      return Array.isArray(v) && v.length > 0 && v.length <= MAX_LIST ? undefined : "value";
  }
}

function conditionIssue(c: DraftCondition, fields: ReadonlyMap<string, FieldInfo>): Issue | undefined {
  const field = c.field === null ? undefined : fields.get(c.field);
  if (!field) return { key: c.key, reason: "field" };
  if (c.op === null || !field.operators.includes(c.op)) return { key: c.key, reason: "op" };
  const reason = valueIssue(field, c.op, c.value);
  if (reason === "bounds") {
    // Bounds are said in the units the user typed: a ratio field is edited as a percentage.
    const scale = PERCENT_FIELDS.has(field.name) ? 100 : 1;
    const min = field.min === undefined ? undefined : field.min * scale;
    const max = field.max === undefined ? undefined : field.max * scale;
    return { key: c.key, reason, min, max };
  }
  if (reason) return { key: c.key, reason };
  const within = c.withinDays;
  if (within !== undefined && within !== null && (!PURCHASE_TYPES.has(field.type) || !isDayCount(within)))
    return { key: c.key, reason: "withinDays" };
  return undefined;
}

/** Every problem of the draft, in the builder's order (empty: ready to count and save). */
export function checkDraft(root: DraftGroup, fields: ReadonlyMap<string, FieldInfo>): Issue[] {
  const issues: Issue[] = [];
  const numbers = new Map(conditionsOf(root).map((c, i) => [c.key, i + 1]));
  if (numbers.size === 0) return [{ key: root.key, reason: "noConditions" }];
  if (numbers.size > LIMITS.conditions) issues.push({ key: root.key, reason: "tooMany" });
  const walk = (node: DraftNode, depth: number) => {
    if (isGroup(node)) {
      if (depth > LIMITS.depth) issues.push({ key: node.key, reason: "tooDeep" });
      else if (node.rules.length === 0) issues.push({ key: node.key, reason: "emptyGroup" });
      for (const child of node.rules) walk(child, depth + 1);
      return;
    }
    const issue = conditionIssue(node, fields);
    if (issue) issues.push({ ...issue, number: numbers.get(node.key) });
  };
  walk(root, 1);
  return issues;
}

/** 元 as typed (up to two decimals) to integer 分; undefined for an empty input. */
export function yuanToFen(yuan: number | null | undefined): number | undefined {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return undefined;
  // 19.99 * 100 is 1998.9999…: rounding gives the 分 the user typed.
  return Math.round(yuan * 100);
}

/** Integer 分 to 元 for an input; null when there is no value. */
export function fenToYuan(fen: unknown): number | null {
  return typeof fen === "number" && Number.isFinite(fen) ? fen / 100 : null;
}

/** A percentage as typed (50 or 33.33) to the ratio the API stores (0.5, 0.3333). */
export function percentToRatio(percent: number | null | undefined): number | undefined {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return undefined;
  return Math.round(percent * 100) / 10_000;
}

/** A ratio to the percentage an input shows; null when there is no value. */
export function ratioToPercent(ratio: unknown): number | null {
  return typeof ratio === "number" && Number.isFinite(ratio) ? Math.round(ratio * 10_000) / 100 : null;
}
