/** /settings/shop: the shop's profile (name, time zone, currency) and its analytics settings. */
import { Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { AnalyticsSettingsCard } from "./AnalyticsSettingsCard.tsx";
import { ShopProfileCard } from "./ShopProfileCard.tsx";

export default function ShopSettingsPage() {
  const { t } = useTranslation("settings");
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
        {t("shop.title")}
      </Typography.Title>
      <ShopProfileCard />
      <AnalyticsSettingsCard />
    </Flex>
  );
}
