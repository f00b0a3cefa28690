/** Spending, RFM and the model's predictions with their intervals; preferences from the items. */
import { Alert, Card, Col, Descriptions, Row, Statistic, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDay, formatFen, formatNumber, formatPercent } from "../../app/format.ts";
import type { CustomerDetail } from "./customers.api.ts";

type Metrics = NonNullable<CustomerDetail["metrics"]>;

function Interval({ low, high }: { low: string; high: string }) {
  const { t } = useTranslation("customers");
  if (low === "–" && high === "–") return null;
  return <div className="muted">{t("detail.interval", { low, high })}</div>;
}

export function MetricsCard({ metrics }: { metrics: Metrics | null }) {
  const { t } = useTranslation(["customers", "common"]);
  if (!metrics) {
    return (
      <Card size="small" title={t("detail.metrics")}>
        <Alert type="info" showIcon message={t("detail.notAnalysed")} />
      </Card>
    );
  }
  const m = metrics;
  const days = m.horizonDays ?? 365;
  return (
    <Card
      size="small"
      title={t("detail.metrics")}
      extra={<span className="muted">{t("detail.asOf", { date: formatDay(m.asOf) })}</span>}
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t("detail.paidOrders")} value={m.paidOrders} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("detail.totalSpent")} value={formatFen(m.totalSpentFen)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("detail.aov")} value={formatFen(m.aovFen)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t("detail.recency")}
            value={m.recencyDays === null ? "–" : t("common:unit.days", { count: m.recencyDays })}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("detail.pAlive")} value={formatPercent(m.pAlive, 0)} />
          <Interval low={formatPercent(m.pAliveLow, 0)} high={formatPercent(m.pAliveHigh, 0)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t("detail.expectedPurchases", { days })}
            value={formatNumber(m.expectedPurchases, 2)}
          />
          <Interval
            low={formatNumber(m.expectedPurchasesLow, 2)}
            high={formatNumber(m.expectedPurchasesHigh, 2)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("detail.nextPurchase")} value={formatDay(m.expectedNextPurchaseOn)} />
          <Interval low={formatDay(m.expectedNextPurchaseLow)} high={formatDay(m.expectedNextPurchaseHigh)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("detail.clv")} value={formatFen(m.clvFen)} />
          <Interval low={formatFen(m.clvLowFen)} high={formatFen(m.clvHighFen)} />
        </Col>
      </Row>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t("detail.rfm")}>
          {m.rScore ? <Tag>{`R${m.rScore} F${m.fScore} M${m.mScore}`}</Tag> : "–"}
        </Descriptions.Item>
        <Descriptions.Item label={t("detail.purchaseDays")}>{m.purchaseDays}</Descriptions.Item>
        <Descriptions.Item label={t("detail.ipt")}>
          {`${formatNumber(m.iptMeanDays, 1)} / ${formatNumber(m.iptMedianDays, 1)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t("detail.expectedSpend", { days })}>
          <div>
            {formatFen(m.expectedSpendFen)}
            <Interval low={formatFen(m.expectedSpendLowFen)} high={formatFen(m.expectedSpendHighFen)} />
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t("detail.source")}>
          {m.predictionSource ? t(`detail.sourceValue.${m.predictionSource}`) : "–"}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function PreferencesCard({ metrics }: { metrics: Metrics | null }) {
  const { t } = useTranslation("customers");
  const any = metrics && (metrics.favouriteProductTitle || metrics.favouriteColour || metrics.favouriteSize);
  return (
    <Card size="small" title={t("detail.preferences")}>
      {any ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t("detail.favouriteProduct")}>
            {metrics.favouriteProductTitle ?? "–"}
          </Descriptions.Item>
          <Descriptions.Item label={t("detail.favouriteColour")}>
            {metrics.favouriteColour ?? "–"}
          </Descriptions.Item>
          <Descriptions.Item label={t("detail.favouriteSize")}>
            {metrics.favouriteSize ?? "–"}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t("detail.noPreferences")}</Typography.Text>
      )}
    </Card>
  );
}
