/**
 * /groups/:id: one group's counts and its members, filtered to everyone, lurkers (silent N days)
 * or lines not matched yet; filter and N live in the URL so a link from the list opens the lurkers.
 * A missing or foreign id shows "not found".
 */
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Col, Flex, Result, Row, Segmented, Space, Statistic, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { formatDateTime, formatNumber } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { QueryState } from "../../app/states.tsx";
import { GroupFormModal } from "./GroupFormModal.tsx";
import { type Group, useGroup } from "./groups.api.ts";
import { DEFAULT_LURKER_DAYS, MEMBER_FILTERS, parseDays, parseFilter, withParam } from "./groups.logic.ts";
import { MembersTable } from "./MembersTable.tsx";
import { ChannelTag, LurkerDaysInput } from "./parts.tsx";
import { RosterImportModal } from "./RosterImportModal.tsx";

/** The group's four numbers. */
function Counts({ group }: { group: Group }) {
  const { t } = useTranslation("groups");
  const stats = [
    { key: "members", label: t("list.members"), value: group.memberCount },
    { key: "matched", label: t("list.matched"), value: group.matchedCount },
    { key: "unmatched", label: t("detail.unmatched"), value: group.memberCount - group.matchedCount },
    { key: "lurkers", label: t("list.lurkers", { days: group.lurkerDays }), value: group.lurkerCount },
  ];
  return (
    <Row gutter={[12, 12]}>
      {stats.map((s) => (
        <Col key={s.key} xs={12} md={6} data-testid={`group-${s.key}`}>
          <Statistic title={s.label} value={s.value} formatter={(v) => formatNumber(Number(v))} />
        </Col>
      ))}
    </Row>
  );
}

export default function GroupPage() {
  const { t } = useTranslation(["groups", "common"]);
  const session = useSession();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const days = parseDays(params.get("days"));
  const filter = parseFilter(params.get("filter"));
  const valid = Number.isSafeInteger(id) && id > 0;
  const query = useGroup(id, days, valid);
  const [modal, setModal] = useState<"roster" | "edit" | null>(null);

  if (!valid || (query.error instanceof ApiError && query.error.status === 404))
    return (
      <Result
        status="404"
        subTitle={t("detail.notFound")}
        extra={
          <Link to="/groups">
            <Button>{t("detail.back")}</Button>
          </Link>
        }
      />
    );
  return (
    <QueryState query={query} rows={8}>
      {(group) => {
        return (
          <Flex vertical gap={16}>
            <Flex align="center" justify="space-between" gap={8} wrap>
              <Flex align="center" gap={8} wrap>
                <Link to="/groups" aria-label={t("detail.back")}>
                  <ArrowLeftOutlined />
                </Link>
                <Typography.Title level={4} className="page-title" style={{ margin: 0 }}>
                  {group.name}
                </Typography.Title>
                <ChannelTag channel={group.channel} />
              </Flex>
              <Space wrap>
                {session.can("customers:write") ? (
                  <Button type="primary" onClick={() => setModal("roster")}>
                    {t("list.importRoster")}
                  </Button>
                ) : null}
                {session.can("settings") ? (
                  <Button onClick={() => setModal("edit")}>{t("list.edit")}</Button>
                ) : null}
              </Space>
            </Flex>
            <Card size="small">
              {group.description ? (
                <Typography.Paragraph type="secondary">{group.description}</Typography.Paragraph>
              ) : null}
              <Counts group={group} />
              <div className="muted" style={{ marginTop: 8 }}>
                {group.rosterImportedAt
                  ? t("detail.importedAt", { at: formatDateTime(group.rosterImportedAt) })
                  : t("detail.noRoster")}
              </div>
            </Card>
            <Card size="small" title={t("members.title")}>
              <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
                <Segmented
                  aria-label={t("members.filterLabel")}
                  value={filter}
                  options={MEMBER_FILTERS.map((f) => ({
                    value: f,
                    label: t(`members.filter.${f}`, { days }),
                  }))}
                  onChange={(value) =>
                    setParams(withParam(params, "filter", String(value), "all"), { replace: true })
                  }
                />
                <LurkerDaysInput
                  value={days}
                  onChange={(d) =>
                    setParams(withParam(params, "days", String(d), String(DEFAULT_LURKER_DAYS)), {
                      replace: true,
                    })
                  }
                />
              </Flex>
              <MembersTable key={`${filter}-${days}`} groupId={group.id} filter={filter} days={days} />
            </Card>
            <RosterImportModal open={modal === "roster"} group={group} onClose={() => setModal(null)} />
            <GroupFormModal open={modal === "edit"} group={group} onClose={() => setModal(null)} />
          </Flex>
        );
      }}
    </QueryState>
  );
}
