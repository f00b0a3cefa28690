/**
 * 概览: the shop owner's daily screen. The whole-history headline numbers come first (one cheap
 * call); below, the reports for the chosen range and platform, each card loading on its own and
 * all asked for at once. A shop without orders gets a way to its first import instead of charts.
 */
import { Button, Card, Col, Flex, Row, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSession } from "../../app/session.tsx";
import { EmptyState } from "../../app/states.tsx";
import { AovTierCard } from "./AovTierCard.tsx";
import { CohortCard } from "./CohortCard.tsx";
import { FilterBar } from "./FilterBar.tsx";
import { GapsCard } from "./GapsCard.tsx";
import { KpiCards } from "./KpiCards.tsx";
import { useStats } from "./overview.api.ts";
import { ProvinceMapCard } from "./ProvinceMapCard.tsx";
import { RunStatus } from "./RunStatus.tsx";
import { TopProductsCard } from "./TopProductsCard.tsx";
import { TrafficCostCard } from "./TrafficCostCard.tsx";
import { ChurnCard, NewReturningCard, RepeatRateCard } from "./TrendCards.tsx";

export default function OverviewPage() {
  const { t } = useTranslation("overview");
  const stats = useStats();
  const noOrders = stats.data !== undefined && stats.data.paidOrders === 0;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
          {t("title")}
        </Typography.Title>
        <RunStatus />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("kpi.caption")}
      </Typography.Text>
      <KpiCards />
      {noOrders ? (
        <NoOrders />
      ) : (
        <>
          <FilterBar />
          <Reports />
        </>
      )}
    </Flex>
  );
}

/** The report cards, two by two on a wide screen, one per row on a phone. */
function Reports() {
  const half = { xs: 24, xl: 12 } as const;
  return (
    <Row gutter={[12, 12]}>
      <Col {...half}>
        <RepeatRateCard />
      </Col>
      <Col {...half}>
        <NewReturningCard />
      </Col>
      <Col {...half}>
        <ChurnCard />
      </Col>
      <Col {...half}>
        <CohortCard />
      </Col>
      <Col {...half}>
        <ProvinceMapCard />
      </Col>
      <Col {...half}>
        <AovTierCard />
      </Col>
      <Col xs={24} xl={14}>
        <TopProductsCard />
      </Col>
      <Col xs={24} xl={10}>
        <GapsCard />
      </Col>
      <Col span={24}>
        <TrafficCostCard />
      </Col>
    </Row>
  );
}

function NoOrders() {
  const { t } = useTranslation("overview");
  const session = useSession();
  const navigate = useNavigate();
  return (
    <Card data-testid="overview-empty">
      <EmptyState
        description={
          <>
            <Typography.Title level={5}>{t("empty.shopTitle")}</Typography.Title>
            <Typography.Paragraph type="secondary" style={{ maxWidth: 480, margin: "0 auto 8px" }}>
              {t("empty.shop")}
            </Typography.Paragraph>
            {session.can("import") ? null : (
              <Typography.Text type="secondary">{t("empty.askOwner")}</Typography.Text>
            )}
          </>
        }
        action={
          session.can("import") ? (
            <Button type="primary" onClick={() => navigate("/imports")}>
              {t("empty.import")}
            </Button>
          ) : undefined
        }
      />
    </Card>
  );
}
