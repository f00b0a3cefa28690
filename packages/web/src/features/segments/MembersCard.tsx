/**
 * The segment's members: the customer list's table and columns (GET /customers?segment=ID, keyset
 * pages), its column settings, and the audited CSV export for callers with `export`.
 */
import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Space, Table, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session.tsx";
import { EmptyState, LoadError } from "../../app/states.tsx";
import { ColumnSettings, useCustomerColumns, useHiddenColumns } from "../customers/columns.tsx";
import { exportUrl, useCustomerPage } from "../customers/customers.api.ts";

const PAGE_SIZE = 20;

/** The members card: table, pages, column settings and export. */
export function MembersCard({ segmentId }: { segmentId: number }) {
  const { t } = useTranslation(["segments", "customers"]);
  const session = useSession();
  // Cursors of the pages before this one, for "previous" (keyset pages have no offsets).
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useCustomerPage({ segment: segmentId, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
  const [hidden, setHidden] = useHiddenColumns();
  const columns = useCustomerColumns(hidden);
  const next = query.data?.nextCursor;

  return (
    <Card
      size="small"
      title={t("detail.membersTitle")}
      extra={
        <Space wrap>
          {session.can("export") ? (
            <Tooltip title={session.can("pii:read") ? undefined : t("detail.exportMasked")}>
              <Button icon={<DownloadOutlined />} href={exportUrl({ segment: segmentId })}>
                {t("detail.export")}
              </Button>
            </Tooltip>
          ) : null}
          <ColumnSettings hidden={hidden} onChange={setHidden} />
        </Space>
      }
    >
      {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: query.isPending ? " " : <EmptyState description={t("detail.membersEmpty")} /> }}
        footer={() => (
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text type="secondary" className="muted">
              {t("customers:list.maskedNote")}
            </Typography.Text>
            <Space>
              <Button
                size="small"
                disabled={cursors.length === 0}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                {t("customers:list.previous")}
              </Button>
              <span data-testid="members-page">{t("customers:list.page", { page: cursors.length + 1 })}</span>
              <Button
                size="small"
                disabled={!next || query.isPlaceholderData}
                onClick={() => next && setCursors([...cursors, next])}
              >
                {t("customers:list.next")}
              </Button>
            </Space>
          </Flex>
        )}
      />
    </Card>
  );
}
