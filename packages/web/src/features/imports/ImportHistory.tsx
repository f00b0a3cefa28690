/** Past imports, newest first, by cursor pages; a row opens to the same result the upload showed. */
import { Button, Card, Space, Table, type TableColumnsType, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatNumber } from "../../app/format.ts";
import { EmptyState, LoadError, Loading } from "../../app/states.tsx";
import { formatDuration, formatLabel, jobDurationMs } from "./format.ts";
import { type ImportJob, useImportHistory, useStaffNames } from "./imports.api.ts";
import { JobResult } from "./JobResult.tsx";
import { StatusTag } from "./StatusTag.tsx";

/** Files shown in a cell before "n more". */
const FILES_SHOWN = 2;
/** The columns' widths: below it the table scrolls sideways instead of squeezing (phones). */
const TABLE_WIDTH = 1060;

export function ImportHistory() {
  const { t } = useTranslation(["imports", "common"]);
  const history = useImportHistory();
  const staff = useStaffNames();

  const who = (job: ImportJob) => {
    if (!job.createdBy) return "-";
    if (job.createdBy.kind === "api_key") return t("history.apiKey", { id: job.createdBy.id });
    return staff.data?.get(job.createdBy.id) ?? t("history.staff", { id: job.createdBy.id });
  };

  const columns: TableColumnsType<ImportJob> = [
    { key: "id", title: t("history.id"), dataIndex: "id", width: 64, render: (id: number) => `#${id}` },
    {
      key: "files",
      title: t("history.files"),
      width: 220,
      render: (_, job) => (
        <Space orientation="vertical" size={0}>
          {job.files.slice(0, FILES_SHOWN).map((file) => (
            <Typography.Text
              key={file.sha256 + file.name}
              ellipsis={{ tooltip: file.name }}
              style={{ maxWidth: 200 }}
            >
              {file.name}
            </Typography.Text>
          ))}
          {job.files.length > FILES_SHOWN ? (
            <span className="muted">{t("history.more", { count: job.files.length - FILES_SHOWN })}</span>
          ) : null}
        </Space>
      ),
    },
    { key: "format", title: t("history.format"), width: 130, render: (_, job) => formatLabel(t, job) },
    { key: "status", title: t("history.status"), width: 100, render: (_, job) => <StatusTag job={job} /> },
    {
      key: "orders",
      title: t("history.orders"),
      width: 120,
      render: (_, job) =>
        job.summary
          ? [job.summary.orders.inserted, job.summary.orders.updated, job.summary.orders.unchanged]
              .map((n) => formatNumber(n))
              .join(" / ")
          : "-",
    },
    {
      key: "rejected",
      title: t("history.rejected"),
      width: 70,
      align: "right",
      render: (_, job) =>
        job.summary ? (
          <Typography.Text type={job.summary.rejected > 0 ? "danger" : undefined}>
            {formatNumber(job.summary.rejected)}
          </Typography.Text>
        ) : (
          "-"
        ),
    },
    { key: "who", title: t("history.createdBy"), width: 90, render: (_, job) => who(job) },
    {
      key: "createdAt",
      title: t("history.createdAt"),
      dataIndex: "createdAt",
      width: 140,
      render: (value: string) => formatDateTime(value),
    },
    {
      key: "duration",
      title: t("history.duration"),
      width: 80,
      render: (_, job) => {
        const ms = jobDurationMs(job);
        return ms === null ? "-" : formatDuration(t, ms);
      },
    },
  ];

  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  let body: ReactNode;
  if (history.isPending) body = <Loading rows={4} />;
  else if (history.error && items.length === 0)
    body = <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  else if (items.length === 0) body = <EmptyState description={t("history.empty")} />;
  else
    body = (
      <>
        <Table<ImportJob>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={{ x: TABLE_WIDTH }}
          expandable={{
            expandRowByClick: true,
            expandedRowRender: (job) => <JobResult job={job} />,
          }}
          data-testid="import-history"
        />
        {history.hasNextPage ? (
          <div style={{ textAlign: "center", marginTop: 12 }}>
            <Button onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
              {t("common:action.more")}
            </Button>
          </div>
        ) : null}
      </>
    );

  return (
    <Card
      title={t("history.title")}
      size="small"
      extra={
        <Button size="small" onClick={() => void history.refetch()} loading={history.isRefetching}>
          {t("common:action.refresh")}
        </Button>
      }
    >
      {body}
    </Card>
  );
}
