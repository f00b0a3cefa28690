/**
 * 同期群: customers grouped by the month of their first purchase (rows) and the share of them
 * buying again k months later (columns). Month 0 is always 100%, so the colour scale follows the
 * later months, where the differences are.
 */
import { Grid } from "antd";
import { HeatmapChart } from "echarts/charts";
import { VisualMapContinuousComponent } from "echarts/components";
import { type EChartsCoreOption, use } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EChart } from "../../app/EChart.tsx";
import { formatNumber, formatPercent } from "../../app/format.ts";
import { useOverviewFilters } from "./filters.ts";
import { type Report, useReport } from "./overview.api.ts";
import { ReportCard } from "./ReportCard.tsx";

use([HeatmapChart, VisualMapContinuousComponent]);

type Cohorts = Report<"cohorts">;

/** [monthsSince, cohortIndex, retention] per observed cell, and the colour scale's top. */
export function heatmapCells(report: Cohorts): { cells: [number, number, number][]; max: number } {
  const cells: [number, number, number][] = [];
  let max = 0;
  report.matrix.forEach((row, i) => {
    row.forEach((value, k) => {
      if (value === null) return;
      cells.push([k, i, value]);
      if (k > 0 && value > max) max = value;
    });
  });
  return { cells, max: max > 0 ? max : 1 };
}

export function CohortCard() {
  const { t } = useTranslation("overview");
  const { range } = useOverviewFilters();
  const query = useReport("cohorts", { ...range, metric: "retention" });
  const screens = Grid.useBreakpoint();
  const wide = !!screens.md;
  const option = useMemo((): EChartsCoreOption | null => {
    const report = query.data;
    if (!report) return null;
    // Cell labels only where they fit: a wide screen and at most about a year of months.
    const labels = wide && report.maxMonthsSince <= 12;
    const { cells, max } = heatmapCells(report);
    const months = Array.from({ length: report.maxMonthsSince + 1 }, (_, k) => String(k));
    return {
      grid: { left: 8, right: 8, top: 8, bottom: 48, containLabel: true },
      tooltip: {
        confine: true,
        formatter: (p: { value: [number, number, number] }) => {
          const [k, i] = p.value;
          const cohort = report.cohorts[i];
          const cell = cohort?.cells[k];
          if (!cohort || !cell) return "";
          return t("cohorts.tooltip", {
            cohort: cohort.month.slice(0, 7),
            size: formatNumber(cohort.size),
            n: k,
            active: formatNumber(cell.activeCustomers),
            rate: formatPercent(cell.retention),
          });
        },
      },
      xAxis: {
        type: "category",
        data: months,
        name: t("cohorts.axisMonths"),
        nameLocation: "middle",
        nameGap: 24,
        splitArea: { show: true },
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: report.cohorts.map((c) => c.month.slice(0, 7)),
        splitArea: { show: true },
      },
      visualMap: {
        type: "continuous",
        min: 0,
        max,
        calculable: false,
        orient: "horizontal",
        left: "center",
        bottom: 0,
        itemHeight: 120,
        itemWidth: 10,
        text: [formatPercent(max), "0%"],
        inRange: { color: ["#fff7e6", "#ffbb96", "#d4380d"] },
        outOfRange: { color: "#ad2102" },
      },
      series: [
        {
          type: "heatmap",
          data: cells,
          label: {
            show: labels,
            fontSize: 10,
            formatter: (p: { value: [number, number, number] }) => formatPercent(p.value[2], 0),
          },
          emphasis: { itemStyle: { borderColor: "#333", borderWidth: 1 } },
        },
      ],
    };
  }, [query.data, wide, t]);
  const rows = query.data?.cohorts.length ?? 0;
  return (
    <ReportCard
      testId="card-cohorts"
      title={t("cohorts.title")}
      help={t("cohorts.help")}
      query={query}
      isEmpty={(r) => r.cohorts.length === 0}
    >
      {() =>
        option && (
          <EChart
            option={option}
            ariaLabel={t("cohorts.title")}
            height={Math.min(560, Math.max(300, 80 + rows * 22))}
          />
        )
      }
    </ReportCard>
  );
}
