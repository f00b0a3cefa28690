/**
 * One customer's archive: profile with tags, spending and predictions (with intervals),
 * preferences and inferred behaviour, follow-up visits, notes and reviews, and tabs for the timeline,
 * orders, platform identities and merges.
 */
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Col, Flex, Result, Row, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { QueryState } from "../../app/states.tsx";
import { FollowUpsCard } from "../follow-ups/FollowUpsCard.tsx";
import { ReviewsCard } from "../reviews/ReviewsCard.tsx";
import { useCustomer } from "./customers.api.ts";
import { DetailTabs } from "./DetailTabs.tsx";
import { InferencesCard } from "./InferencesCard.tsx";
import { MetricsCard, PreferencesCard } from "./MetricsCard.tsx";
import { NotesCard } from "./NotesCard.tsx";
import { ProfileCard } from "./ProfileCard.tsx";
import { ChurnTag, PlatformTags } from "./tags.tsx";

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
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
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
              {/* Behaviour under the short preferences card fills the column beside the tall metrics. */}
              <Flex vertical gap={16}>
                <PreferencesCard metrics={detail.metrics} />
                <InferencesCard customerId={detail.customer.id} />
              </Flex>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <FollowUpsCard
                customerId={detail.customer.id}
                open={detail.openFollowUps}
                closed={detail.closedFollowUps}
              />
            </Col>
            <Col xs={24} xl={12}>
              <NotesCard customerId={detail.customer.id} />
            </Col>
          </Row>
          <ReviewsCard customerId={detail.customer.id} newest={detail.reviews} orders={detail.recentOrders} />
          <DetailTabs detail={detail} />
          <Typography.Text type="secondary" className="muted">
            {t("detail.ordersShown", { count: detail.recentOrders.length })}
          </Typography.Text>
        </Space>
      )}
    </QueryState>
  );
}
