/**
 * 回访 on the customer page: open visits soonest first (overdue in red) with their actions and
 * "安排回访", then the latest closed visits with what they found out.
 */
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Divider, Flex, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState } from "../../app/states.tsx";
import { FollowUpActions } from "./FollowUpActions.tsx";
import type { FollowUp } from "./followUps.api.ts";
import { VisitFormModal } from "./VisitFormModal.tsx";
import { assigneeName, ChannelTag, DueTime, OutcomeView } from "./VisitParts.tsx";

const ITEM = { borderBottom: "1px solid #f0f0f0", padding: "8px 0" } as const;

/** One open visit. */
function OpenVisit({ visit }: { visit: FollowUp }) {
  const { t } = useTranslation("followUps");
  return (
    <div style={ITEM} data-testid="open-follow-up">
      <Flex wrap gap={8} align="center">
        <ChannelTag channel={visit.channel} />
        <DueTime visit={visit} />
        <span className="muted">{t("card.assignee", { name: assigneeName(visit, t("form.nobody")) })}</span>
      </Flex>
      {visit.purpose ? (
        <Typography.Paragraph style={{ margin: "4px 0 0", whiteSpace: "pre-wrap" }}>
          {visit.purpose}
        </Typography.Paragraph>
      ) : null}
      <FollowUpActions visit={visit} />
    </div>
  );
}

/** One done or cancelled visit. */
function ClosedVisit({ visit }: { visit: FollowUp }) {
  return (
    <div style={ITEM} data-testid="closed-follow-up">
      <Flex wrap gap={8} align="center" style={{ marginBottom: 4 }}>
        <ChannelTag channel={visit.channel} />
        <span className="muted">{formatDateTime(visit.dueAt)}</span>
        {visit.purpose ? <span>{visit.purpose}</span> : null}
      </Flex>
      <OutcomeView visit={visit} />
    </div>
  );
}

/** The card; the visits come with the customer's archive document. */
export function FollowUpsCard({
  customerId,
  open,
  closed,
}: {
  customerId: number;
  open: FollowUp[];
  closed: FollowUp[];
}) {
  const { t } = useTranslation("followUps");
  const session = useSession();
  const [scheduling, setScheduling] = useState(false);
  return (
    <Card
      size="small"
      title={t("card.title")}
      data-testid="follow-ups-card"
      extra={
        session.can("customers:write") ? (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)}>
            {t("card.schedule")}
          </Button>
        ) : null
      }
    >
      {open.length === 0 && closed.length === 0 ? <EmptyState description={t("card.empty")} /> : null}
      {open.length === 0 && closed.length > 0 ? <span className="muted">{t("card.noneOpen")}</span> : null}
      {open.map((visit) => (
        <OpenVisit key={visit.id} visit={visit} />
      ))}
      {closed.length > 0 ? (
        <>
          <Divider size="small" titlePlacement="start" plain>
            {t("card.closed")}
          </Divider>
          {closed.map((visit) => (
            <ClosedVisit key={visit.id} visit={visit} />
          ))}
        </>
      ) : null}
      <VisitFormModal customerId={customerId} open={scheduling} onClose={() => setScheduling(false)} />
    </Card>
  );
}
