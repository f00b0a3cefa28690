/** A saved rule in plain words, naming its tags, customer groups, products and SKUs (fetched by id). */
import { Skeleton, Typography } from "antd";
import { useMemo } from "react";
import { useShopTags } from "../customers/archive.api.ts";
import { usePlatformName } from "../customers/tags.tsx";
import { type DescribeLookups, describeRule } from "./describe.ts";
import type { FieldInfo } from "./fields.ts";
import { useRuleLabels } from "./labels.ts";
import { skuName } from "./pickers.tsx";
import { type ConditionJson, conditionsOf, fromRule } from "./rule.ts";
import { useCustomerGroups, useFieldCatalogue, useProductsByIds } from "./segments.api.ts";

/** Ids of the given field type held by the rule's conditions. */
function idsOf(conditions: ConditionJson[], fields: ReadonlyMap<string, FieldInfo>, type: string): number[] {
  return conditions
    .filter((c) => fields.get(c.field)?.type === type && Array.isArray(c.value))
    .flatMap((c) => (c.value as unknown[]).filter((v): v is number => typeof v === "number"));
}

/** The sentence of `rule` (empty while the catalogue loads). */
export function useRuleText(rule: unknown): string {
  const labels = useRuleLabels();
  const platformName = usePlatformName();
  const { fields } = useFieldCatalogue();
  const conditions = useMemo(
    () =>
      conditionsOf(fromRule(rule)).map(
        (c) => ({ field: c.field ?? "", op: c.op ?? "", value: c.value }) as ConditionJson,
      ),
    [rule],
  );
  const needsTags = conditions.some((c) => fields.get(c.field)?.type === "tags");
  const tags = useShopTags(needsTags);
  const needsGroups = conditions.some((c) => fields.get(c.field)?.type === "groups");
  const groups = useCustomerGroups(needsGroups);
  const products = useProductsByIds(
    idsOf(conditions, fields, "products").slice(0, 200),
    idsOf(conditions, fields, "skus").slice(0, 200),
  );
  return useMemo(() => {
    if (fields.size === 0) return "";
    const skus = new Map<number, string>();
    for (const p of products.data ?? []) for (const s of p.skus) skus.set(s.id, skuName(p, s));
    const lookups: DescribeLookups = {
      tag: (id) => tags.data?.find((tag) => tag.id === id)?.name,
      group: (id) => groups.data?.find((group) => group.id === id)?.name,
      product: (id) => products.data?.find((p) => p.id === id)?.title,
      sku: (id) => skus.get(id),
      platform: platformName,
    };
    return describeRule(rule, fields, labels, lookups);
  }, [rule, fields, labels, tags.data, groups.data, products.data, platformName]);
}

/** The rule as a paragraph (a placeholder line while the field catalogue loads). */
export function RuleText({ rule }: { rule: unknown }) {
  const text = useRuleText(rule);
  if (!text) return <Skeleton active title={false} paragraph={{ rows: 1 }} />;
  return (
    <Typography.Paragraph data-testid="rule-text" style={{ marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}
