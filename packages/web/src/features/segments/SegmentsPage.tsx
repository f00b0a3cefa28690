/** /segments: the shop's saved segments with their member counts; create, open, edit, archive. */
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Flex, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { formatDateTime, formatNumber } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState, errorMessage, QueryState } from "../../app/states.tsx";
import { KIND_COLORS } from "./labels.ts";
import { archiveSegment, KEYS, type Segment, useSegments } from "./segments.api.ts";

const NOWRAP = { onCell: () => ({ style: { whiteSpace: "nowrap" as const } }) };

/** The segment list page. */
export default function SegmentsPage() {
  const { t } = useTranslation(["segments", "common"]);
  const session = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const segments = useSegments();
  const canWrite = session.can("customers:write");

  const archive = useMutation({
    mutationFn: (segment: Segment) => archiveSegment(segment.id),
    onSuccess: async () => {
      message.success(t("list.archived"));
      await queryClient.invalidateQueries({ queryKey: KEYS.all });
    },
    onError: (error) => message.error(errorMessage(error)),
  });

  const create = canWrite ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/segments/new")}>
      {t("list.create")}
    </Button>
  ) : null;

  const columns: TableColumnsType<Segment> = [
    {
      title: t("list.name"),
      key: "name",
      fixed: "left",
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/segments/${s.id}`}>{s.name}</Link>
          {s.description ? <Typography.Text type="secondary">{s.description}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: t("list.kind"),
      key: "kind",
      ...NOWRAP,
      render: (_, s) => <Tag color={KIND_COLORS[s.kind]}>{t(`kind.${s.kind}`)}</Tag>,
    },
    {
      title: t("list.members"),
      key: "members",
      align: "right",
      ...NOWRAP,
      render: (_, s) => formatNumber(s.memberCount),
    },
    {
      title: t("list.refreshed"),
      key: "refreshed",
      ...NOWRAP,
      render: (_, s) => formatDateTime(s.refreshedAt),
    },
    { title: t("list.createdBy"), key: "createdBy", ...NOWRAP, render: (_, s) => s.createdBy ?? "–" },
    ...(canWrite
      ? [
          {
            title: t("list.actions"),
            key: "actions",
            ...NOWRAP,
            render: (_: unknown, s: Segment) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => navigate(`/segments/${s.id}/edit`)}>
                  {t("list.edit")}
                </Button>
                <Popconfirm
                  title={t("list.archiveConfirm", { name: s.name })}
                  description={t("list.archiveHelp")}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => archive.mutateAsync(s).catch(() => undefined)}
                >
                  <Button type="link" size="small" danger>
                    {t("list.archive")}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
          {t("list.title")}
        </Typography.Title>
        {create}
      </Flex>
      <Typography.Text type="secondary">{t("list.intro")}</Typography.Text>
      <QueryState query={segments} rows={6}>
        {(items) => (
          <Table<Segment>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            pagination={items.length > 20 ? { pageSize: 20, size: "small" } : false}
            scroll={{ x: "max-content" }}
            locale={{
              emptyText: (
                <EmptyState description={t(canWrite ? "list.empty" : "list.emptyReadOnly")} action={create} />
              ),
            }}
          />
        )}
      </QueryState>
    </Flex>
  );
}
