/**
 * 回购间隔: how many days customers take between two purchases. The median and the 90th
 * percentile tell when to send a reminder and when a customer is probably gone.
 */
import { Typography } from "antd";
import type { EChartsCoreOption } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { CHART_COLORS, EChart } from "../../app/EChart.tsx";
import { formatNumber, formatNumberCompact } from "../../app/format.ts";
import { useOverviewFilters } from "./filters.ts";
import { useReport } from "./overview.api.ts";
import { ReportCard } from "./ReportCard.tsx";

export function GapsCard() {
  const { t } = useTranslation(["overview", "common"]);
  const { range } = useOverviewFilters();
  const query = useReport("gaps", { ...range, bucketDays: 30 });
  const option = useMemo((): EChartsCoreOption | null => {
    const report = query.data;
    if (!report) return null;
    return {
      grid: { ...GRID_NO_LEGEND },
      tooltip: { trigger: "axis", confine: true, valueFormatter: (v: number) => formatNumber(v) },
      xAxis: {
        type: "category",
        name: t("gaps.axisDays"),
        nameLocation: "middle",
        nameGap: 28,
        data: report.histogram.map((b) =>
          b.toDays === null ? `${b.fromDays}+` : `${b.fromDays}–${b.toDays}`,
        ),
        axisLabel: { hideOverlap: true },
      },
      yAxis: { type: "value", axisLabel: { formatter: formatNumberCompact } },
      series: [
        {
          name: t("gaps.count"),
          type: "bar",
          barCategoryGap: "10%",
          color: CHART_COLORS[5],
          data: report.histogram.map((b) => b.count),
        },
      ],
    };
  }, [query.data, t]);
  const days = (value: number | null | undefined) =>
    value == null ? "–" : t("common:unit.days", { count: Math.round(value) });
  return (
    <ReportCard
      testId="card-gaps"
      title={t("gaps.title")}
      help={t("gaps.help")}
      query={query}
      height={240}
      isEmpty={(r) => r.count === 0}
      empty={<Typography.Text type="secondary">{t("gaps.none")}</Typography.Text>}
      extra={
        query.data && query.data.count > 0 ? (
          <Typography.Text type="secondary">
            {t("gaps.median", { days: days(query.data.medianDays) })}
          </Typography.Text>
        ) : null
      }
    >
      {(report) => (
        <>
          {option && <EChart option={option} ariaLabel={t("gaps.title")} height={290} />}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("gaps.summary", {
              p75: days(report.p75Days),
              p90: days(report.p90Days),
              repeatBuyers: formatNumber(report.repeatBuyers),
            })}
          </Typography.Text>
        </>
      )}
    </ReportCard>
  );
}

const GRID_NO_LEGEND = { left: 8, right: 8, top: 16, bottom: 28, containLabel: true } as const;
