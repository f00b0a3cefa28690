/**
 * 添加评价: a review the customer gave outside an export (on the phone, in a chat): stars, words,
 * optionally the order and product it is about (from the customer's recent orders) and when it
 * was said (now by default; the server refuses the future).
 */
import { useMutation } from "@tanstack/react-query";
import { Alert, App, DatePicker, Form, Input, Modal, Rate, Select, Switch } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../app/format.ts";
import { errorMessage } from "../../app/states.tsx";
import { useRefreshCustomer } from "../customers/archive.api.ts";
import type { Order } from "../customers/customers.api.ts";
import { addReview } from "./reviews.api.ts";
import { addReviewBody, orderChoices, productChoices, type ReviewFormValues } from "./reviews.logic.ts";

const MAX_CONTENT = 2000;

/** The modal; `orders` are the customer's recent orders from the detail document. */
export function AddReviewModal({
  customerId,
  orders,
  open,
  onClose,
}: {
  customerId: number;
  orders: readonly Order[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(["reviews", "common"]);
  const { message } = App.useApp();
  const refresh = useRefreshCustomer(customerId);
  const [form] = Form.useForm<ReviewFormValues>();
  const orderId = Form.useWatch("orderId", form);
  const save = useMutation({
    mutationFn: (values: ReviewFormValues) => addReview(customerId, addReviewBody(values)),
    onSuccess: async () => {
      void message.success(t("added"));
      onClose();
      await refresh();
    },
  });
  const products = productChoices(orders, orderId);

  return (
    <Modal
      open={open}
      title={t("addTitle")}
      okText={t("common:action.save")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) save.reset();
      }}
      destroyOnHidden
    >
      <Form<ReviewFormValues>
        form={form}
        name="review-new"
        layout="vertical"
        requiredMark={false}
        initialValues={{ reviewedAt: dayjs() }}
        onFinish={(values) => save.mutate(values)}
        onValuesChange={(changed) => {
          // A product of another order no longer fits the chosen order.
          if ("orderId" in changed) form.setFieldValue("productId", undefined);
        }}
      >
        {save.error ? (
          <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="rating"
          label={t("form.rating")}
          rules={[{ required: true, message: t("form.ratingRequired") }]}
        >
          <Rate aria-label={t("form.rating")} />
        </Form.Item>
        <Form.Item name="content" label={t("form.content")} rules={[{ max: MAX_CONTENT }]}>
          <Input.TextArea
            maxLength={MAX_CONTENT}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t("form.contentHint")}
          />
        </Form.Item>
        <Form.Item name="orderId" label={t("form.order")}>
          <Select<number>
            allowClear
            placeholder={t("form.orderHint")}
            options={orderChoices(orders, formatDay)}
            notFoundContent={t("form.noOrders")}
            showSearch={{ optionFilterProp: "label" }}
          />
        </Form.Item>
        <Form.Item name="productId" label={t("form.product")}>
          <Select<number>
            allowClear
            placeholder={t("form.productHint")}
            options={products}
            notFoundContent={t("form.noProducts")}
            showSearch={{ optionFilterProp: "label" }}
          />
        </Form.Item>
        <Form.Item name="reviewedAt" label={t("form.reviewedAt")}>
          <DatePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: "100%" }}
            disabledDate={(day) => day.isAfter(dayjs(), "day")}
          />
        </Form.Item>
        <Form.Item name="hasImages" label={t("form.hasImages")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
