/** Which exports laoke reads and where each platform's back-office makes them (docs/import.md, short). */
import { Card, Descriptions, Typography } from "antd";
import { useTranslation } from "react-i18next";

const PLATFORMS = ["taobao", "qianniu", "jd", "pdd", "shopify", "woocommerce", "cdnow", "other"] as const;

export function FormatGuide() {
  const { t } = useTranslation("imports");
  return (
    <Card title={t("guide.title")} size="small">
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { whiteSpace: "nowrap" } }}
        items={PLATFORMS.map((key) => ({
          key,
          label: t(`guide.${key}`),
          children: <Typography.Text>{t(`guide.${key}How`)}</Typography.Text>,
        }))}
      />
      <ul className="muted" style={{ paddingInlineStart: 18, margin: "12px 0 0" }}>
        <li>{t("guide.tipExcel")}</li>
        <li>{t("guide.tipRejects")}</li>
      </ul>
    </Card>
  );
}
