/**
 * A rule in plain words, for the segment page and the list: "累计消费 ≥ ¥500 且 省份属于 浙江省、江苏省".
 * Nested groups are bracketed; tags, customer groups, products and SKUs are named through lookups
 * (ids the lookups do not know yet show as "标签 #12").
 */
import { formatFen, formatNumber, formatPercent } from "../../app/format.ts";
import { type FieldInfo, valueKind } from "./fields.ts";
import { opKey, type RuleLabels } from "./labels.ts";
import type { ConditionJson, RuleJson } from "./rule.ts";

/** Names of the ids a rule holds; undefined when not known (yet). */
export interface DescribeLookups {
  tag(id: number): string | undefined;
  group(id: number): string | undefined;
  product(id: number): string | undefined;
  sku(id: number): string | undefined;
  platform(platform: string): string;
}

const SYMBOLS: Record<string, string> = { eq: "=", neq: "≠", gt: ">", gte: "≥", lt: "<", lte: "≤" };

/** ¥500 for whole 元, ¥499.90 otherwise. */
export function formatMoney(fen: number): string {
  const text = formatFen(fen);
  return fen % 100 === 0 ? text.replace(/\.00$/, "") : text;
}

/** The rule in words; a nested group of two or more is bracketed when it stands beside others. */
export function describeRule(
  rule: unknown,
  fields: ReadonlyMap<string, FieldInfo>,
  labels: RuleLabels,
  lookups: DescribeLookups,
): string {
  const { t } = labels;
  const walk = (node: RuleJson, nested: boolean): string => {
    const group = "all" in node ? node.all : "any" in node ? node.any : undefined;
    if (!group) return describeCondition(node as ConditionJson, fields, labels, lookups);
    if (group.length === 0) return t("describe.empty");
    // A child group needs brackets only when this group joins it with something else.
    const text = group
      .map((child) => walk(child, group.length > 1))
      .join(t("all" in node ? "describe.and" : "describe.or"));
    return nested && group.length > 1 ? t("describe.group", { rule: text }) : text;
  };
  return walk(rule as RuleJson, false);
}

function describeCondition(
  c: ConditionJson,
  fields: ReadonlyMap<string, FieldInfo>,
  labels: RuleLabels,
  lookups: DescribeLookups,
): string {
  const { t } = labels;
  const info = fields.get(c.field);
  const field = labels.field(c.field);
  if (!info) return t("describe.compare", { field, op: c.op, value: JSON.stringify(c.value ?? "") });
  const kind = valueKind(info, c.op);
  const list = (items: unknown, name: (item: never) => string) =>
    (Array.isArray(items) ? items : []).map((item) => name(item as never)).join(t("describe.listSeparator"));
  const one = (v: unknown): string => {
    switch (kind) {
      case "money":
      case "moneyRange":
        return formatMoney(v as number);
      case "percent":
      case "percentRange":
        return formatPercent(v as number, 2);
      case "number":
      case "numberRange": {
        const unit = labels.unit(c.field);
        const n = formatNumber(v as number, 2);
        return unit ? t("describe.withUnit", { value: n, unit }) : n;
      }
      case "days":
        return formatNumber(v as number);
      default:
        return String(v);
    }
  };
  const value = (): string => {
    switch (kind) {
      case "textList":
        return list(c.value, (s: string) => s);
      case "enumList":
        return list(c.value, (v: string) => labels.enumValue(c.field, v));
      case "tags":
        return list(c.value, (id: number) => lookups.tag(id) ?? t("describe.unknownTag", { id }));
      case "groups":
        return list(c.value, (id: number) => lookups.group(id) ?? t("describe.unknownGroup", { id }));
      case "products":
        return list(c.value, (id: number) => lookups.product(id) ?? t("describe.unknownProduct", { id }));
      case "skus":
        return list(c.value, (id: number) => lookups.sku(id) ?? t("describe.unknownSku", { id }));
      case "platforms":
        return list(c.value, (p: string) => lookups.platform(p));
      default:
        return one(c.value);
    }
  };
  let text: string;
  if (kind.endsWith("Range") && Array.isArray(c.value)) {
    text = t("describe.between", { field, from: one(c.value[0]), to: one(c.value[1]) });
  } else if (SYMBOLS[c.op]) {
    text = t("describe.compare", { field, op: SYMBOLS[c.op], value: value() });
  } else {
    text = t(`describe.${opKey(info.type, c.op)}`, { field, value: value() });
  }
  return c.withinDays ? t("describe.withinDays", { condition: text, days: c.withinDays }) : text;
}
