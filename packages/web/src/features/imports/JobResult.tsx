/**
 * What one import did: live progress while it runs, then its counts, its rejects (with the
 * download and what the file holds) or, for a failed job, the server's reason and what to do.
 */
import { DownloadOutlined } from "@ant-design/icons";
import { Alert, Button, Col, Descriptions, Progress, Row, Space, Statistic, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../app/format.ts";
import { formatDuration, formatLabel, formatSize, jobDurationMs, progressPercent } from "./format.ts";
import type { ImportJob } from "./imports.api.ts";

type Summary = NonNullable<ImportJob["summary"]>;

/** The hint under a failure, by the error's stable code. */
const HINTS: Record<string, "format" | "encoding" | "xlsx" | "mapping" | "interrupted"> = {
  unknown_format: "format",
  format_mismatch: "format",
  file_empty: "format",
  file_bad_line: "format",
  file_encoding: "encoding",
  xlsx_unreadable: "xlsx",
  mapping_invalid: "mapping",
  mapping_required: "mapping",
  import_interrupted: "interrupted",
};

export function JobResult({ job }: { job: ImportJob }) {
  const { t } = useTranslation("imports");

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: "100%" }}
      data-testid={`import-job-${job.id}`}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: "files",
            label: t("job.files"),
            children: (
              <Space size={[4, 4]} wrap>
                {job.files.map((file) => (
                  <Tag key={file.sha256 + file.name} style={{ marginInlineEnd: 0 }}>
                    {file.name} · {formatSize(t, file.size)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          ...(job.summary ? [{ key: "format", label: t("job.format"), children: formatLabel(t, job) }] : []),
        ]}
      />
      {job.status === "queued" || job.status === "running" ? <JobProgress job={job} /> : null}
      {job.status === "failed" ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="import-error"
          title={t("job.failed")}
          description={
            <>
              <div>{job.error?.message}</div>
              <div className="muted">{t(`job.hint.${HINTS[job.error?.code ?? ""] ?? "other"}`)}</div>
            </>
          }
        />
      ) : null}
      {job.status === "succeeded" && job.summary ? (
        <>
          <Alert
            type={job.summary.dryRun ? "info" : "success"}
            showIcon
            title={job.summary.dryRun ? t("job.succeededDry") : t("job.succeeded")}
          />
          <SummaryStats summary={job.summary} durationMs={jobDurationMs(job)} />
          {job.summary.rejected > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="import-rejects"
              title={t(job.summary.dryRun ? "rejects.titleDry" : "rejects.title", {
                count: job.summary.rejected,
              })}
              description={
                <Space orientation="vertical" size="small">
                  <span>{t(job.summary.dryRun ? "rejects.explainDry" : "rejects.explain")}</span>
                  {job.rejectsUrl ? (
                    <Button
                      href={job.rejectsUrl}
                      download={`import-${job.id}-rejects.csv`}
                      icon={<DownloadOutlined />}
                      size="small"
                    >
                      {t("rejects.download")}
                    </Button>
                  ) : null}
                </Space>
              }
            />
          ) : null}
        </>
      ) : null}
    </Space>
  );
}

function JobProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation("imports");
  const progress = job.progress;
  if (job.status === "queued" || !progress) {
    return (
      <div role="status" aria-live="polite">
        <Typography.Text>{t("job.queued")}</Typography.Text>
        <Progress percent={100} status="active" showInfo={false} strokeColor="#bfbfbf" />
      </div>
    );
  }
  const phase =
    progress.phase === "reading" && progress.file
      ? t("job.phase.readingFile", { file: progress.file })
      : progress.phase === "resolving" || progress.phase === "writing" || progress.phase === "done"
        ? t(`job.phase.${progress.phase}`)
        : t("job.phase.reading");
  return (
    <div role="status" aria-live="polite">
      <Space wrap>
        <Typography.Text strong>{phase}</Typography.Text>
        <Typography.Text type="secondary">
          {t("job.rows", { rows: formatNumber(progress.rows) })}
        </Typography.Text>
      </Space>
      <Progress percent={progressPercent(progress) ?? 0} status="active" />
    </div>
  );
}

function SummaryStats({ summary, durationMs }: { summary: Summary; durationMs: number | null }) {
  const { t } = useTranslation("imports");
  const stats: { key: string; label: string; value: number | string; danger?: boolean }[] = [
    { key: "ordersInserted", label: t("stats.ordersInserted"), value: summary.orders.inserted },
    { key: "ordersUpdated", label: t("stats.ordersUpdated"), value: summary.orders.updated },
    { key: "ordersUnchanged", label: t("stats.ordersUnchanged"), value: summary.orders.unchanged },
    { key: "items", label: t("stats.items"), value: summary.items },
    { key: "customersCreated", label: t("stats.customersCreated"), value: summary.customers.created },
    { key: "customersMatched", label: t("stats.customersMatched"), value: summary.customers.matched },
    { key: "customersMerged", label: t("stats.customersMerged"), value: summary.customers.merged },
    { key: "rejected", label: t("stats.rejected"), value: summary.rejected, danger: summary.rejected > 0 },
    { key: "rows", label: t("stats.rows"), value: summary.rows },
    {
      key: "duration",
      label: t("stats.duration"),
      value: durationMs === null ? "-" : formatDuration(t, durationMs),
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      {stats.map((stat) => (
        <Col key={stat.key} xs={12} sm={8} md={6} xl={4} data-testid={`stat-${stat.key}`}>
          <Statistic
            title={stat.label}
            value={stat.value}
            styles={{ content: { fontSize: 20, color: stat.danger ? "#cf1322" : undefined } }}
          />
        </Col>
      ))}
    </Row>
  );
}
