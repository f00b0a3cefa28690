/**
 * What a synchronous import did: its counts as statistics and the rejected rows with file, row,
 * column and the server's reason, so staff can fix the sheet and upload it again.
 */
import { Alert, Col, Row, Statistic, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatNumber } from "./format.ts";

/** A rejected row as the import routes answer it (reason already in the UI language). */
export interface RowReject {
  file: string;
  row: number;
  field: string | null;
  code: string;
  message: string;
}

/** One count of the outcome: a label and a number (a test id names it for the browser tests). */
export interface OutcomeCount {
  key: string;
  label: string;
  value: number;
}

/** Counts, then the rejects (the server sends the first 1000; the table pages through them). */
export function ImportOutcome({
  counts,
  rejected,
  rejects,
}: {
  counts: OutcomeCount[];
  rejected: number;
  rejects: RowReject[];
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="import-outcome">
      <Alert
        type={rejected > 0 ? "warning" : "success"}
        showIcon
        title={rejected > 0 ? t("upload.doneWithRejects", { count: rejected }) : t("upload.done")}
        style={{ marginBottom: 12 }}
      />
      <Row gutter={[12, 12]}>
        {counts.map((c) => (
          <Col key={c.key} xs={12} sm={6} data-testid={`outcome-${c.key}`}>
            <Statistic title={c.label} value={c.value} formatter={(v) => formatNumber(Number(v))} />
          </Col>
        ))}
      </Row>
      {rejects.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t("upload.rejectsTitle")}
          </Typography.Title>
          <div data-testid="rejects">
            <Table<RowReject>
              size="small"
              rowKey={(r) => `${r.file}:${r.row}:${r.field ?? ""}`}
              dataSource={rejects}
              pagination={
                rejects.length > 10 ? { pageSize: 10, showSizeChanger: false, size: "small" } : false
              }
              scroll={{ x: "max-content" }}
              columns={[
                { title: t("upload.file"), dataIndex: "file", key: "file" },
                { title: t("upload.row"), dataIndex: "row", key: "row", align: "right" },
                { title: t("upload.field"), key: "field", render: (_, r) => r.field ?? "–" },
                { title: t("upload.reason"), dataIndex: "message", key: "message" },
              ]}
            />
          </div>
          {rejected > rejects.length ? (
            <Typography.Text type="secondary" className="muted">
              {t("upload.rejectsFirst", { shown: rejects.length, count: rejected })}
            </Typography.Text>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
