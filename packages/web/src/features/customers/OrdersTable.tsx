/** A customer's orders, each expandable to its lines, messages and (masked) receiver. */
import { Descriptions, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatFen } from "../../app/format.ts";
import type { Order } from "./customers.api.ts";
import { usePlatformName } from "./tags.tsx";

const STATUS_COLOURS = {
  unpaid: "default",
  paid: "blue",
  shipped: "cyan",
  completed: "green",
  closed: "default",
} as const;

function OrderLines({ order }: { order: Order }) {
  const { t } = useTranslation("customers");
  const r = order.receiver;
  return (
    <>
      <Table
        rowKey="lineNo"
        size="small"
        pagination={false}
        dataSource={order.items}
        scroll={{ x: "max-content" }}
        columns={[
          {
            title: t("order.items"),
            render: (_, line) => (
              <>
                {line.title}{" "}
                {Object.entries(line.attributes).map(([k, v]) => (
                  <Tag key={k}>{`${k}:${v}`}</Tag>
                ))}
              </>
            ),
          },
          { title: t("order.unitPrice"), align: "right", render: (_, line) => formatFen(line.unitPriceFen) },
          { title: t("order.quantity"), align: "right", dataIndex: "quantity" },
          {
            title: t("order.refundStatus"),
            render: (_, line) => t(`order.refundValue.${line.refundStatus}`),
          },
        ]}
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t("order.receiver")}>
          {[r.name, r.phone, r.province, r.city, r.district].filter(Boolean).join(" ") || "–"}
        </Descriptions.Item>
        <Descriptions.Item label={t("order.buyerMessage")}>{order.buyerMessage ?? "–"}</Descriptions.Item>
        <Descriptions.Item label={t("order.sellerMemo")}>{order.sellerMemo ?? "–"}</Descriptions.Item>
      </Descriptions>
    </>
  );
}

export function OrdersTable({ orders }: { orders: Order[] }) {
  const { t } = useTranslation("customers");
  const platformName = usePlatformName();
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={orders}
      pagination={orders.length > 10 ? { pageSize: 10, size: "small" } : false}
      scroll={{ x: "max-content" }}
      expandable={{ expandedRowRender: (order) => <OrderLines order={order} /> }}
      locale={{ emptyText: t("detail.noOrders") }}
      columns={[
        { title: t("order.externalId"), dataIndex: "externalId" },
        { title: t("order.platform"), render: (_, o) => platformName(o.platform) },
        { title: t("order.orderedAt"), render: (_, o) => formatDateTime(o.orderedAt) },
        {
          title: t("order.status"),
          render: (_, o) => <Tag color={STATUS_COLOURS[o.status]}>{t(`order.statusValue.${o.status}`)}</Tag>,
        },
        {
          title: t("order.items"),
          render: (_, o) => o.items.map((line) => line.title).join("、"),
          ellipsis: true,
        },
        { title: t("order.paid"), align: "right", render: (_, o) => formatFen(o.paidFen) },
        {
          title: t("order.refunded"),
          align: "right",
          render: (_, o) => (o.refundedFen > 0 ? formatFen(o.refundedFen) : "–"),
        },
      ]}
    />
  );
}
