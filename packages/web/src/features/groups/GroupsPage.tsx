/**
 * /groups (客户群): the shop's WeChat/QQ groups with their member, matched and lurker counts (silent
 * for N days, N in the URL), a roster upload for customers:write, and create/rename/delete for
 * `settings`. A group's name opens its members.
 */
import { PlusOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Card, Flex, Popconfirm, Space, Table, type TableColumnsType, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDateTime, formatNumber } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState, errorMessage, LoadError } from "../../app/states.tsx";
import { GroupFormModal } from "./GroupFormModal.tsx";
import { deleteGroup, type Group, useGroups, useRefreshGroups } from "./groups.api.ts";
import { DEFAULT_LURKER_DAYS, parseDays, withParam } from "./groups.logic.ts";
import { ChannelTag, LurkerDaysInput } from "./parts.tsx";
import { RosterImportModal } from "./RosterImportModal.tsx";

const NOWRAP = { onCell: () => ({ style: { whiteSpace: "nowrap" as const } }) };

export default function GroupsPage() {
  const { t } = useTranslation(["groups", "common"]);
  const session = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const days = parseDays(params.get("days"));
  const groups = useGroups(days);
  const refresh = useRefreshGroups();
  // The group stays while a modal closes, so its title does not change mid-animation.
  const [form, setForm] = useState<{ open: boolean; group: Group | null }>({ open: false, group: null });
  const [roster, setRoster] = useState<{ open: boolean; group: Group | null }>({ open: false, group: null });
  const remove = useMutation({
    mutationFn: (group: Group) => deleteGroup(group.id),
    onSuccess: async (_, group) => {
      void message.success(t("list.deleted", { name: group.name }));
      await refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const manage = session.can("settings");
  const write = session.can("customers:write");
  const suffix = days === DEFAULT_LURKER_DAYS ? "" : `?days=${days}`;

  const columns: TableColumnsType<Group> = [
    {
      title: t("list.name"),
      key: "name",
      ...NOWRAP,
      render: (_, g) => <Link to={`/groups/${g.id}${suffix}`}>{g.name}</Link>,
    },
    {
      title: t("list.channel"),
      key: "channel",
      ...NOWRAP,
      render: (_, g) => <ChannelTag channel={g.channel} />,
    },
    {
      title: t("list.members"),
      key: "members",
      align: "right",
      render: (_, g) => formatNumber(g.memberCount),
    },
    {
      title: t("list.matched"),
      key: "matched",
      align: "right",
      render: (_, g) => formatNumber(g.matchedCount),
    },
    {
      title: t("list.lurkers", { days }),
      key: "lurkers",
      align: "right",
      ...NOWRAP,
      render: (_, g) =>
        g.lurkerCount > 0 ? (
          <Link
            to={`/groups/${g.id}?filter=lurkers${days === DEFAULT_LURKER_DAYS ? "" : `&days=${days}`}`}
            aria-label={t("list.showLurkers", { name: g.name })}
          >
            {formatNumber(g.lurkerCount)}
          </Link>
        ) : (
          "0"
        ),
    },
    {
      title: t("list.rosterImportedAt"),
      key: "imported",
      ...NOWRAP,
      render: (_, g) => (g.rosterImportedAt ? formatDateTime(g.rosterImportedAt) : t("list.noRoster")),
    },
    ...(write || manage
      ? [
          {
            title: t("list.actions"),
            key: "actions",
            ...NOWRAP,
            render: (_: unknown, g: Group) => (
              <Space size={0}>
                {write ? (
                  <Button type="link" size="small" onClick={() => setRoster({ open: true, group: g })}>
                    {t("list.importRoster")}
                  </Button>
                ) : null}
                {manage ? (
                  <>
                    <Button type="link" size="small" onClick={() => setForm({ open: true, group: g })}>
                      {t("list.edit")}
                    </Button>
                    <Popconfirm
                      title={t("list.deleteConfirm", { name: g.name })}
                      description={t("list.deleteHelp", { count: g.memberCount })}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove.mutateAsync(g).catch(() => undefined)}
                    >
                      <Button
                        type="link"
                        size="small"
                        danger
                        loading={remove.isPending && remove.variables?.id === g.id}
                      >
                        {t("list.delete")}
                      </Button>
                    </Popconfirm>
                  </>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={4} className="page-title" style={{ marginBottom: 4 }}>
          {t("list.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("list.intro")}</Typography.Text>
      </div>
      <Card
        size="small"
        title={
          <LurkerDaysInput
            value={days}
            onChange={(d) =>
              setParams(withParam(params, "days", String(d), String(DEFAULT_LURKER_DAYS)), { replace: true })
            }
          />
        }
        extra={
          manage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ open: true, group: null })}
            >
              {t("list.create")}
            </Button>
          ) : null
        }
      >
        {groups.error ? <LoadError error={groups.error} onRetry={() => void groups.refetch()} /> : null}
        <Table<Group>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={groups.data ?? []}
          loading={groups.isFetching}
          pagination={(groups.data?.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: "max-content" }}
          locale={{
            emptyText: groups.isPending ? (
              " "
            ) : (
              <EmptyState
                description={t(manage ? "list.empty" : "list.emptyReadOnly")}
                action={
                  manage ? (
                    <Button icon={<PlusOutlined />} onClick={() => setForm({ open: true, group: null })}>
                      {t("list.create")}
                    </Button>
                  ) : undefined
                }
              />
            ),
          }}
        />
      </Card>
      <GroupFormModal open={form.open} group={form.group} onClose={() => setForm({ ...form, open: false })} />
      <RosterImportModal
        open={roster.open}
        group={roster.group}
        onClose={() => setRoster({ ...roster, open: false })}
      />
    </Flex>
  );
}
