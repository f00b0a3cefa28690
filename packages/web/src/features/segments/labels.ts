/** Names of fields, operators, categories and enum values from the `segments` catalogue. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Category } from "./fields.ts";
import { UNITS } from "./fields.ts";

/** The colour of a segment kind's tag (list and detail pages). */
export const KIND_COLORS = { dynamic: "blue", static: "default" } as const;

/** A translate function with loose keys: the keys here are built from the server's catalogue. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The labels the builder and the rule description use. */
export interface RuleLabels {
  t: Translate;
  field(name: string): string;
  op(type: string, op: string): string;
  enumValue(field: string, value: string): string;
  category(category: Category): string;
  /** The unit after a number field's value ("天"), if it has one. */
  unit(field: string): string | undefined;
}

/** Operators worded differently for one type ("bought" a keyword, "has_any" of platforms or groups). */
export function opKey(type: string, op: string): string {
  if (type === "keyword" && (op === "bought" || op === "not_bought")) return `keyword_${op}`;
  if ((type === "platforms" || type === "groups") && (op === "has_any" || op === "has_none"))
    return `${type}_${op}`;
  return op;
}

/** Labels over a `segments` translate function; unknown names fall back to themselves. */
export function ruleLabels(t: Translate): RuleLabels {
  return {
    t,
    field: (name) => t(`field.${name}`, { defaultValue: name }),
    op: (type, op) => t(`op.${opKey(type, op)}`, { defaultValue: op }),
    enumValue: (field, value) => t(`enum.${field}.${value}`, { defaultValue: value }),
    category: (category) => t(`category.${category}`),
    unit: (field) => {
      const unit = UNITS[field];
      return unit ? t(`unit.${unit}`) : undefined;
    },
  };
}

/** The labels in the UI language. */
export function useRuleLabels(): RuleLabels {
  const { t, i18n } = useTranslation("segments");
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language gives a new `t`.
  return useMemo(() => ruleLabels(t as unknown as Translate), [t, i18n.language]);
}
