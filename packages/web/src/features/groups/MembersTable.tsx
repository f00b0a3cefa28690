/**
 * A group's roster lines, one keyset page at a time (previous/next keep the cursors): name, phone
 * (masked by the server without pii:read), joined, last active, last paid order, and the customer
 * the line is matched to and how. customers:write matches a line by hand or undoes a match.
 */
import { useMutation } from "@tanstack/react-query";
import { App, Button, Flex, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime, formatDay } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState, errorMessage, LoadError } from "../../app/states.tsx";
import { customerLabel } from "../customers/customerLabel.ts";
import { type Member, matchMember, useMembers, useRefreshGroups } from "./groups.api.ts";
import type { MemberFilter } from "./groups.logic.ts";
import { MatchCustomerModal } from "./MatchCustomerModal.tsx";

const NOWRAP = { onCell: () => ({ style: { whiteSpace: "nowrap" as const } }) };

/** The matched customer and how the match was made, or "未匹配". */
function CustomerCell({ member }: { member: Member }) {
  const { t } = useTranslation("groups");
  if (member.customerId === null) return <Tag color="orange">{t("members.unmatched")}</Tag>;
  return (
    <Space size={4}>
      <Link to={`/customers/${member.customerId}`}>
        {customerLabel(member.customer) ?? t("customerId", { id: member.customerId })}
      </Link>
      {member.matchedBy ? <span className="muted">{t(`members.matchedBy.${member.matchedBy}`)}</span> : null}
    </Space>
  );
}

/** The table of `groupId`'s members under `filter`; the parent keys it by filter so pages restart. */
export function MembersTable({
  groupId,
  filter,
  days,
}: {
  groupId: number;
  filter: MemberFilter;
  days: number;
}) {
  const { t } = useTranslation(["groups", "common"]);
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshGroups();
  const [cursors, setCursors] = useState<string[]>([]);
  const [matching, setMatching] = useState<Member | null>(null);
  const query = useMembers(groupId, filter, days, cursors.at(-1));
  const next = query.data?.nextCursor;
  const unmatch = useMutation({
    mutationFn: (m: Member) => matchMember(groupId, m.id, null),
    onSuccess: async (_, m) => {
      void message.success(t("members.unmatchedDone", { name: m.name }));
      await refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const write = session.can("customers:write");

  const columns: TableColumnsType<Member> = [
    { title: t("members.name"), key: "name", ...NOWRAP, render: (_, m) => m.name || "–" },
    { title: t("members.phone"), key: "phone", ...NOWRAP, render: (_, m) => m.phone ?? "–" },
    { title: t("members.joinedAt"), key: "joined", ...NOWRAP, render: (_, m) => formatDay(m.joinedAt) },
    {
      title: t("members.lastActiveAt"),
      key: "active",
      ...NOWRAP,
      render: (_, m) => formatDateTime(m.lastActiveAt),
    },
    {
      title: t("members.lastPaidAt"),
      key: "paid",
      ...NOWRAP,
      render: (_, m) => formatDay(m.lastPaidOrderAt),
    },
    {
      title: t("members.customer"),
      key: "customer",
      ...NOWRAP,
      render: (_, m) => <CustomerCell member={m} />,
    },
    ...(write
      ? [
          {
            title: t("members.actions"),
            key: "actions",
            ...NOWRAP,
            render: (_: unknown, m: Member) =>
              m.customerId === null ? (
                <Button type="link" size="small" onClick={() => setMatching(m)}>
                  {t("members.match")}
                </Button>
              ) : (
                <Popconfirm
                  title={t("members.unmatchConfirm", { name: m.name })}
                  onConfirm={() => unmatch.mutateAsync(m).catch(() => undefined)}
                >
                  <Button
                    type="link"
                    size="small"
                    loading={unmatch.isPending && unmatch.variables?.id === m.id}
                  >
                    {t("members.unmatch")}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      <div data-testid="members">
        <Table<Member>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={query.data?.items ?? []}
          loading={query.isFetching}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{
            emptyText: query.isPending ? " " : <EmptyState description={t(`members.empty.${filter}`)} />,
          }}
          footer={() => (
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Typography.Text type="secondary" className="muted">
                {t("members.lurkerNote", { days })}
                {session.can("pii:read") ? "" : ` ${t("members.maskedNote")}`}
              </Typography.Text>
              <Space>
                <Button
                  size="small"
                  disabled={cursors.length === 0}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {t("members.previous")}
                </Button>
                <span>{t("members.page", { page: cursors.length + 1 })}</span>
                <Button
                  size="small"
                  disabled={!next || query.isPlaceholderData}
                  onClick={() => next && setCursors([...cursors, next])}
                >
                  {t("members.next")}
                </Button>
              </Space>
            </Flex>
          )}
        />
      </div>
      {matching ? <MatchCustomerModal member={matching} onClose={() => setMatching(null)} /> : null}
    </>
  );
}
