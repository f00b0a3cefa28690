/**
 * The range and platform the report cards show. The platform list comes from the platform
 * breakdown, asked for only when the list is opened (a scan of every order is not worth paying
 * on each visit).
 */
import { DatePicker, Radio, Select, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import i18n from "../../app/i18n.ts";
import { PRESETS, useOverviewFilters } from "./filters.ts";
import { useReport } from "./overview.api.ts";

/** A platform's name from common.json, or its code when the catalogue has none. */
export function platformName(code: string): string {
  const key = `common:platform.${code}`;
  return i18n.exists(key) ? i18n.t(key as "common:platform.other") : code;
}

export function FilterBar() {
  const { t } = useTranslation("overview");
  const { filters, today, setPreset, setCustom, setPlatform } = useOverviewFilters();
  const [opened, setOpened] = useState(false);
  const platforms = useReport("breakdown", { by: "platform", limit: 50 }, opened || !!filters.platform);
  const codes = new Set((platforms.data?.rows ?? []).map((r) => String(r.key)).filter((k) => k !== "null"));
  if (filters.platform) codes.add(filters.platform);

  return (
    <Space wrap size={[12, 8]} style={{ width: "100%" }} data-testid="overview-filters">
      <Typography.Text type="secondary">{t("filters.caption")}</Typography.Text>
      <Radio.Group
        size="small"
        optionType="button"
        value={filters.preset}
        onChange={(e) => setPreset(e.target.value)}
        options={PRESETS.map((p) => ({ value: p, label: t(`filters.preset.${p}`) }))}
      />
      <DatePicker.RangePicker
        size="small"
        allowClear={false}
        aria-label={t("filters.range")}
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        disabledDate={(d) => d.format("YYYY-MM-DD") > today}
        onChange={(values) => {
          const [from, to] = values ?? [];
          if (from && to) setCustom(from.format("YYYY-MM-DD"), to.format("YYYY-MM-DD"));
        }}
        style={{ width: 240 }}
      />
      <Select<string>
        size="small"
        aria-label={t("filters.platform")}
        value={filters.platform ?? ""}
        onChange={(v) => setPlatform(v || undefined)}
        onOpenChange={(open) => open && setOpened(true)}
        loading={platforms.isFetching}
        style={{ minWidth: 132 }}
        options={[
          { value: "", label: t("filters.allPlatforms") },
          ...[...codes].map((code) => ({ value: code, label: platformName(code) })),
        ]}
      />
    </Space>
  );
}
