/**
 * 复购商品排行: the products most bought again (breakdown by product ranks by repeat buyers),
 * with each product's typical time to re-order from the reorder curves where enough customers
 * re-ordered it for the median to mean something.
 */
import { Table, type TableColumnsType, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatFen, formatNumber, formatPercent } from "../../app/format.ts";
import { useOverviewFilters } from "./filters.ts";
import { HelpTip } from "./HelpTip.tsx";
import { type Report, useReport } from "./overview.api.ts";
import { ReportCard } from "./ReportCard.tsx";

type Row = Report<"breakdown">["rows"][number] & {
  rank: number;
  reorder?: Report<"reorder">["products"][number];
};

export function TopProductsCard() {
  const { t } = useTranslation(["overview", "common"]);
  const { range } = useOverviewFilters();
  const products = useReport("breakdown", { ...range, by: "product", limit: 10 });
  const reorder = useReport("reorder", { ...range, limit: 50 });
  const rows = useMemo((): Row[] => {
    const curves = new Map((reorder.data?.products ?? []).map((p) => [p.productId, p]));
    return (products.data?.rows ?? []).map((r, i) => ({
      ...r,
      rank: i + 1,
      reorder: typeof r.key === "number" ? curves.get(r.key) : undefined,
    }));
  }, [products.data, reorder.data]);
  const minRepeat = reorder.data?.minRepeatBuyers ?? 5;

  // Fixed widths but the product's, which takes what is left; below 600 px the table scrolls.
  const columns: TableColumnsType<Row> = [
    { title: "#", dataIndex: "rank", width: 40, align: "right" },
    {
      title: t("products.product"),
      dataIndex: "label",
      ellipsis: { showTitle: true },
      render: (label: string | null, row) => label ?? `#${row.key}`,
    },
    {
      title: t("products.buyers"),
      dataIndex: "buyers",
      align: "right",
      width: 72,
      render: (v: number) => formatNumber(v),
    },
    {
      title: t("products.repeatBuyers"),
      dataIndex: "repeatBuyers",
      align: "right",
      width: 72,
      render: (v: number) => formatNumber(v),
    },
    {
      title: t("products.repeatRate"),
      dataIndex: "repeatRate",
      align: "right",
      width: 64,
      render: (v: number) => formatPercent(v),
    },
    {
      title: t("products.revenue"),
      dataIndex: "revenueFen",
      align: "right",
      width: 100,
      render: (v: number) => formatFen(v),
    },
    {
      title: (
        <span>
          {t("products.medianDays")}
          <HelpTip text={t("products.medianHelp", { min: minRepeat })} />
        </span>
      ),
      key: "median",
      align: "right",
      width: 100,
      render: (_, row) =>
        reorder.isPending ? (
          <Typography.Text type="secondary">…</Typography.Text>
        ) : row.reorder?.medianDays == null ? (
          <Typography.Text type="secondary">–</Typography.Text>
        ) : (
          t("common:unit.days", { count: Math.round(row.reorder.medianDays) })
        ),
    },
  ];

  return (
    <ReportCard
      testId="card-products"
      title={t("products.title")}
      help={t("products.help")}
      query={products}
      height={240}
      isEmpty={(r) => r.rows.length === 0}
    >
      {() => (
        <Table<Row>
          size="small"
          rowKey={(r) => String(r.key)}
          columns={columns}
          dataSource={rows}
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 600 }}
        />
      )}
    </ReportCard>
  );
}
