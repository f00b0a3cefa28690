/** The series cards: repeat rate over time, new vs returning buyers and revenue, churn. */
import { Segmented, Typography } from "antd";
import type { EChartsCoreOption } from "echarts/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { CHART_COLORS, EChart } from "../../app/EChart.tsx";
import {
  formatFen,
  formatFenCompact,
  formatNumber,
  formatNumberCompact,
  formatPercent,
} from "../../app/format.ts";
import { AXIS_TOOLTIP, GRID, LEGEND, periodAxis, useSeriesQuery } from "./chart-options.ts";
import { type Report, useReport } from "./overview.api.ts";
import { ReportCard } from "./ReportCard.tsx";

const NEW_COLOR = "#1677ff";
const RETURNING_COLOR = CHART_COLORS[0];

const percentAxis = { type: "value", axisLabel: { formatter: (v: number) => formatPercent(v, 0) } } as const;

export function RepeatRateCard() {
  const { t } = useTranslation("overview");
  const query = useReport("repeat-rate", useSeriesQuery());
  const option = useMemo((): EChartsCoreOption | null => {
    const report = query.data;
    if (!report) return null;
    return {
      grid: GRID,
      legend: LEGEND,
      tooltip: { ...AXIS_TOOLTIP, valueFormatter: (v: number) => formatPercent(v) },
      xAxis: periodAxis(report.points, report.granularity),
      yAxis: percentAxis,
      series: [
        {
          name: t("repeatRate.rate"),
          type: "line",
          smooth: true,
          symbolSize: 6,
          areaStyle: { opacity: 0.08 },
          data: report.points.map((p) => (p.buyers === 0 ? null : p.repeatRate)),
        },
        {
          name: t("repeatRate.returningShare"),
          type: "line",
          smooth: true,
          symbolSize: 4,
          lineStyle: { type: "dashed" },
          color: NEW_COLOR,
          data: report.points.map((p) => (p.buyers === 0 ? null : p.returningShare)),
        },
      ],
    };
  }, [query.data, t]);
  return (
    <ReportCard
      testId="card-repeat-rate"
      title={t("repeatRate.title")}
      help={t("repeatRate.help")}
      query={query}
      isEmpty={(r) => r.total.buyers === 0}
      extra={
        query.data ? (
          <Typography.Text type="secondary">
            {t("repeatRate.total", { rate: formatPercent(query.data.total.repeatRate) })}
          </Typography.Text>
        ) : null
      }
    >
      {() => option && <EChart option={option} ariaLabel={t("repeatRate.title")} />}
    </ReportCard>
  );
}

type Measure = "buyers" | "revenue";

export function NewReturningCard() {
  const { t } = useTranslation("overview");
  const query = useReport("repeat-rate", useSeriesQuery());
  const [measure, setMeasure] = useState<Measure>("buyers");
  const option = useMemo((): EChartsCoreOption | null => {
    const report = query.data;
    if (!report) return null;
    const money = measure === "revenue";
    const bar = (name: string, color: string | undefined, values: number[]) => ({
      name,
      type: "bar",
      stack: "buyers",
      color,
      barMaxWidth: 28,
      data: values,
    });
    return {
      grid: GRID,
      legend: LEGEND,
      tooltip: { ...AXIS_TOOLTIP, valueFormatter: (v: number) => (money ? formatFen(v) : formatNumber(v)) },
      xAxis: periodAxis(report.points, report.granularity),
      yAxis: { type: "value", axisLabel: { formatter: money ? formatFenCompact : formatNumberCompact } },
      series: [
        bar(
          t("newReturning.newBuyers"),
          NEW_COLOR,
          report.points.map((p) => (money ? p.newBuyerRevenueFen : p.newBuyers)),
        ),
        bar(
          t("newReturning.returningBuyers"),
          RETURNING_COLOR,
          report.points.map((p) => (money ? p.returningBuyerRevenueFen : p.returningBuyers)),
        ),
      ],
    };
  }, [query.data, measure, t]);
  return (
    <ReportCard
      testId="card-new-returning"
      title={t("newReturning.title")}
      help={t("newReturning.help")}
      query={query}
      isEmpty={(r) => r.total.buyers === 0}
      extra={
        <Segmented<Measure>
          size="small"
          value={measure}
          onChange={setMeasure}
          options={[
            { value: "buyers", label: t("newReturning.buyers") },
            { value: "revenue", label: t("newReturning.revenue") },
          ]}
        />
      }
    >
      {(report) => (
        <>
          {option && <EChart option={option} ariaLabel={t("newReturning.title")} height={270} />}
          <NewReturningSummary total={report.total} />
        </>
      )}
    </ReportCard>
  );
}

function NewReturningSummary({ total }: { total: Report<"repeat-rate">["total"] }) {
  const { t } = useTranslation("overview");
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t("newReturning.summary", {
        returning: formatNumber(total.returningBuyers),
        newBuyers: formatNumber(total.newBuyers),
        share: formatPercent(total.returningBuyerRevenueShare),
      })}
    </Typography.Text>
  );
}

export function ChurnCard() {
  const { t } = useTranslation("overview");
  const query = useReport("churn", useSeriesQuery());
  const option = useMemo((): EChartsCoreOption | null => {
    const report = query.data;
    if (!report) return null;
    const people = { valueFormatter: (v: number) => formatNumber(v) };
    const bar = (name: string, stack: string, color: string, values: number[]) => ({
      name,
      type: "bar",
      stack,
      color,
      barMaxWidth: 16,
      tooltip: people,
      data: values,
    });
    return {
      grid: GRID,
      legend: LEGEND,
      tooltip: AXIS_TOOLTIP,
      xAxis: periodAxis(report.points, report.granularity),
      yAxis: [
        { type: "value", axisLabel: { formatter: formatNumberCompact } },
        { ...percentAxis, splitLine: { show: false } },
      ],
      // Gained (new + reactivated) stacked beside lost, so growth and loss read against each other.
      series: [
        bar(
          t("churn.newBuyers"),
          "gained",
          NEW_COLOR,
          report.points.map((p) => p.newBuyers),
        ),
        bar(
          t("churn.reactivated"),
          "gained",
          "#52c41a",
          report.points.map((p) => p.reactivated),
        ),
        bar(
          t("churn.churned"),
          "lost",
          "#8c8c8c",
          report.points.map((p) => p.churned),
        ),
        {
          name: t("churn.churnRate"),
          type: "line",
          yAxisIndex: 1,
          smooth: true,
          color: RETURNING_COLOR,
          tooltip: { valueFormatter: (v: number) => formatPercent(v) },
          data: report.points.map((p) => (p.activeAtStart === 0 ? null : p.churnRate)),
        },
      ],
    };
  }, [query.data, t]);
  return (
    <ReportCard
      testId="card-churn"
      title={t("churn.title")}
      help={t("churn.help")}
      query={query}
      isEmpty={(r) => r.total.activeAtStart + r.total.newBuyers + r.total.reactivated === 0}
      extra={
        query.data ? (
          <Typography.Text type="secondary">
            {t("churn.threshold", {
              days: query.data.churnDays,
              source: t(`churn.source.${query.data.churnDaysSource}`),
            })}
          </Typography.Text>
        ) : null
      }
    >
      {() => option && <EChart option={option} ariaLabel={t("churn.title")} />}
    </ReportCard>
  );
}
