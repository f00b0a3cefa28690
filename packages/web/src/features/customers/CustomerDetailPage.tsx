/**
 * One customer's archive: profile, spending and predictions (with intervals), preferences, and
 * tabs for the timeline, orders, platform identities and merges.
 */
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Col, Flex, Result, Row, Space, Table, Tabs, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { formatDateTime, formatFen } from "../../app/format.ts";
import { QueryState } from "../../app/states.tsx";
import { type CustomerDetail, useCustomer } from "./customers.api.ts";
import { MetricsCard, PreferencesCard } from "./MetricsCard.tsx";
import { OrdersTable } from "./OrdersTable.tsx";
import { ProfileCard } from "./ProfileCard.tsx";
import { ChurnTag, PlatformTags, usePlatformName } from "./tags.tsx";
import { type TimelineEvent, timelineOf } from "./timeline.ts";

function EventLabel({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation("customers");
  switch (event.kind) {
    case "ordered":
      return <>{t("event.ordered", { id: event.externalId })}</>;
    case "paid":
    case "refunded":
      return <>{t(`event.${event.kind}`, { amount: formatFen(event.amountFen) })}</>;
    case "merged":
      return (
        <>
          {t("event.merged", {
            id: event.customerId ?? "–",
            reason: t(`detail.mergeReason.${event.reason}`),
          })}
        </>
      );
    default:
      return <>{t(`event.${event.kind}`)}</>;
  }
}

const EVENT_COLOURS: Record<TimelineEvent["kind"], string> = {
  ordered: "blue",
  paid: "green",
  shipped: "cyan",
  completed: "green",
  closed: "gray",
  refunded: "red",
  merged: "purple",
};

function Tabbed({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation("customers");
  const platformName = usePlatformName();
  const events = timelineOf(detail);
  return (
    <Card size="small">
      <Tabs
        items={[
          {
            key: "timeline",
            label: t("detail.timeline"),
            children: events.length ? (
              <Timeline
                items={events.map((event, i) => ({
                  key: `${event.kind}-${event.at}-${i}`,
                  color: EVENT_COLOURS[event.kind],
                  children: (
                    <>
                      <EventLabel event={event} />
                      <div className="muted">{formatDateTime(event.at)}</div>
                    </>
                  ),
                }))}
              />
            ) : (
              <Typography.Text type="secondary">{t("detail.noOrders")}</Typography.Text>
            ),
          },
          {
            key: "orders",
            label: `${t("detail.orders")} (${detail.recentOrders.length})`,
            children: <OrdersTable orders={detail.recentOrders} />,
          },
          {
            key: "identities",
            label: t("detail.identities"),
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={detail.identities}
                columns={[
                  {
                    title: t("order.platform"),
                    render: (_, i) => (i.platform === "*" ? "–" : platformName(i.platform)),
                  },
                  { title: t("detail.identities"), render: (_, i) => t(`detail.identityKind.${i.kind}`) },
                  { title: t("detail.name"), dataIndex: "value" },
                ]}
              />
            ),
          },
          {
            key: "merges",
            label: t("detail.merges"),
            children: detail.mergedFrom.length ? (
              <Table
                rowKey="mergeId"
                size="small"
                pagination={false}
                dataSource={detail.mergedFrom}
                columns={[
                  {
                    title: "#",
                    render: (_, m) => t("detail.mergedCustomer", { id: m.mergedCustomerId ?? "–" }),
                  },
                  { title: t("detail.merges"), render: (_, m) => t(`detail.mergeReason.${m.reason}`) },
                  { title: t("order.orderedAt"), render: (_, m) => formatDateTime(m.mergedAt) },
                  { title: "", render: (_, m) => (m.undoneAt ? t("detail.mergeUndone") : null) },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t("detail.noMerges")}</Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

export default function CustomerDetailPage() {
  const { t } = useTranslation("customers");
  const id = Number(useParams().id);
  const query = useCustomer(id);
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        subTitle={t("detail.notFound")}
        extra={
          <Link to="/customers">
            <Button>{t("detail.back")}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <QueryState query={query} rows={10}>
      {(detail) => (
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Flex align="center" gap={8} wrap>
            <Link to="/customers" aria-label={t("detail.back")}>
              <ArrowLeftOutlined />
            </Link>
            <Typography.Title level={4} className="page-title" style={{ margin: 0 }}>
              {detail.customer.name ?? `#${detail.customer.id}`}
            </Typography.Title>
            <PlatformTags platforms={detail.platforms} />
            <ChurnTag status={detail.metrics?.churnStatus ?? null} />
          </Flex>
          <ProfileCard detail={detail} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <MetricsCard metrics={detail.metrics} />
            </Col>
            <Col xs={24} xl={8}>
              <PreferencesCard metrics={detail.metrics} />
            </Col>
          </Row>
          <Tabbed detail={detail} />
          <Typography.Text type="secondary" className="muted">
            {t("detail.ordersShown", { count: detail.recentOrders.length })}
          </Typography.Text>
        </Space>
      )}
    </QueryState>
  );
}
