/**
 * 流量成本分摊: traffic (直通车, 推广) is paid to win a customer's first purchase; repeat
 * purchases come without it. Spread over every order, the acquisition cost per order falls as
 * customers come back. The share of sales spent on traffic is the shop's setting (default 20%);
 * the what-if field here changes it for this view only.
 */
import { Button, Col, InputNumber, Row, Space, Statistic, Typography } from "antd";
import type { EChartsCoreOption } from "echarts/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CHART_COLORS, EChart } from "../../app/EChart.tsx";
import { formatFen, formatFenCompact, formatPercent } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { AXIS_TOOLTIP, GRID, LEGEND, periodAxis, useSeriesQuery } from "./chart-options.ts";
import { type Report, useReport } from "./overview.api.ts";
import { ReportCard } from "./ReportCard.tsx";

type TrafficCost = Report<"traffic-cost">;

export function TrafficCostCard() {
  const { t } = useTranslation("overview");
  const session = useSession();
  // The field edits a draft; the report is asked for once typing pauses, not at every key.
  const [draft, setDraft] = useState<number | null>(null);
  const [sharePercent, setSharePercent] = useState<number | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSharePercent(draft), 500);
    return () => clearTimeout(timer);
  }, [draft]);
  const share = sharePercent === null ? undefined : sharePercent / 100;
  const query = useReport("traffic-cost", { ...useSeriesQuery(), share });
  const option = useMemo((): EChartsCoreOption | null => {
    const report = query.data;
    if (!report) return null;
    const money = { valueFormatter: (v: number) => formatFen(v) };
    return {
      grid: GRID,
      legend: LEGEND,
      tooltip: AXIS_TOOLTIP,
      xAxis: periodAxis(report.points, report.granularity),
      yAxis: [
        { type: "value", axisLabel: { formatter: formatFenCompact } },
        { type: "value", splitLine: { show: false }, axisLabel: { formatter: formatFenCompact } },
      ],
      series: [
        {
          name: t("traffic.acquisitionCost"),
          type: "bar",
          stack: "cost",
          color: CHART_COLORS[1],
          tooltip: money,
          data: report.points.map((p) => p.acquisitionCostFen),
        },
        {
          name: t("traffic.saved"),
          type: "bar",
          stack: "cost",
          color: "#95de64",
          tooltip: money,
          data: report.points.map((p) => p.savedFen),
        },
        {
          name: t("traffic.effectiveCostPerOrder"),
          type: "line",
          yAxisIndex: 1,
          smooth: true,
          color: CHART_COLORS[0],
          tooltip: money,
          data: report.points.map((p) => (p.orders === 0 ? null : p.effectiveCostPerOrderFen)),
        },
      ],
    };
  }, [query.data, t]);

  return (
    <ReportCard
      testId="card-traffic"
      title={t("traffic.title")}
      help={t("traffic.help")}
      query={query}
      height={260}
      isEmpty={(r) => r.total.orders === 0}
      extra={
        <Space size={4} wrap>
          <Typography.Text type="secondary">{t("traffic.shareLabel")}</Typography.Text>
          <InputNumber<number>
            size="small"
            min={0}
            max={100}
            step={1}
            precision={1}
            suffix="%"
            aria-label={t("traffic.shareLabel")}
            style={{ width: 84 }}
            value={draft ?? (query.data ? round1(query.data.share * 100) : null)}
            onChange={(v) => setDraft(v)}
          />
          {draft !== null ? (
            <Button size="small" type="link" onClick={() => setDraft(null)}>
              {t("traffic.resetShare")}
            </Button>
          ) : null}
        </Space>
      }
    >
      {(report) => (
        <Row gutter={[16, 12]}>
          <Col xs={24} lg={9}>
            <TrafficFigures report={report} />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
              {t("traffic.explain", {
                all: formatFen(report.total.costPerOrderIfAllPaidFen),
                effective: formatFen(report.total.effectiveCostPerOrderFen),
              })}{" "}
              {sharePercent === null && session.can("settings") ? (
                <Link to="/settings/shop">{t("traffic.changeSetting")}</Link>
              ) : null}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} lg={15}>
            {option && <EChart option={option} ariaLabel={t("traffic.title")} height={260} />}
          </Col>
        </Row>
      )}
    </ReportCard>
  );
}

function TrafficFigures({ report }: { report: TrafficCost }) {
  const { t } = useTranslation("overview");
  const total = report.total;
  const small = { content: { fontSize: 18 } };
  return (
    <Row gutter={[12, 12]}>
      <Col span={12}>
        <Statistic
          title={t("traffic.effectiveCostPerOrder")}
          value={formatFen(total.effectiveCostPerOrderFen)}
          styles={{ content: { fontSize: 18, color: CHART_COLORS[0] } }}
        />
      </Col>
      <Col span={12}>
        <Statistic
          title={t("traffic.costPerOrderIfAllPaid")}
          value={formatFen(total.costPerOrderIfAllPaidFen)}
          styles={small}
        />
      </Col>
      <Col span={12}>
        <Statistic title={t("traffic.savedTotal")} value={formatFen(total.savedFen)} styles={small} />
      </Col>
      <Col span={12}>
        <Statistic
          title={t("traffic.effectiveShare", { share: formatPercent(report.share) })}
          value={formatPercent(total.effectiveShare)}
          styles={small}
        />
      </Col>
    </Row>
  );
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
