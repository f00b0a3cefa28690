/** The members table: change role in place, issue a reset link, deactivate or reactivate. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Popconfirm, Select, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, data, type GetResponse } from "../../api/client.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState, errorMessage } from "../../app/states.tsx";
import { formatTime, ROLE_COLORS, useLabels } from "./labels.ts";
import { KEYS, NOWRAP } from "./layout.ts";
import { oneTimeLink, type Secret } from "./OneTimeSecret.tsx";

type Member = GetResponse<"/api/v1/staff">["items"][number];
type Role = Member["role"];
const ROLES: Role[] = ["owner", "admin", "presale", "aftersale", "analyst"];

export function MembersTable({ members, onSecret }: { members: Member[]; onSecret: (s: Secret) => void }) {
  const { t } = useTranslation(["settings", "common"]);
  const labels = useLabels();
  const session = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // Only owners grant, change or remove the owner role (the server says so too).
  const mayManage = (m: Member) => m.role !== "owner" || session.role === "owner";
  const roleOptions = ROLES.filter((r) => r !== "owner" || session.role === "owner").map((r) => ({
    value: r,
    label: labels.role(r),
  }));

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: KEYS.staff }),
      queryClient.invalidateQueries({ queryKey: KEYS.audit }),
    ]);
  const onError = (error: unknown) => message.error(errorMessage(error));

  const changeRole = useMutation({
    mutationFn: async ({ member, role }: { member: Member; role: Role }) =>
      data(await api.PATCH("/api/v1/staff/{id}", { params: { path: { id: member.id } }, body: { role } })),
    onSuccess: async (m) => {
      message.success(t("staff.roleChanged", { name: m.displayName, role: labels.role(m.role) }));
      await refresh();
    },
    onError,
  });
  const setActive = useMutation({
    mutationFn: async ({ member, active }: { member: Member; active: boolean }) => {
      const params = { params: { path: { id: member.id } } };
      return data(
        active
          ? await api.POST("/api/v1/staff/{id}/reactivate", params)
          : await api.POST("/api/v1/staff/{id}/deactivate", params),
      );
    },
    onSuccess: async (m) => {
      message.success(
        t(m.status === "active" ? "staff.reactivated" : "staff.deactivated", { name: m.displayName }),
      );
      await refresh();
    },
    onError,
  });
  const reset = useMutation({
    mutationFn: async (member: Member) => ({
      member,
      link: data(
        await api.POST("/api/v1/staff/{id}/password-reset", { params: { path: { id: member.id } } }),
      ),
    }),
    onSuccess: async ({ member, link }) => {
      onSecret({
        title: t("staff.resetLinkTitle"),
        value: oneTimeLink(link.url),
        warning: t("staff.resetLinkWarning"),
        expiresAt: link.expiresAt,
        subject: member.displayName,
      });
      await refresh();
    },
    onError,
  });

  const columns: TableColumnsType<Member> = [
    {
      title: t("staff.name"),
      dataIndex: "displayName",
      ...NOWRAP,
      render: (name: string, m) => (
        <Space size={4}>
          <Typography.Text strong={m.id === session.id}>{name}</Typography.Text>
          {m.id === session.id && session.kind === "staff" ? <Tag>{t("staff.you")}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t("staff.login"),
      key: "login",
      ...NOWRAP,
      render: (_, m) => (
        <Space orientation="vertical" size={0}>
          {m.email ? <span>{m.email}</span> : null}
          {m.phone ? <span>{m.phone}</span> : null}
        </Space>
      ),
    },
    {
      title: t("staff.role"),
      dataIndex: "role",
      render: (role: Role, m) =>
        mayManage(m) && m.status === "active" ? (
          <Select<Role>
            size="small"
            value={role}
            options={roleOptions}
            style={{ width: 120 }}
            aria-label={t("staff.roleOf", { name: m.displayName })}
            loading={changeRole.isPending && changeRole.variables?.member.id === m.id}
            onChange={(next) => changeRole.mutate({ member: m, role: next })}
          />
        ) : (
          <Tag color={ROLE_COLORS[role]}>{labels.role(role)}</Tag>
        ),
    },
    {
      title: t("staff.status"),
      dataIndex: "status",
      ...NOWRAP,
      render: (status: Member["status"]) =>
        status === "active" ? (
          <Tag color="green">{t("staff.active")}</Tag>
        ) : (
          <Tag>{t("staff.deactivatedTag")}</Tag>
        ),
    },
    {
      title: t("staff.lastLogin"),
      dataIndex: "lastLoginAt",
      ...NOWRAP,
      render: (at: string | null) =>
        at ? formatTime(at) : <span className="muted">{t("staff.never")}</span>,
    },
    { title: t("staff.joined"), dataIndex: "createdAt", ...NOWRAP, render: (at: string) => formatTime(at) },
    {
      title: t("staff.actions"),
      key: "actions",
      render: (_, m) =>
        mayManage(m) ? (
          <Space size={0} wrap>
            {m.status === "active" ? (
              <Button
                type="link"
                size="small"
                onClick={() => reset.mutate(m)}
                loading={reset.isPending && reset.variables?.id === m.id}
              >
                {t("staff.resetLink")}
              </Button>
            ) : null}
            {m.id === session.id ? null : m.status === "active" ? (
              <Popconfirm
                title={t("staff.deactivateConfirm", { name: m.displayName })}
                description={t("staff.deactivateHelp")}
                okButtonProps={{ danger: true }}
                onConfirm={() => setActive.mutateAsync({ member: m, active: false }).catch(() => undefined)}
              >
                <Button type="link" size="small" danger>
                  {t("staff.deactivate")}
                </Button>
              </Popconfirm>
            ) : (
              <Popconfirm
                title={t("staff.reactivateConfirm", { name: m.displayName })}
                onConfirm={() => setActive.mutateAsync({ member: m, active: true }).catch(() => undefined)}
              >
                <Button type="link" size="small">
                  {t("staff.reactivate")}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ) : null,
    },
  ];

  return (
    <Table<Member>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={members}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: <EmptyState description={t("staff.empty")} /> }}
    />
  );
}
