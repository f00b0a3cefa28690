/**
 * One review on the 评价 card: stars, where it came from, product and time, the buyer's words, the
 * 追评 with its time and the seller's reply. A review staff typed in can be deleted by anyone with
 * customers:write; an imported one has no delete (the server would refuse it).
 */
import { PictureOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Flex, Popconfirm, Rate, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import { useRefreshCustomer } from "../customers/archive.api.ts";
import { ITEM_STYLE } from "../customers/NotesCard.tsx";
import { deleteReview, type Review } from "./reviews.api.ts";
import { isDeletable } from "./reviews.logic.ts";

const QUOTE = { borderInlineStart: "3px solid #f0f0f0", paddingInlineStart: 8, marginBottom: 4 } as const;

/** The review as a block of the card. */
export function ReviewItem({ review }: { review: Review }) {
  const { t } = useTranslation(["reviews", "common"]);
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshCustomer(review.customerId);
  const remove = useMutation({
    mutationFn: () => deleteReview(review.id),
    onSuccess: async () => {
      void message.success(t("deleted"));
      await refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const deletable = session.can("customers:write") && isDeletable(review);

  return (
    <div style={ITEM_STYLE} data-testid="review" data-source={review.source}>
      <Flex justify="space-between" align="center" wrap gap={4}>
        <Space size={6} wrap>
          {review.rating ? (
            <Rate
              disabled
              value={review.rating}
              style={{ fontSize: 13 }}
              aria-label={t("stars", { count: review.rating })}
            />
          ) : (
            <span className="muted">{t("noRating")}</span>
          )}
          <Tag color={review.source === "manual" ? "gold" : "blue"} style={{ marginInlineEnd: 0 }}>
            {t(`source.${review.source}`)}
          </Tag>
          {review.hasImages ? (
            <Tag icon={<PictureOutlined />} style={{ marginInlineEnd: 0 }}>
              {t("hasImages")}
            </Tag>
          ) : null}
        </Space>
        <span className="muted">{formatDateTime(review.reviewedAt)}</span>
      </Flex>
      {review.productTitle || review.orderExternalId ? (
        <div className="muted" style={{ marginTop: 2 }}>
          {[review.productTitle, review.orderExternalId ? t("order", { id: review.orderExternalId }) : null]
            .filter(Boolean)
            .join(" · ")}
        </div>
      ) : null}
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "4px 0" }}>
        {review.content || <span className="muted">{t("noContent")}</span>}
      </Typography.Paragraph>
      {review.followUp ? (
        <div style={QUOTE} data-testid="review-follow-up">
          <Typography.Text strong>{t("followUp")}</Typography.Text>
          {review.followUpAt ? <span className="muted"> · {formatDateTime(review.followUpAt)}</span> : null}
          <div style={{ whiteSpace: "pre-wrap" }}>{review.followUp}</div>
        </div>
      ) : null}
      {review.sellerReply ? (
        <div style={QUOTE} data-testid="review-reply">
          <Typography.Text strong>{t("sellerReply")}</Typography.Text>
          <div style={{ whiteSpace: "pre-wrap" }}>{review.sellerReply}</div>
        </div>
      ) : null}
      {review.source === "manual" ? (
        <Flex justify="space-between" align="center" wrap gap={4}>
          <span className="muted">
            {t("recordedBy", {
              by: review.createdBy ?? t("unknownPerson"),
              at: formatDateTime(review.createdAt),
            })}
          </span>
          {deletable ? (
            <Popconfirm
              title={t("deleteConfirm")}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutateAsync().catch(() => undefined)}
            >
              <Button type="link" size="small" danger loading={remove.isPending}>
                {t("delete")}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ) : null}
    </div>
  );
}
