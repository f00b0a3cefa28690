/** Small tags shared by the customer pages. */
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { CustomerListItem } from "./customers.api.ts";

const CHURN_COLOURS = { none: "default", active: "green", at_risk: "orange", churned: "red" } as const;
const PLATFORM_COLOURS: Record<string, string> = {
  taobao: "orange",
  jd: "red",
  pdd: "volcano",
  shopify: "green",
  woocommerce: "purple",
};

export function ChurnTag({ status }: { status: CustomerListItem["churnStatus"] }) {
  const { t } = useTranslation("customers");
  if (!status) return <>–</>;
  return <Tag color={CHURN_COLOURS[status]}>{t(`churnStatus.${status}`)}</Tag>;
}

/** The platform's name from the common catalogue, or its code when laoke does not know it. */
export function usePlatformName(): (platform: string) => string {
  const { t } = useTranslation("common");
  return (platform) => t(`platform.${platform}` as "platform.other", { defaultValue: platform });
}

export function PlatformTags({ platforms }: { platforms: string[] }) {
  const name = usePlatformName();
  return (
    <>
      {platforms.map((p) => (
        <Tag key={p} color={PLATFORM_COLOURS[p]}>
          {name(p)}
        </Tag>
      ))}
    </>
  );
}
