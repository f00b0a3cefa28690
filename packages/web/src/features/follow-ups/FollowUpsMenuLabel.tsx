/** The 回访 menu entry's label: its name and a badge of visits overdue or due today (every minute). */
import { Badge, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useFollowUpSummary } from "./followUps.api.ts";
import { badgeCount } from "./followUps.logic.ts";

/** The label; the badge hides at zero. */
export function FollowUpsMenuLabel() {
  const { t } = useTranslation();
  const summary = useFollowUpSummary();
  const count = badgeCount(summary.data);
  return (
    <Space size={6}>
      {t("nav.followUps")}
      <span data-testid="follow-ups-badge">
        <Badge count={count} size="small" title={t("nav.followUpsDue", { count })} />
      </span>
    </Space>
  );
}
