/**
 * 匹配客户: find the customer behind a roster line by phone, nick, order number or a name's start
 * (GET /customers?q=, masked as the list is) and match the line to them by hand. The search
 * starts from the line's phone when the caller sees it whole, else from its name.
 */
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Input, Modal, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../app/format.ts";
import { EmptyState, errorMessage, LoadError, Loading } from "../../app/states.tsx";
import { useDebounced } from "../segments/pickers.tsx";
import {
  type Candidate,
  type Member,
  matchMember,
  useCustomerSearch,
  useRefreshGroups,
} from "./groups.api.ts";
import { matchSearchTerm } from "./groups.logic.ts";

/** The modal for `member` (mounted only while open, so the search starts fresh each time). */
export function MatchCustomerModal({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation(["groups", "common"]);
  const { message } = App.useApp();
  const refresh = useRefreshGroups();
  const [search, setSearch] = useState(() => matchSearchTerm(member));
  const q = useDebounced(search.trim(), 300);
  const results = useCustomerSearch(q);
  const match = useMutation({
    mutationFn: (customerId: number) => matchMember(member.groupId, member.id, customerId),
    onSuccess: async () => {
      void message.success(t("match.done", { name: member.name }));
      onClose();
      await refresh();
    },
  });

  return (
    <Modal open title={t("match.title", { name: member.name })} onCancel={onClose} footer={null}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("match.intro")}</Typography.Text>
        <Input.Search
          autoFocus
          allowClear
          aria-label={t("match.search")}
          placeholder={t("match.searchHint")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={setSearch}
          loading={results.isFetching}
        />
        {match.error ? <Alert type="error" showIcon title={errorMessage(match.error)} /> : null}
        {q === "" ? null : results.isPending ? (
          <Loading rows={2} />
        ) : results.error ? (
          <LoadError error={results.error} onRetry={() => void results.refetch()} />
        ) : (
          <div data-testid="match-results">
            <Table<Candidate>
              size="small"
              rowKey="id"
              dataSource={results.data ?? []}
              pagination={false}
              scroll={{ x: "max-content" }}
              showHeader={false}
              locale={{ emptyText: <EmptyState description={t("match.none")} /> }}
              columns={[
                {
                  key: "who",
                  render: (_, c) => (
                    <>
                      <div>{c.name ?? t("customerId", { id: c.id })}</div>
                      <div className="muted">
                        {[
                          c.phone,
                          [c.province, c.city].filter(Boolean).join(" "),
                          c.lastOrderAt ? t("match.lastOrder", { day: formatDay(c.lastOrderAt) }) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </div>
                    </>
                  ),
                },
                {
                  key: "choose",
                  align: "right",
                  render: (_, c) => (
                    <Button
                      size="small"
                      type="primary"
                      loading={match.isPending && match.variables === c.id}
                      disabled={match.isPending}
                      aria-label={t("match.chooseAria", { name: c.name ?? t("customerId", { id: c.id }) })}
                      onClick={() => match.mutate(c.id)}
                    >
                      {t("match.choose")}
                    </Button>
                  ),
                },
              ]}
            />
          </div>
        )}
      </Space>
    </Modal>
  );
}
