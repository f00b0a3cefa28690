/** Small pieces both follow-up screens show the same way: channel, due time, assignee and outcome. */
import { ClockCircleOutlined } from "@ant-design/icons";
import { Descriptions, Rate, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/format.ts";
import type { FollowUp } from "./followUps.api.ts";
import { isOverdue } from "./followUps.logic.ts";

const CHANNEL_COLOURS = { phone: "blue", message: "green", group: "purple", visit: "orange" } as const;

/** The channel as a coloured tag. */
export function ChannelTag({ channel }: { channel: FollowUp["channel"] }) {
  const { t } = useTranslation("followUps");
  return <Tag color={CHANNEL_COLOURS[channel]}>{t(`channel.${channel}`)}</Tag>;
}

/** The due time; red with "overdue" once it has passed on an open visit. */
export function DueTime({ visit }: { visit: FollowUp }) {
  const { t } = useTranslation("followUps");
  const overdue = isOverdue(visit);
  return (
    <Typography.Text
      type={overdue ? "danger" : undefined}
      style={{ whiteSpace: "nowrap" }}
      data-overdue={overdue}
    >
      <ClockCircleOutlined /> {formatDateTime(visit.dueAt)}
      {overdue ? ` · ${t("due.overdue")}` : ""}
    </Typography.Text>
  );
}

/** Who the visit is assigned to. */
export function assigneeName(visit: FollowUp, nobody: string): string {
  return visit.assignee ? (visit.assignee.name ?? `#${visit.assignee.memberId}`) : nobody;
}

/** A closed visit's outcome (or that it was cancelled). */
export function OutcomeView({ visit }: { visit: FollowUp }) {
  const { t } = useTranslation("followUps");
  const o = visit.outcome;
  if (visit.status === "cancelled") return <Tag>{t("status.cancelled")}</Tag>;
  if (!o) return null;
  const items = [
    {
      key: "reached",
      label: t("outcome.reached"),
      children: (
        <Tag color={o.reached ? "green" : "default"}>
          {t(o.reached ? "outcome.reachedYes" : "outcome.reachedNo")}
        </Tag>
      ),
    },
    o.satisfaction
      ? {
          key: "satisfaction",
          label: t("outcome.satisfaction"),
          children: (
            <Rate
              disabled
              value={o.satisfaction}
              style={{ fontSize: 14 }}
              aria-label={t("outcome.rated", { n: o.satisfaction })}
            />
          ),
        }
      : null,
    o.productFeedback
      ? { key: "feedback", label: t("outcome.productFeedback"), children: o.productFeedback }
      : null,
    o.preferencesLearned
      ? { key: "preferences", label: t("outcome.preferencesLearned"), children: o.preferencesLearned }
      : null,
    o.note ? { key: "note", label: t("outcome.note"), children: o.note } : null,
    {
      key: "by",
      label: t("outcome.completed"),
      children: `${o.completedBy ?? "–"} · ${formatDateTime(o.completedAt)}`,
    },
  ].filter((item) => item !== null);
  return <Descriptions size="small" column={1} items={items} styles={{ label: { whiteSpace: "nowrap" } }} />;
}
