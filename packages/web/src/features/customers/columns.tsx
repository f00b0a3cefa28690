/** The customer table's columns and the column-settings control (choice kept in this browser). */
import { SettingOutlined } from "@ant-design/icons";
import { Button, Checkbox, Popover, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay, formatFen, formatNumber, formatPercent } from "../../app/format.ts";
import type { CustomerListItem } from "./customers.api.ts";
import { ChurnTag, PlatformTags } from "./tags.tsx";

export const COLUMN_KEYS = [
  "name",
  "phone",
  "region",
  "platforms",
  "paidOrders",
  "totalSpent",
  "aov",
  "tier",
  "firstOrder",
  "lastOrder",
  "churn",
  "rfm",
  "pAlive",
  "clv",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

const DEFAULT_HIDDEN: ColumnKey[] = ["firstOrder", "tier", "rfm"];
const STORAGE_KEY = "laoke.customers.hiddenColumns";

/** The hidden columns, remembered in localStorage. */
export function useHiddenColumns(): [ColumnKey[], (keys: ColumnKey[]) => void] {
  const [hidden, setHidden] = useState<ColumnKey[]>(() => {
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as unknown;
      if (Array.isArray(stored)) return stored.filter((k): k is ColumnKey => COLUMN_KEYS.includes(k));
    } catch {
      // A damaged setting falls back to the defaults.
    }
    return DEFAULT_HIDDEN;
  });
  return [
    hidden,
    (keys) => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
      setHidden(keys);
    },
  ];
}

/** Column definitions, minus the hidden ones. */
export function useCustomerColumns(hidden: ColumnKey[]): ColumnsType<CustomerListItem> {
  const { t } = useTranslation("customers");
  const all: (ColumnsType<CustomerListItem>[number] & { key: ColumnKey })[] = [
    {
      key: "name",
      title: t("column.name"),
      fixed: "left",
      width: 120,
      render: (_, c) => <Link to={`/customers/${c.id}`}>{c.name ?? `#${c.id}`}</Link>,
    },
    { key: "phone", title: t("column.phone"), width: 130, render: (_, c) => c.phone ?? "–" },
    {
      key: "region",
      title: t("column.region"),
      width: 130,
      render: (_, c) => [c.province, c.city].filter(Boolean).join(" ") || "–",
    },
    {
      key: "platforms",
      title: t("column.platforms"),
      width: 150,
      render: (_, c) => <PlatformTags platforms={c.platforms} />,
    },
    {
      key: "paidOrders",
      title: t("column.paidOrders"),
      align: "right",
      width: 80,
      render: (_, c) => formatNumber(c.paidOrders),
    },
    {
      key: "totalSpent",
      title: t("column.totalSpent"),
      align: "right",
      width: 120,
      render: (_, c) => formatFen(c.totalSpentFen),
    },
    { key: "aov", title: t("column.aov"), align: "right", width: 110, render: (_, c) => formatFen(c.aovFen) },
    {
      key: "tier",
      title: t("column.tier"),
      width: 100,
      render: (_, c) => (c.aovTier ? t("list.tierValue", { tier: c.aovTier }) : "–"),
    },
    {
      key: "firstOrder",
      title: t("column.firstOrder"),
      width: 110,
      render: (_, c) => formatDay(c.firstOrderAt),
    },
    {
      key: "lastOrder",
      title: t("column.lastOrder"),
      width: 110,
      render: (_, c) => formatDay(c.lastOrderAt),
    },
    {
      key: "churn",
      title: t("column.churn"),
      width: 110,
      render: (_, c) => <ChurnTag status={c.churnStatus} />,
    },
    {
      key: "rfm",
      title: t("column.rfm"),
      width: 80,
      render: (_, c) => (c.rfm ? <Tag>{`${c.rfm.r}${c.rfm.f}${c.rfm.m}`}</Tag> : "–"),
    },
    {
      key: "pAlive",
      title: t("column.pAlive"),
      align: "right",
      width: 100,
      render: (_, c) => formatPercent(c.pAlive, 0),
    },
    { key: "clv", title: t("column.clv"), align: "right", width: 120, render: (_, c) => formatFen(c.clvFen) },
  ];
  return all.filter((column) => !hidden.includes(column.key));
}

/** A popover of checkboxes choosing the visible columns. */
export function ColumnSettings({
  hidden,
  onChange,
}: {
  hidden: ColumnKey[];
  onChange: (keys: ColumnKey[]) => void;
}) {
  const { t } = useTranslation("customers");
  const visible = COLUMN_KEYS.filter((k) => !hidden.includes(k));
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      content={
        <Space direction="vertical">
          <Typography.Text strong>{t("list.columns")}</Typography.Text>
          <Checkbox.Group
            style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 4 }}
            value={visible}
            options={COLUMN_KEYS.filter((k) => k !== "name").map((k) => ({
              value: k,
              label: t(`column.${k}`),
            }))}
            onChange={(values) => onChange(COLUMN_KEYS.filter((k) => k !== "name" && !values.includes(k)))}
          />
        </Space>
      }
    >
      <Button icon={<SettingOutlined />} aria-label={t("list.columns")}>
        {t("list.columns")}
      </Button>
    </Popover>
  );
}
