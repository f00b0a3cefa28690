/** Open invitations, each withdrawable. Links are shown only when created, so none is listed here. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Popconfirm, Table, type TableColumnsType, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { api, data, type GetResponse } from "../../api/client.ts";
import { EmptyState, errorMessage, QueryState } from "../../app/states.tsx";
import { formatTime, ROLE_COLORS, useLabels } from "./labels.ts";
import { KEYS, NOWRAP } from "./layout.ts";

type Invitation = GetResponse<"/api/v1/staff/invitations">["items"][number];

export function InvitationsCard() {
  const { t } = useTranslation(["settings", "common"]);
  const labels = useLabels();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: KEYS.invitations,
    queryFn: async () => data(await api.GET("/api/v1/staff/invitations")).items,
  });
  const revoke = useMutation({
    mutationFn: async (inv: Invitation) =>
      data(await api.DELETE("/api/v1/staff/invitations/{id}", { params: { path: { id: inv.id } } })),
    onSuccess: async () => {
      message.success(t("staff.invitationRevoked"));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: KEYS.invitations }),
        queryClient.invalidateQueries({ queryKey: KEYS.audit }),
      ]);
    },
    onError: (error) => message.error(errorMessage(error)),
  });

  const columns: TableColumnsType<Invitation> = [
    { title: t("staff.login"), key: "login", ...NOWRAP, render: (_, inv) => inv.email ?? inv.phone },
    { title: t("staff.name"), dataIndex: "displayName", render: (name: string | null) => name ?? "—" },
    {
      title: t("staff.role"),
      dataIndex: "role",
      render: (role: string) => <Tag color={ROLE_COLORS[role]}>{labels.role(role)}</Tag>,
    },
    {
      title: t("staff.invitedAt"),
      dataIndex: "createdAt",
      ...NOWRAP,
      render: (at: string) => formatTime(at),
    },
    {
      title: t("staff.expiresAt"),
      dataIndex: "expiresAt",
      ...NOWRAP,
      render: (at: string) => (
        <>
          {formatTime(at)}
          {dayjs(at).diff(dayjs(), "hour") < 24 ? (
            <Tag color="warning" style={{ marginInlineStart: 8 }}>
              {t("staff.expiringSoon")}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t("staff.actions"),
      key: "actions",
      render: (_, inv) => (
        <Popconfirm
          title={t("staff.revokeInvitationConfirm", { login: inv.email ?? inv.phone ?? "" })}
          okButtonProps={{ danger: true }}
          onConfirm={() => revoke.mutateAsync(inv).catch(() => undefined)}
        >
          <Button type="link" size="small" danger>
            {t("staff.revokeInvitation")}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card size="small" title={t("staff.invitations")}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t("staff.invitationsHelp")}
      </Typography.Paragraph>
      <QueryState query={query} rows={3}>
        {(items) => (
          <Table<Invitation>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyState description={t("staff.noInvitations")} /> }}
          />
        )}
      </QueryState>
    </Card>
  );
}
