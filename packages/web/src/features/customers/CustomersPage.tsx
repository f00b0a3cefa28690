/**
 * The customer list: search, filters (tag included) and sort kept in the URL (so a filtered list can be shared
 * and survives reload), keyset pages with the next one prefetched, column settings, export.
 * Names and phones come masked from the API for every role.
 */
import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Input, Select, Space, Table, Tooltip, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../app/session.tsx";
import { EmptyState, LoadError } from "../../app/states.tsx";
import { useShopTags } from "./archive.api.ts";
import { ColumnSettings, useCustomerColumns, useHiddenColumns } from "./columns.tsx";
import { type CustomerFilters, exportUrl, useCustomerPage } from "./customers.api.ts";
import { usePlatformName } from "./tags.tsx";

const SORTS = ["last_order", "first_order", "spend", "clv", "orders"] as const;
const CHURN = ["active", "at_risk", "churned", "none"] as const;
const PLATFORMS = ["taobao", "jd", "pdd", "shopify", "woocommerce", "other"];
const TIERS = [1, 2, 3, 4, 5];
const PAGE_SIZES = [20, 50, 100];

/** The filters in the URL, validated (a hand-edited URL never sends nonsense to the API). */
function filtersFrom(params: URLSearchParams): CustomerFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[]) =>
    allowed.find((v) => v === params.get(name));
  const tier = Number(params.get("tier"));
  const tag = Number(params.get("tag"));
  const limit = Number(params.get("limit"));
  return {
    q: params.get("q") || undefined,
    province: params.get("province") || undefined,
    platform: params.get("platform") || undefined,
    churnStatus: pick("churnStatus", CHURN),
    tier: TIERS.includes(tier) ? tier : undefined,
    tag: Number.isSafeInteger(tag) && tag > 0 ? tag : undefined,
    sort: pick("sort", SORTS),
    limit: PAGE_SIZES.includes(limit) ? limit : 20,
  };
}

export default function CustomersPage() {
  const { t } = useTranslation(["customers", "common"]);
  const session = useSession();
  const navigate = useNavigate();
  const platformName = usePlatformName();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  // Cursors of the pages before this one, for "previous" (keyset pages have no offsets).
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useCustomerPage(cursor ? { ...filters, cursor } : filters);
  const [hidden, setHidden] = useHiddenColumns();
  const columns = useCustomerColumns(hidden);
  const [search, setSearch] = useState(filters.q ?? "");
  const tags = useShopTags();

  function setFilter(name: string, value: string | number | undefined) {
    const next = new URLSearchParams(params);
    if (value === undefined || value === "") next.delete(name);
    else next.set(name, String(value));
    setCursors([]);
    setParams(next);
  }

  const filtered = Object.entries(filters).some(([k, v]) => k !== "limit" && k !== "sort" && v !== undefined);
  const items = query.data?.items ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} className="page-title">
          {t("list.title")}
        </Typography.Title>
        <Space wrap>
          {session.can("export") ? (
            <Tooltip title={session.can("pii:read") ? undefined : t("list.exportMasked")}>
              <Button icon={<DownloadOutlined />} href={exportUrl(filters)}>
                {t("list.export")}
              </Button>
            </Tooltip>
          ) : null}
          <ColumnSettings hidden={hidden} onChange={setHidden} />
        </Space>
      </Flex>
      <Card size="small">
        <Flex wrap gap={8}>
          <Input.Search
            style={{ width: 320, maxWidth: "100%" }}
            placeholder={t("list.searchPlaceholder")}
            aria-label={t("common:action.search")}
            allowClear
            enterButton
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => setFilter("q", value.trim())}
          />
          <Input
            style={{ width: 120 }}
            placeholder={t("list.province")}
            aria-label={t("list.province")}
            allowClear
            defaultValue={filters.province}
            onPressEnter={(e) => setFilter("province", e.currentTarget.value.trim())}
            onBlur={(e) => setFilter("province", e.currentTarget.value.trim())}
          />
          <Select
            style={{ width: 130 }}
            allowClear
            placeholder={t("list.platform")}
            aria-label={t("list.platform")}
            value={filters.platform}
            options={PLATFORMS.map((p) => ({ value: p, label: platformName(p) }))}
            onChange={(v) => setFilter("platform", v)}
          />
          <Select
            style={{ width: 130 }}
            allowClear
            placeholder={t("list.churn")}
            aria-label={t("list.churn")}
            value={filters.churnStatus}
            options={CHURN.map((c) => ({ value: c, label: t(`churnStatus.${c}`) }))}
            onChange={(v) => setFilter("churnStatus", v)}
          />
          <Select
            style={{ width: 130 }}
            allowClear
            placeholder={t("list.tier")}
            aria-label={t("list.tier")}
            value={filters.tier}
            options={TIERS.map((tier) => ({ value: tier, label: t("list.tierValue", { tier }) }))}
            onChange={(v) => setFilter("tier", v)}
          />
          <Select<number>
            style={{ width: 150 }}
            allowClear
            placeholder={t("list.tag")}
            aria-label={t("list.tag")}
            value={filters.tag}
            loading={tags.isPending}
            showSearch={{ optionFilterProp: "name" }}
            // A tag deleted since the link was shared shows as its number rather than disappearing.
            options={(tags.data ?? []).map((tag) => ({ value: tag.id, label: tag.name, name: tag.name }))}
            notFoundContent={tags.error ? t("list.tagsFailed") : t("list.noTags")}
            onChange={(v) => setFilter("tag", v)}
          />
          <Select
            style={{ width: 150 }}
            aria-label={t("list.sort")}
            value={filters.sort ?? "last_order"}
            options={SORTS.map((s) => ({ value: s, label: `${t("list.sort")}: ${t(`sort.${s}`)}` }))}
            onChange={(v) => setFilter("sort", v === "last_order" ? undefined : v)}
          />
        </Flex>
      </Card>
      {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={query.isFetching}
        pagination={false}
        scroll={{ x: "max-content" }}
        sticky
        onRow={(record) => ({
          onDoubleClick: () => navigate(`/customers/${record.id}`),
        })}
        locale={{
          emptyText: query.isPending ? (
            " "
          ) : (
            <EmptyState
              description={filtered ? t("list.empty") : t("list.emptyShop")}
              action={
                !filtered && session.can("import") ? (
                  <Link to="/imports">
                    <Button type="primary">{t("list.toImports")}</Button>
                  </Link>
                ) : undefined
              }
            />
          ),
        }}
        footer={() => (
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text type="secondary" className="muted">
              {t("list.maskedNote")}
            </Typography.Text>
            <Space>
              <Select
                size="small"
                aria-label={t("list.pageSize", { count: filters.limit ?? 20 })}
                value={filters.limit ?? 20}
                options={PAGE_SIZES.map((n) => ({ value: n, label: t("list.pageSize", { count: n }) }))}
                onChange={(n) => setFilter("limit", n === 20 ? undefined : n)}
              />
              <Button
                size="small"
                disabled={cursors.length === 0}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                {t("list.previous")}
              </Button>
              <span data-testid="page-number">{t("list.page", { page: cursors.length + 1 })}</span>
              <Button
                size="small"
                disabled={!query.data?.nextCursor || query.isPlaceholderData}
                onClick={() => query.data?.nextCursor && setCursors([...cursors, query.data.nextCursor])}
              >
                {t("list.next")}
              </Button>
            </Space>
          </Flex>
        )}
      />
    </Space>
  );
}
