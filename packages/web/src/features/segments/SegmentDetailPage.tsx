/**
 * /segments/:id: the segment's figures and refresh, its rule in words, who joined and left
 * lately (chart and list), and its members with the CSV export.
 */
import { ArrowLeftOutlined, EditOutlined, ReloadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Flex, Row, Space, Statistic, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { formatDateTime, formatNumber } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState, errorMessage, QueryState } from "../../app/states.tsx";
import { EventsCard } from "./EventsCard.tsx";
import { KIND_COLORS } from "./labels.ts";
import { MembersCard } from "./MembersCard.tsx";
import { RuleText } from "./RuleText.tsx";
import { KEYS, refreshSegment, type Segment, useSegment } from "./segments.api.ts";
import { TrendCard } from "./TrendCard.tsx";

function Header({ segment }: { segment: Segment }) {
  const { t } = useTranslation("segments");
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const canWrite = session.can("customers:write");
  const refresh = useMutation({
    mutationFn: () => refreshSegment(segment.id),
    onSuccess: async (counts) => {
      message.success(t("detail.refreshed", counts));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: KEYS.all }),
        queryClient.invalidateQueries({ queryKey: ["customers", "list"] }),
      ]);
    },
    onError: (error) => message.error(errorMessage(error)),
  });
  return (
    <Card size="small">
      <Flex justify="space-between" align="start" wrap gap={12}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Space wrap>
            <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
              {segment.name}
            </Typography.Title>
            <Tag color={KIND_COLORS[segment.kind]}>{t(`kind.${segment.kind}`)}</Tag>
          </Space>
          {segment.description ? (
            <Typography.Text type="secondary">{segment.description}</Typography.Text>
          ) : null}
        </Flex>
        {canWrite ? (
          <Space wrap>
            {segment.kind === "dynamic" ? (
              <Button
                type="primary"
                icon={<ReloadOutlined />}
                loading={refresh.isPending}
                onClick={() => refresh.mutate()}
              >
                {t("detail.refresh")}
              </Button>
            ) : null}
            <Button icon={<EditOutlined />} onClick={() => navigate(`/segments/${segment.id}/edit`)}>
              {t("detail.edit")}
            </Button>
          </Space>
        ) : null}
      </Flex>
      <Row gutter={[16, 12]} style={{ marginTop: 12 }}>
        <Col xs={12} md={6}>
          <Statistic title={t("detail.members")} value={formatNumber(segment.memberCount)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t("detail.refreshedAt")}
            value={segment.refreshedAt ? formatDateTime(segment.refreshedAt) : t("detail.neverRefreshed")}
            styles={{ content: { fontSize: 16 } }}
          />
          {segment.refreshMs !== null ? (
            <Typography.Text type="secondary" className="muted">
              {t("detail.refreshMs", { ms: formatNumber(segment.refreshMs) })}
            </Typography.Text>
          ) : null}
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t("detail.createdBy")}
            value={segment.createdBy ?? "–"}
            styles={{ content: { fontSize: 16 } }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t("detail.createdAt")}
            value={formatDateTime(segment.createdAt)}
            styles={{ content: { fontSize: 16 } }}
          />
        </Col>
      </Row>
    </Card>
  );
}

/** The segment page (a missing or archived id shows "not found"). */
export default function SegmentDetailPage() {
  const { t } = useTranslation("segments");
  const id = Number(useParams().id);
  const segment = useSegment(id, Number.isSafeInteger(id) && id > 0);
  const missing =
    !(Number.isSafeInteger(id) && id > 0) ||
    (segment.error instanceof ApiError && segment.error.status === 404);
  return (
    <Flex vertical gap={16}>
      <Link to="/segments">
        <ArrowLeftOutlined /> {t("detail.back")}
      </Link>
      {missing ? (
        <EmptyState description={t("detail.notFound")} />
      ) : (
        <QueryState query={segment} rows={8}>
          {(s) => (
            <Flex vertical gap={16}>
              <Header segment={s} />
              <Card size="small" title={t("detail.rule")}>
                <RuleText rule={s.rule} />
                {s.kind === "static" ? (
                  <Typography.Text type="secondary">{t("detail.staticNote")}</Typography.Text>
                ) : null}
              </Card>
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={14}>
                  <TrendCard segmentId={s.id} />
                </Col>
                <Col xs={24} lg={10}>
                  <EventsCard segmentId={s.id} />
                </Col>
              </Row>
              <MembersCard segmentId={s.id} />
            </Flex>
          )}
        </QueryState>
      )}
    </Flex>
  );
}
