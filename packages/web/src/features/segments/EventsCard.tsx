/** The segment's latest joins and leaves, newest first, with more on demand. */
import { Button, Card, Flex, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../app/format.ts";
import { EmptyState, LoadError, Loading } from "../../app/states.tsx";
import { customerLabel } from "../customers/customerLabel.ts";
import { useSegmentEvents } from "./segments.api.ts";

/** The card of recent joins and leaves, with "load more". */
export function EventsCard({ segmentId }: { segmentId: number }) {
  const { t } = useTranslation(["segments", "common"]);
  const events = useSegmentEvents(segmentId);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  let body: ReactNode;
  if (events.isPending) body = <Loading rows={5} />;
  else if (events.error) body = <LoadError error={events.error} onRetry={() => void events.refetch()} />;
  else if (items.length === 0) body = <EmptyState description={t("detail.eventsEmpty")} />;
  else
    body = (
      <Flex vertical gap={8}>
        <Flex vertical role="list" style={{ maxHeight: 300, overflowY: "auto" }}>
          {items.map((event) => (
            <Flex
              key={event.id}
              role="listitem"
              data-testid="segment-event"
              gap={8}
              align="center"
              style={{ padding: "6px 0", borderBottom: "1px solid #f0f0f0" }}
            >
              <Tag color={event.event === "joined" ? "green" : "red"}>
                {t(event.event === "joined" ? "detail.eventJoined" : "detail.eventLeft")}
              </Tag>
              <Link to={`/customers/${event.customerId}`}>
                {customerLabel(event.customer) ?? t("detail.customer", { id: event.customerId })}
              </Link>
              <Typography.Text type="secondary" style={{ marginInlineStart: "auto", whiteSpace: "nowrap" }}>
                {formatDateTime(event.occurredAt)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
        {events.hasNextPage ? (
          <Button
            size="small"
            loading={events.isFetchingNextPage}
            onClick={() => void events.fetchNextPage()}
          >
            {t("common:action.more")}
          </Button>
        ) : null}
      </Flex>
    );
  return (
    <Card size="small" title={t("detail.events")} style={{ height: "100%" }}>
      {body}
    </Card>
  );
}
