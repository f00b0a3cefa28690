/**
 * /follow-ups (回访): visits by tab — overdue, due today, upcoming, done — for the caller or (owners
 * and admins) the whole shop, with the same actions as the customer page. Tab and scope live in
 * the URL, so a reminder link can open the right list.
 */
import { useQueryClient } from "@tanstack/react-query";
import {
  Badge,
  Button,
  Card,
  Flex,
  Rate,
  Segmented,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useSession } from "../../app/session.tsx";
import { EmptyState, LoadError } from "../../app/states.tsx";
import { customerLabel } from "../customers/customerLabel.ts";
import { FollowUpActions } from "./FollowUpActions.tsx";
import { FOLLOW_UPS_KEY, type FollowUp, useFollowUpList, useFollowUpSummary } from "./followUps.api.ts";
import { type FollowUpTab, TABS } from "./followUps.logic.ts";
import { assigneeName, ChannelTag, DueTime, OutcomeView } from "./VisitParts.tsx";

/** The result column of the done tab: reached, and the rating when there is one. */
function ResultCell({ visit }: { visit: FollowUp }) {
  const { t } = useTranslation("followUps");
  const o = visit.outcome;
  if (!o) return <>–</>;
  return (
    <Space size={4} wrap>
      <Tag color={o.reached ? "green" : "default"}>
        {t(o.reached ? "outcome.reachedYes" : "outcome.reachedNo")}
      </Tag>
      {o.satisfaction ? (
        <Rate
          disabled
          value={o.satisfaction}
          style={{ fontSize: 12 }}
          aria-label={t("outcome.rated", { n: o.satisfaction })}
        />
      ) : null}
    </Space>
  );
}

export default function FollowUpsPage() {
  const { t } = useTranslation(["followUps", "common"]);
  const session = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const me = session.kind === "staff" ? session.id : undefined;
  // Owners and admins may look at everyone's visits; an API key has no "mine".
  const mayAll = session.can("staff:manage") || me === undefined;
  const scope = mayAll && (params.get("scope") === "all" || me === undefined) ? "all" : "mine";
  const tab = TABS.find((x) => x === params.get("tab")) ?? "overdue";
  const list = useFollowUpList(tab, scope === "mine" ? me : undefined);
  const summary = useFollowUpSummary();
  const counts = scope === "mine" ? summary.data?.mine : summary.data?.all;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
  };
  const tabLabel = (key: FollowUpTab) => {
    const n = key === "overdue" ? counts?.overdue : key === "today" ? counts?.today : undefined;
    return (
      <Space size={4}>
        {t(`tab.${key}`)}
        {n ? <Badge count={n} size="small" color={key === "overdue" ? "red" : "orange"} /> : null}
      </Space>
    );
  };

  const columns: TableColumnsType<FollowUp> = [
    {
      title: t("table.customer"),
      key: "customer",
      fixed: "left",
      width: 160,
      render: (_, v) => (
        <Link to={`/customers/${v.customerId}`}>
          {customerLabel(v.customer) ?? t("table.customerId", { id: v.customerId })}
        </Link>
      ),
    },
    {
      title: t("form.channel"),
      key: "channel",
      width: 90,
      render: (_, v) => <ChannelTag channel={v.channel} />,
    },
    {
      title: t("form.purpose"),
      key: "purpose",
      render: (_, v) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v.purpose }} style={{ margin: 0, minWidth: 140 }}>
          {v.purpose ?? "–"}
        </Typography.Paragraph>
      ),
    },
    { title: t("form.dueAt"), key: "due", width: 190, render: (_, v) => <DueTime visit={v} /> },
    {
      title: t("form.assignee"),
      key: "assignee",
      width: 110,
      render: (_, v) => assigneeName(v, t("form.nobody")),
    },
    tab === "done"
      ? { title: t("table.result"), key: "result", width: 200, render: (_, v) => <ResultCell visit={v} /> }
      : {
          title: t("table.actions"),
          key: "actions",
          width: 230,
          render: (_, v) => <FollowUpActions visit={v} />,
        },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} className="page-title" style={{ margin: 0 }}>
          {t("page.title")}
        </Typography.Title>
        <Space wrap>
          {mayAll && me !== undefined ? (
            <Segmented
              aria-label={t("page.scope")}
              value={scope}
              options={[
                { value: "mine", label: t("page.mine") },
                { value: "all", label: t("page.all") },
              ]}
              onChange={(value) => set("scope", String(value))}
            />
          ) : null}
          <Button
            onClick={() => void queryClient.invalidateQueries({ queryKey: FOLLOW_UPS_KEY })}
            loading={list.isRefetching}
          >
            {t("common:action.refresh")}
          </Button>
        </Space>
      </Flex>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(key) => set("tab", key)}
          items={TABS.map((key) => ({ key, label: tabLabel(key) }))}
        />
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<FollowUp>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={list.isFetching && !list.isFetchingNextPage}
          pagination={false}
          scroll={{ x: "max-content" }}
          expandable={
            tab === "done"
              ? { expandedRowRender: (v) => <OutcomeView visit={v} />, columnWidth: 40 }
              : undefined
          }
          locale={{ emptyText: list.isPending ? " " : <EmptyState description={t(`empty.${tab}`)} /> }}
        />
        {list.hasNextPage ? (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {t("common:action.more")}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </Space>
  );
}
