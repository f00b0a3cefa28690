/**
 * The tabs under a customer's cards: the timeline (orders, merges, notes, done follow-ups), orders,
 * platform identities and merges.
 */
import { Card, Table, Tabs, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatFen } from "../../app/format.ts";
import type { CustomerDetail } from "./customers.api.ts";
import { OrdersTable } from "./OrdersTable.tsx";
import { usePlatformName } from "./tags.tsx";
import { type TimelineEvent, timelineOf } from "./timeline.ts";

// A note's first words are enough on the timeline; the notes card has the whole text.
const NOTE_PREVIEW = 80;

function EventLabel({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation(["customers", "followUps"]);
  switch (event.kind) {
    case "review": {
      const text =
        event.content.length > NOTE_PREVIEW ? `${event.content.slice(0, NOTE_PREVIEW)}…` : event.content;
      return (
        <span style={{ whiteSpace: "pre-wrap" }}>
          {t(event.rating === null ? "event.review" : "event.reviewRated", {
            n: event.rating,
            product: event.product ?? "–",
            text,
          })}
        </span>
      );
    }
    case "note": {
      const text = event.body.length > NOTE_PREVIEW ? `${event.body.slice(0, NOTE_PREVIEW)}…` : event.body;
      return (
        <span style={{ whiteSpace: "pre-wrap" }}>
          {t("event.note", { author: event.author ?? "–", text })}
        </span>
      );
    }
    case "followUp": {
      const result = event.reached
        ? event.satisfaction
          ? t("event.followUpRated", { n: event.satisfaction })
          : t("followUps:outcome.reachedYes")
        : t("followUps:outcome.reachedNo");
      return (
        <>
          {t("event.followUp", {
            channel: t(`followUps:channel.${event.channel}`),
            result,
            by: event.by ?? "–",
          })}
          {event.purpose ? <div className="muted">{event.purpose}</div> : null}
        </>
      );
    }
    case "ordered":
      return <>{t("event.ordered", { id: event.externalId })}</>;
    case "paid":
    case "refunded":
      return <>{t(`event.${event.kind}`, { amount: formatFen(event.amountFen) })}</>;
    case "merged":
      return (
        <>
          {t("event.merged", {
            id: event.customerId ?? "–",
            reason: t(`detail.mergeReason.${event.reason}`),
          })}
        </>
      );
    default:
      return <>{t(`event.${event.kind}`)}</>;
  }
}

const EVENT_COLOURS: Record<TimelineEvent["kind"], string> = {
  ordered: "blue",
  paid: "green",
  shipped: "cyan",
  completed: "green",
  closed: "gray",
  refunded: "red",
  merged: "purple",
  note: "gold",
  followUp: "magenta",
  review: "orange",
};

/** The tabbed card of the customer page. */
export function DetailTabs({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation("customers");
  const platformName = usePlatformName();
  const events = timelineOf(detail);
  return (
    <Card size="small">
      <Tabs
        items={[
          {
            key: "timeline",
            label: t("detail.timeline"),
            children: events.length ? (
              <Timeline
                items={events.map((event, i) => ({
                  key: `${event.kind}-${event.at}-${i}`,
                  color: EVENT_COLOURS[event.kind],
                  children: (
                    <>
                      <EventLabel event={event} />
                      <div className="muted">{formatDateTime(event.at)}</div>
                    </>
                  ),
                }))}
              />
            ) : (
              <Typography.Text type="secondary">{t("detail.noEvents")}</Typography.Text>
            ),
          },
          {
            key: "orders",
            label: `${t("detail.orders")} (${detail.recentOrders.length})`,
            children: <OrdersTable orders={detail.recentOrders} />,
          },
          {
            key: "identities",
            label: t("detail.identities"),
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={detail.identities}
                columns={[
                  {
                    title: t("order.platform"),
                    render: (_, i) => (i.platform === "*" ? "–" : platformName(i.platform)),
                  },
                  { title: t("detail.identities"), render: (_, i) => t(`detail.identityKind.${i.kind}`) },
                  { title: t("detail.name"), dataIndex: "value" },
                ]}
              />
            ),
          },
          {
            key: "merges",
            label: t("detail.merges"),
            children: detail.mergedFrom.length ? (
              <Table
                rowKey="mergeId"
                size="small"
                pagination={false}
                dataSource={detail.mergedFrom}
                columns={[
                  {
                    title: "#",
                    render: (_, m) => t("detail.mergedCustomer", { id: m.mergedCustomerId ?? "–" }),
                  },
                  { title: t("detail.merges"), render: (_, m) => t(`detail.mergeReason.${m.reason}`) },
                  { title: t("order.orderedAt"), render: (_, m) => formatDateTime(m.mergedAt) },
                  { title: "", render: (_, m) => (m.undoneAt ? t("detail.mergeUndone") : null) },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t("detail.noMerges")}</Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
