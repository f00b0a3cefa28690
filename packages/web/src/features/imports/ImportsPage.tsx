/**
 * 导入订单: upload platform exports (several files at once), follow the import live, read its
 * result and rejects, and look back at earlier imports. Only roles with `import` may open it.
 */
import { Col, Row, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { CurrentJob } from "./CurrentJob.tsx";
import { FormatGuide } from "./FormatGuide.tsx";
import { ImportHistory } from "./ImportHistory.tsx";
import { UploadCard } from "./UploadCard.tsx";

export default function ImportsPage() {
  const { t } = useTranslation("imports");
  const [params, setParams] = useSearchParams();

  const current = Number(params.get("job"));
  const currentId = Number.isSafeInteger(current) && current > 0 ? current : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <div>
        <Typography.Title level={4} className="page-title" style={{ marginBottom: 4 }}>
          {t("title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("subtitle")}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <UploadCard onQueued={(job) => setParams({ job: String(job.id) })} />
            {currentId ? <CurrentJob key={currentId} id={currentId} /> : null}
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <FormatGuide />
        </Col>
      </Row>
      <ImportHistory />
    </Space>
  );
}
