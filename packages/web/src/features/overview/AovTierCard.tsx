/**
 * 客单价分层: buyers and repeat rate by the 客单价 tier the last analytics run gave each customer
 * (tier 1 = lowest average order value). Tiers exist only after a run, so before one the card
 * says so instead of showing an empty chart.
 */
import type { EChartsCoreOption } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { CHART_COLORS, EChart } from "../../app/EChart.tsx";
import { formatFen, formatNumber, formatNumberCompact, formatPercent } from "../../app/format.ts";
import { EmptyState } from "../../app/states.tsx";
import { AXIS_TOOLTIP, GRID, LEGEND } from "./chart-options.ts";
import { useOverviewFilters } from "./filters.ts";
import { useReport } from "./overview.api.ts";
import { ReportCard } from "./ReportCard.tsx";

export function AovTierCard() {
  const { t } = useTranslation("overview");
  const { range } = useOverviewFilters();
  const query = useReport("breakdown", { ...range, by: "aovTier", limit: 20 });
  const option = useMemo((): EChartsCoreOption | null => {
    const report = query.data;
    if (!report) return null;
    const rows = report.rows;
    const names = rows.map((r) =>
      r.key === null ? t("aov.unknown") : `${t("aov.tier", { n: r.key })}\n${formatFen(r.aovFen)}`,
    );
    return {
      grid: GRID,
      legend: LEGEND,
      tooltip: {
        ...AXIS_TOOLTIP,
        formatter: (params: { dataIndex: number }[]) => {
          const row = rows[params[0]?.dataIndex ?? -1];
          if (!row) return "";
          return [
            names[params[0]?.dataIndex ?? 0]?.replace("\n", " · "),
            `${t("aov.buyers")}: ${formatNumber(row.buyers)}`,
            `${t("aov.repeatRate")}: ${formatPercent(row.repeatRate)}`,
            `${t("aov.revenueShare")}: ${formatPercent(row.revenueShare)}`,
          ].join("<br/>");
        },
      },
      xAxis: { type: "category", data: names, axisLabel: { interval: 0, lineHeight: 14 } },
      yAxis: [
        { type: "value", axisLabel: { formatter: formatNumberCompact } },
        {
          type: "value",
          splitLine: { show: false },
          axisLabel: { formatter: (v: number) => formatPercent(v, 0) },
        },
      ],
      series: [
        {
          name: t("aov.buyers"),
          type: "bar",
          barMaxWidth: 36,
          color: CHART_COLORS[1],
          data: rows.map((r) => r.buyers),
        },
        {
          name: t("aov.repeatRate"),
          type: "line",
          yAxisIndex: 1,
          color: CHART_COLORS[0],
          label: {
            show: true,
            position: "top",
            distance: 8,
            formatter: (p: { value: number }) => formatPercent(p.value, 0),
            fontSize: 10,
          },
          data: rows.map((r) => r.repeatRate),
        },
      ],
    };
  }, [query.data, t]);
  return (
    <ReportCard
      testId="card-aov"
      title={t("aov.title")}
      help={t("aov.help")}
      query={query}
      isEmpty={(r) => !r.available || r.rows.length === 0}
      empty={query.data?.available === false ? <EmptyState description={t("aov.unavailable")} /> : undefined}
    >
      {() => option && <EChart option={option} ariaLabel={t("aov.title")} />}
    </ReportCard>
  );
}
