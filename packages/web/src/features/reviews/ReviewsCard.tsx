/**
 * 评价 on the customer page: the 10 newest reviews from the detail document, "查看全部" paging
 * through the rest (GET /customers/{id}/reviews), and for customers:write "添加评价" and
 * "导入评价" (review exports of the whole shop).
 */
import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session.tsx";
import { EmptyState, LoadError, Loading } from "../../app/states.tsx";
import type { Order } from "../customers/customers.api.ts";
import { AddReviewModal } from "./AddReviewModal.tsx";
import { ReviewImportModal } from "./ReviewImportModal.tsx";
import { ReviewItem } from "./ReviewItem.tsx";
import { type Review, useReviewPages } from "./reviews.api.ts";
import { NEWEST_SHOWN, shownReviews } from "./reviews.logic.ts";

/** The card; `newest` and `orders` come from the customer's detail document. */
export function ReviewsCard({
  customerId,
  newest,
  orders,
}: {
  customerId: number;
  newest: readonly Review[];
  orders: readonly Order[];
}) {
  const { t } = useTranslation(["reviews", "common"]);
  const session = useSession();
  const [all, setAll] = useState(false);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const pages = useReviewPages(customerId, all);
  const items = shownReviews(newest, pages.data?.pages, all);
  const write = session.can("customers:write");

  return (
    <Card
      size="small"
      title={t("title")}
      data-testid="reviews-card"
      extra={
        write ? (
          <Space size={4} wrap>
            <Button size="small" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t("import.open")}
            </Button>
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t("add")}
            </Button>
          </Space>
        ) : null
      }
    >
      {all && pages.isPending ? (
        <Loading rows={3} />
      ) : all && pages.error ? (
        <LoadError error={pages.error} onRetry={() => void pages.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState description={t("empty")} />
      ) : (
        <>
          {items.map((review) => (
            <ReviewItem key={review.id} review={review} />
          ))}
          {!all && newest.length >= NEWEST_SHOWN ? (
            <Button block size="small" style={{ marginTop: 8 }} onClick={() => setAll(true)}>
              {t("showAll")}
            </Button>
          ) : null}
          {all && pages.hasNextPage ? (
            <Button
              block
              size="small"
              style={{ marginTop: 8 }}
              loading={pages.isFetchingNextPage}
              onClick={() => void pages.fetchNextPage()}
            >
              {t("common:action.more")}
            </Button>
          ) : null}
        </>
      )}
      {write ? (
        <>
          <AddReviewModal
            customerId={customerId}
            orders={orders}
            open={adding}
            onClose={() => setAdding(false)}
          />
          <ReviewImportModal open={importing} onClose={() => setImporting(false)} />
        </>
      ) : null}
    </Card>
  );
}
