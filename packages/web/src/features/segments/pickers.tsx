/**
 * Multi-selects of the rule builder whose options come from the shop: tags (GET /tags), customer
 * groups (GET /groups), products and SKUs (searched on GET /products), provinces and cities (as the
 * shop's orders spell them).
 */
import { useQuery } from "@tanstack/react-query";
import { Select, Spin, Tag } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, data } from "../../api/client.ts";
import { useShopTags } from "../customers/archive.api.ts";
import { type Product, useCustomerGroups, useProductSearch, useProductsByIds } from "./segments.api.ts";

/** Props every picker takes. */
export interface PickerProps<T> {
  value: T[];
  onChange: (value: T[]) => void;
  ariaLabel: string;
  status?: "error";
}

const WIDE = { minWidth: 220, flex: "1 1 220px", maxWidth: "100%" } as const;

/** The value after `delay` ms without change (searches wait for the typing to pause). */
export function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** The shop's tags, shown in their colours. */
export function TagSelect({ value, onChange, ariaLabel, status }: PickerProps<number>) {
  const { t } = useTranslation("segments");
  const tags = useShopTags();
  return (
    <Select<number[]>
      mode="multiple"
      style={WIDE}
      value={value}
      onChange={onChange}
      aria-label={ariaLabel}
      status={status}
      placeholder={t("builder.tagsPlaceholder")}
      loading={tags.isPending}
      showSearch={{ optionFilterProp: "title" }}
      notFoundContent={tags.isPending ? <Spin size="small" /> : t("builder.noMatch")}
      options={(tags.data ?? []).map((tag) => ({
        value: tag.id,
        title: tag.name,
        label: (
          <Tag color={tag.color ?? undefined} style={{ marginInlineEnd: 0 }}>
            {tag.name}
          </Tag>
        ),
      }))}
    />
  );
}

/** The shop's customer groups (WeChat/QQ 群) by name. */
export function GroupSelect({ value, onChange, ariaLabel, status }: PickerProps<number>) {
  const { t } = useTranslation("segments");
  const groups = useCustomerGroups();
  return (
    <Select<number[]>
      mode="multiple"
      style={WIDE}
      value={value}
      onChange={onChange}
      aria-label={ariaLabel}
      status={status}
      placeholder={t("builder.groupsPlaceholder")}
      loading={groups.isPending}
      showSearch={{ optionFilterProp: "label" }}
      notFoundContent={
        groups.isPending ? (
          <Spin size="small" />
        ) : (
          t(groups.data?.length === 0 ? "builder.noGroups" : "builder.noMatch")
        )
      }
      options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
    />
  );
}

/** "连衣裙 · 红 / M" for a SKU (its code or id when it has no attributes). */
export function skuName(product: Product, sku: Product["skus"][number]): string {
  const attributes = Object.values(sku.attributes).join(" / ") || sku.merchantCode || `#${sku.id}`;
  return `${product.title} · ${attributes}`;
}

/** Products (or, with `sku`, SKUs) searched by title or merchant code on the server. */
export function ProductSelect({
  value,
  onChange,
  ariaLabel,
  status,
  sku = false,
}: PickerProps<number> & { sku?: boolean }) {
  const { t } = useTranslation("segments");
  const [search, setSearch] = useState("");
  const [open, setOpen] = useState(false);
  const q = useDebounced(search.trim(), 300);
  const results = useProductSearch(q, open);
  // The chosen ones are named even when the search shows other products.
  const chosen = useProductsByIds(sku ? [] : value.slice(0, 200), sku ? value.slice(0, 200) : []);
  const options = useMemo(() => {
    const seen = new Map<number, { value: number; label: string }>();
    for (const product of [...(chosen.data ?? []), ...(results.data ?? [])]) {
      if (!sku) {
        const code = product.merchantCode ? ` (${product.merchantCode})` : "";
        seen.set(product.id, { value: product.id, label: `${product.title}${code}` });
        continue;
      }
      for (const s of product.skus) seen.set(s.id, { value: s.id, label: skuName(product, s) });
    }
    return [...seen.values()];
  }, [chosen.data, results.data, sku]);
  return (
    <Select<number[]>
      mode="multiple"
      style={WIDE}
      value={value}
      onChange={onChange}
      aria-label={ariaLabel}
      status={status}
      placeholder={t(sku ? "builder.skusPlaceholder" : "builder.productsPlaceholder")}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={setOpen}
      loading={results.isFetching}
      notFoundContent={results.isFetching ? <Spin size="small" /> : t("builder.noMatch")}
      options={options}
    />
  );
}

/** Free text values (Enter adds one), with the shop's provinces or cities offered when known. */
export function TextListSelect({
  value,
  onChange,
  ariaLabel,
  status,
  field,
}: PickerProps<string> & { field: string }) {
  const { t } = useTranslation("segments");
  const by = field === "province" || field === "city" ? field : null;
  // The breakdown report lists the places buyers came from, spelled as the imports stored them.
  const places = useQuery({
    queryKey: ["segments", "places", by],
    queryFn: async () =>
      data(
        await api.GET("/api/v1/analytics/reports/breakdown", {
          params: { query: { by: by ?? "province", limit: 200 } },
        }),
      ).rows.flatMap((row) => (typeof row.key === "string" && row.key ? [row.key] : [])),
    enabled: by !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
  return (
    <Select<string[]>
      mode="tags"
      style={WIDE}
      value={value}
      onChange={(values) => onChange(values.map((v) => v.trim()).filter(Boolean))}
      aria-label={ariaLabel}
      status={status}
      placeholder={t("builder.listPlaceholder")}
      tokenSeparators={[",", "，", "、"]}
      options={(places.data ?? []).map((place) => ({ value: place, label: place }))}
    />
  );
}

/** A fixed list of choices (enum values, platforms) with their labels. */
export function ChoiceSelect({
  value,
  onChange,
  ariaLabel,
  status,
  choices,
}: PickerProps<string> & { choices: { value: string; label: string }[] }) {
  const { t } = useTranslation("segments");
  return (
    <Select<string[]>
      mode="multiple"
      style={WIDE}
      value={value}
      onChange={onChange}
      aria-label={ariaLabel}
      status={status}
      placeholder={t("builder.choosePlaceholder")}
      showSearch={{ optionFilterProp: "label" }}
      options={choices}
    />
  );
}
