/**
 * /settings/audit: who did what, when and from where, newest first. Filters live in the URL so a
 * filtered view can be shared; pages load with the API's cursor ("load more").
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api, data } from "../../api/client.ts";
import { EmptyState, LoadError, Loading } from "../../app/states.tsx";
import { AuditDetails, type AuditEvent, useAuditSummary } from "./AuditDetails.tsx";
import { AUDIT_ACTIONS, formatTime, useLabels } from "./labels.ts";
import { KEYS, NOWRAP } from "./layout.ts";

const PAGE_SIZE = 50;

/** The instant a day (YYYY-MM-DD, local) starts, `plusDays` later; undefined for no or a bad day. */
function dayStart(day: string | null, plusDays = 0): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const start = dayjs(day).add(plusDays, "day");
  return start.isValid() ? start.toISOString() : undefined;
}

export default function AuditPage() {
  const { t } = useTranslation(["settings", "common"]);
  const labels = useLabels();
  const summary = useAuditSummary();
  const [params, setParams] = useSearchParams();
  const filters = {
    action: params.get("action") ?? undefined,
    memberId: Number(params.get("memberId")) || undefined,
    targetId: params.get("targetId") ?? undefined,
    // Days in the URL (YYYY-MM-DD, the browser's time zone); the API gets the instants.
    from: dayStart(params.get("from")),
    to: dayStart(params.get("to"), 1),
  };
  const setFilter = (name: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === "") next.delete(name);
    else next.set(name, String(value));
    setParams(next, { replace: true });
  };

  const staff = useQuery({
    queryKey: KEYS.staff,
    queryFn: async () => data(await api.GET("/api/v1/staff")).items,
  });
  const events = useInfiniteQuery({
    queryKey: [...KEYS.audit, filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      data(
        await api.GET("/api/v1/audit", {
          params: { query: { ...filters, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(
    filters.action || filters.memberId || filters.targetId || filters.from || filters.to,
  );
  const range =
    params.get("from") && params.get("to")
      ? ([dayjs(params.get("from")), dayjs(params.get("to"))] as [Dayjs, Dayjs])
      : null;

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t("audit.time"),
      dataIndex: "occurredAt",
      ...NOWRAP,
      render: (at: string) => formatTime(at, true),
    },
    {
      title: t("audit.actor"),
      key: "actor",
      ...NOWRAP,
      render: (_, e) => (
        <Space size={4}>
          <span>{e.actor.name ?? labels.actorKind(e.actor.kind)}</span>
          {e.actor.kind === "staff" || !e.actor.name ? null : <Tag>{labels.actorKind(e.actor.kind)}</Tag>}
        </Space>
      ),
    },
    {
      title: t("audit.action"),
      dataIndex: "action",
      render: (action: string) => (
        <Tag color={action.startsWith("auth.") ? "default" : "blue"} title={action}>
          {labels.action(action)}
        </Tag>
      ),
    },
    {
      title: t("audit.target"),
      key: "target",
      render: (_, e) =>
        e.targetType
          ? `${labels.targetType(e.targetType)} ${e.targetIds.map((id) => `#${id}`).join(" ")}`
          : "—",
    },
    {
      title: t("audit.summary.title"),
      key: "summary",
      render: (_, e) => (
        <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 320 }}>
          {summary(e) || "—"}
        </Typography.Text>
      ),
    },
    { title: t("audit.ip"), dataIndex: "ip", ...NOWRAP, render: (ip: string | null) => ip ?? "—" },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
        {t("audit.title")}
      </Typography.Title>
      <Card size="small">
        <Flex wrap gap={8} role="search" aria-label={t("audit.filters")}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            style={{ width: 200 }}
            placeholder={t("audit.allActions")}
            aria-label={t("audit.action")}
            value={filters.action}
            onChange={(value?: string) => setFilter("action", value)}
            options={AUDIT_ACTIONS.map((a) => ({ value: a, label: labels.action(a) }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            style={{ width: 180 }}
            placeholder={t("audit.allActors")}
            aria-label={t("audit.actor")}
            loading={staff.isPending}
            value={filters.memberId}
            onChange={(value?: number) => setFilter("memberId", value)}
            options={(staff.data ?? []).map((m) => ({ value: m.id, label: m.displayName }))}
          />
          <DatePicker.RangePicker
            aria-label={t("audit.range")}
            value={range}
            allowClear
            onChange={(days) => {
              const next = new URLSearchParams(params);
              if (days?.[0] && days[1]) {
                next.set("from", days[0].format("YYYY-MM-DD"));
                next.set("to", days[1].format("YYYY-MM-DD"));
              } else {
                next.delete("from");
                next.delete("to");
              }
              setParams(next, { replace: true });
            }}
          />
          <Input.Search
            key={filters.targetId ?? ""}
            allowClear
            style={{ width: 220 }}
            placeholder={t("audit.targetIdPlaceholder")}
            aria-label={t("audit.targetIds")}
            defaultValue={filters.targetId}
            onSearch={(value) => setFilter("targetId", value.trim())}
          />
          {filtered ? (
            <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t("common:action.reset")}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <Card size="small">
        {events.isPending ? (
          <Loading rows={8} />
        ) : events.error && items.length === 0 ? (
          <LoadError error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <Flex vertical gap={12}>
            <Table<AuditEvent>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={items}
              pagination={false}
              scroll={{ x: true }}
              expandable={{ expandedRowRender: (e) => <AuditDetails event={e} /> }}
              locale={{
                emptyText: <EmptyState description={t(filtered ? "audit.emptyFiltered" : "audit.empty")} />,
              }}
            />
            {events.error ? (
              <LoadError error={events.error} onRetry={() => void events.fetchNextPage()} />
            ) : null}
            <Flex justify="center" align="center" gap={12} wrap>
              <span className="muted">{t("audit.shown", { n: items.length })}</span>
              {events.hasNextPage ? (
                <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
                  {t("common:action.more")}
                </Button>
              ) : items.length > 0 ? (
                <span className="muted">{t("audit.end")}</span>
              ) : null}
            </Flex>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
