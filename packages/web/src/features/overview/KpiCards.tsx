/**
 * The headline numbers of the whole history (GET /stats, one cheap call), painted before any
 * report: customers, buyers, orders, net revenue, 客单价 and repeat rate.
 */
import { Card, Col, Row, Statistic, Tooltip } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatFen, formatFenCompact, formatNumber, formatPercent } from "../../app/format.ts";
import { LoadError } from "../../app/states.tsx";
import { useStats } from "./overview.api.ts";

/** Beyond ¥100M the full amount no longer fits a card; it shows compact with the full one on hover. */
const COMPACT_FROM_FEN = 100_000_000 * 100;

interface Kpi {
  id: string;
  title: string;
  value: string;
  full?: string;
  note?: ReactNode;
  highlight?: boolean;
}

export function KpiCards() {
  const { t } = useTranslation("overview");
  // Asked for here, not by the page: a child's query starts before its parent's, and these
  // figures must be requested before the report cards queue their (slower) calls.
  const query = useStats();
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data;
  const repeatBuyers = s ? Math.round(s.repeatRate * s.buyers) : 0;
  const revenue = s?.revenueFen ?? 0;
  const kpis: Kpi[] = [
    { id: "customers", title: t("kpi.customers"), value: formatNumber(s?.customers ?? 0) },
    {
      id: "buyers",
      title: t("kpi.buyers"),
      value: formatNumber(s?.buyers ?? 0),
      note: t("kpi.buyersNote"),
    },
    {
      id: "paidOrders",
      title: t("kpi.paidOrders"),
      value: formatNumber(s?.paidOrders ?? 0),
      note: t("kpi.allOrders", { value: formatNumber(s?.orders ?? 0) }),
    },
    {
      id: "revenue",
      title: t("kpi.revenue"),
      value: revenue >= COMPACT_FROM_FEN ? formatFenCompact(revenue) : formatFen(revenue),
      full: revenue >= COMPACT_FROM_FEN ? formatFen(revenue) : undefined,
      note: t("kpi.revenueNote"),
    },
    {
      id: "aov",
      title: t("kpi.aov"),
      value: formatFen(s && s.paidOrders > 0 ? Math.round(s.revenueFen / s.paidOrders) : 0),
      note: t("kpi.aovNote"),
    },
    {
      id: "repeatRate",
      title: t("kpi.repeatRate"),
      value: formatPercent(s?.repeatRate ?? 0),
      note: t("kpi.repeatBuyers", { value: formatNumber(repeatBuyers) }),
      highlight: true,
    },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="kpi-cards">
      {kpis.map((kpi) => (
        <Col key={kpi.id} xs={12} sm={8} xl={4}>
          <Card size="small" style={{ height: "100%" }} data-testid={`kpi-${kpi.id}`}>
            <Statistic
              title={kpi.title}
              value={kpi.value}
              loading={query.isPending}
              styles={{
                content: { fontSize: 20, whiteSpace: "nowrap", color: kpi.highlight ? "#d4380d" : undefined },
              }}
              formatter={(v) =>
                kpi.full ? (
                  <Tooltip title={kpi.full}>
                    <span>{v}</span>
                  </Tooltip>
                ) : (
                  v
                )
              }
            />
            {kpi.note && !query.isPending ? <div className="muted">{kpi.note}</div> : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
