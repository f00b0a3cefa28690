/** Who joined and who left the segment per day over the last 30 days (bars up and down). */
import { Card } from "antd";
import type { EChartsCoreOption } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EChart } from "../../app/EChart.tsx";
import { formatNumber } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState, QueryState } from "../../app/states.tsx";
import { useSegmentTrend } from "./segments.api.ts";
import { fillDays, todayIn } from "./trend.ts";

const DAYS = 30;
const JOINED = "#52c41a";
const LEFT = "#ff4d4f";

/** The card of the 30-day join/leave chart. */
export function TrendCard({ segmentId }: { segmentId: number }) {
  const { t } = useTranslation("segments");
  const session = useSession();
  const trend = useSegmentTrend(segmentId, DAYS);
  const option = useMemo((): EChartsCoreOption | null => {
    if (!trend.data) return null;
    const days = fillDays(trend.data, DAYS, todayIn(session.shop.timeZone));
    return {
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, left: "center", itemWidth: 14, itemHeight: 8 },
      tooltip: {
        trigger: "axis",
        confine: true,
        valueFormatter: (v: number) => formatNumber(Math.abs(v)),
      },
      xAxis: {
        type: "category",
        data: days.map((d) => d.day.slice(5)),
        axisTick: { alignWithLabel: true },
        axisLabel: { hideOverlap: true },
      },
      yAxis: {
        type: "value",
        minInterval: 1,
        axisLabel: { formatter: (v: number) => formatNumber(Math.abs(v)) },
      },
      series: [
        {
          name: t("detail.trendJoined"),
          type: "bar",
          stack: "change",
          color: JOINED,
          data: days.map((d) => d.joined),
        },
        // Leaves are drawn below the axis, so a day's churn reads at a glance.
        {
          name: t("detail.trendLeft"),
          type: "bar",
          stack: "change",
          color: LEFT,
          data: days.map((d) => -d.left),
        },
      ],
    };
  }, [trend.data, session.shop.timeZone, t]);
  return (
    <Card size="small" title={t("detail.trend")} style={{ height: "100%" }}>
      <QueryState query={trend} rows={5}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState description={t("detail.trendEmpty")} />
          ) : (
            option && <EChart option={option} ariaLabel={t("detail.trend")} height={260} />
          )
        }
      </QueryState>
    </Card>
  );
}
