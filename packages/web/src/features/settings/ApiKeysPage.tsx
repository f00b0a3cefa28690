/** /settings/api-keys: keys for scripts and integrations; created with a subset of permissions. */
import { KeyOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, data, type GetResponse } from "../../api/client.ts";
import { EmptyState, errorMessage, QueryState } from "../../app/states.tsx";
import { CreateApiKeyModal } from "./CreateApiKeyModal.tsx";
import { formatTime, useLabels } from "./labels.ts";
import { KEYS, NOWRAP } from "./layout.ts";
import { OneTimeSecretModal, type Secret } from "./OneTimeSecret.tsx";

type ApiKey = GetResponse<"/api/v1/api-keys">["items"][number];

export default function ApiKeysPage() {
  const { t } = useTranslation(["settings", "common"]);
  const labels = useLabels();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<Secret | null>(null);
  const keys = useQuery({
    queryKey: KEYS.apiKeys,
    queryFn: async () => data(await api.GET("/api/v1/api-keys")).items,
  });
  // Keys name their creator by member id; the staff list gives the name.
  const staff = useQuery({
    queryKey: KEYS.staff,
    queryFn: async () => data(await api.GET("/api/v1/staff")).items,
  });
  const creator = (id: number) => staff.data?.find((m) => m.id === id)?.displayName ?? `#${id}`;

  const revoke = useMutation({
    mutationFn: async (key: ApiKey) =>
      data(await api.DELETE("/api/v1/api-keys/{id}", { params: { path: { id: key.id } } })),
    onSuccess: async () => {
      message.success(t("apiKeys.revoked"));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: KEYS.apiKeys }),
        queryClient.invalidateQueries({ queryKey: KEYS.audit }),
      ]);
    },
    onError: (error) => message.error(errorMessage(error)),
  });

  const status = (key: ApiKey) => {
    if (key.revokedAt) return <Tag>{t("apiKeys.statusRevoked", { time: formatTime(key.revokedAt) })}</Tag>;
    if (key.expiresAt && dayjs(key.expiresAt).isBefore(dayjs()))
      return <Tag>{t("apiKeys.statusExpired")}</Tag>;
    return <Tag color="green">{t("apiKeys.statusActive")}</Tag>;
  };

  const columns: TableColumnsType<ApiKey> = [
    {
      title: t("apiKeys.name"),
      dataIndex: "name",
      ...NOWRAP,
      render: (name: string) => <strong>{name}</strong>,
    },
    {
      title: t("apiKeys.prefix"),
      dataIndex: "tokenPrefix",
      render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
    },
    {
      title: t("apiKeys.permissions"),
      dataIndex: "permissions",
      width: 280,
      render: (permissions: string[]) => (
        <Flex wrap gap={4}>
          {permissions.map((p) => (
            <Tag key={p} title={p} style={{ marginInlineEnd: 0 }}>
              {labels.permission(p)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t("apiKeys.createdBy"), dataIndex: "createdBy", ...NOWRAP, render: (id: number) => creator(id) },
    {
      title: t("apiKeys.createdAt"),
      dataIndex: "createdAt",
      ...NOWRAP,
      render: (at: string) => formatTime(at),
    },
    {
      title: t("apiKeys.lastUsed"),
      dataIndex: "lastUsedAt",
      ...NOWRAP,
      render: (at: string | null) =>
        at ? formatTime(at) : <span className="muted">{t("apiKeys.neverUsed")}</span>,
    },
    {
      title: t("apiKeys.expiresAt"),
      dataIndex: "expiresAt",
      ...NOWRAP,
      render: (at: string | null) => (at ? formatTime(at) : t("apiKeys.noExpiry")),
    },
    { title: t("apiKeys.status"), key: "status", ...NOWRAP, render: (_, key) => status(key) },
    {
      title: t("apiKeys.actions"),
      key: "actions",
      render: (_, key) =>
        key.revokedAt ? null : (
          <Popconfirm
            title={t("apiKeys.revokeConfirm", { name: key.name })}
            description={t("apiKeys.revokeHelp")}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutateAsync(key).catch(() => undefined)}
          >
            <Button type="link" size="small" danger>
              {t("apiKeys.revoke")}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
        {t("apiKeys.title")}
      </Typography.Title>
      <Card
        size="small"
        title={t("apiKeys.list")}
        extra={
          <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)}>
            {t("apiKeys.create")}
          </Button>
        }
      >
        <Space orientation="vertical" size="small" style={{ width: "100%" }}>
          <Typography.Text type="secondary">
            {t("apiKeys.usage")} <Typography.Text code>Authorization: Bearer lk_k_…</Typography.Text>
          </Typography.Text>
          <QueryState query={keys} rows={4}>
            {(items) => (
              <Table<ApiKey>
                rowKey="id"
                size="small"
                columns={columns}
                dataSource={items}
                pagination={items.length > 20 ? { pageSize: 20, size: "small" } : false}
                scroll={{ x: true }}
                locale={{
                  emptyText: (
                    <EmptyState
                      description={t("apiKeys.empty")}
                      action={
                        <Button type="primary" onClick={() => setCreating(true)}>
                          {t("apiKeys.create")}
                        </Button>
                      }
                    />
                  ),
                }}
              />
            )}
          </QueryState>
        </Space>
      </Card>
      <CreateApiKeyModal open={creating} onClose={() => setCreating(false)} onSecret={setSecret} />
      <OneTimeSecretModal secret={secret} onClose={() => setSecret(null)} />
    </Flex>
  );
}
