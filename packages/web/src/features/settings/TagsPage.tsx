/**
 * /settings/tags: the shop's tags with colour, how many customers carry each, and whether a rule
 * gives them (automatic) or staff do (manual); create, rename/recolour, delete.
 */
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatNumber } from "../../app/format.ts";
import { EmptyState, errorMessage, QueryState } from "../../app/states.tsx";
import { deleteTag, type ShopTag, TAGS_KEY, useShopTags } from "../customers/archive.api.ts";
import { formatTime } from "./labels.ts";
import { KEYS, NOWRAP } from "./layout.ts";
import { TagFormModal } from "./TagFormModal.tsx";

export default function TagsPage() {
  const { t } = useTranslation(["archive", "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const tags = useShopTags();
  // The tag stays while the modal closes, so its title does not flip to "new" mid-animation.
  const [modal, setModal] = useState<{ open: boolean; tag: ShopTag | null }>({ open: false, tag: null });
  const remove = useMutation({
    mutationFn: (tag: ShopTag) => deleteTag(tag.id),
    onSuccess: async (_, tag) => {
      void message.success(t("tagAdmin.deleted", { name: tag.name }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: TAGS_KEY }),
        queryClient.invalidateQueries({ queryKey: ["customers"] }),
        queryClient.invalidateQueries({ queryKey: KEYS.audit }),
      ]);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const columns: TableColumnsType<ShopTag> = [
    {
      title: t("tagAdmin.name"),
      key: "name",
      ...NOWRAP,
      render: (_, tag) => <Tag color={tag.color ?? undefined}>{tag.name}</Tag>,
    },
    {
      title: t("tagAdmin.customers"),
      key: "customers",
      align: "right",
      ...NOWRAP,
      render: (_, tag) =>
        tag.customerCount > 0 ? (
          <Link to={`/customers?tag=${tag.id}`} aria-label={t("tagAdmin.showCustomers", { name: tag.name })}>
            {formatNumber(tag.customerCount)}
          </Link>
        ) : (
          "0"
        ),
    },
    {
      title: t("tagAdmin.kind"),
      key: "kind",
      ...NOWRAP,
      render: (_, tag) =>
        tag.automatic ? (
          <Tooltip title={t("tags.automaticHelp")}>
            <Tag color="processing">{t("tagAdmin.automatic")}</Tag>
          </Tooltip>
        ) : (
          <Tag>{t("tagAdmin.manual")}</Tag>
        ),
    },
    {
      title: t("tagAdmin.createdBy"),
      key: "created",
      ...NOWRAP,
      render: (_, tag) => `${tag.createdBy ?? "–"} · ${formatTime(tag.createdAt)}`,
    },
    {
      title: t("tagAdmin.actions"),
      key: "actions",
      ...NOWRAP,
      render: (_, tag) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setModal({ open: true, tag })}>
            {t("tagAdmin.edit")}
          </Button>
          <Popconfirm
            title={t("tagAdmin.deleteConfirm", { name: tag.name })}
            description={t("tagAdmin.deleteHelp", { count: tag.customerCount })}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync(tag).catch(() => undefined)}
          >
            <Button
              type="link"
              size="small"
              danger
              loading={remove.isPending && remove.variables?.id === tag.id}
            >
              {t("tagAdmin.delete")}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
        {t("tagAdmin.title")}
      </Typography.Title>
      <Card
        size="small"
        title={t("tagAdmin.list")}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true, tag: null })}>
            {t("tagAdmin.create")}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t("tagAdmin.intro")}
        </Typography.Paragraph>
        <QueryState query={tags} rows={4}>
          {(items) => (
            <Table<ShopTag>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={items}
              pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              scroll={{ x: "max-content" }}
              locale={{ emptyText: <EmptyState description={t("tagAdmin.empty")} /> }}
            />
          )}
        </QueryState>
      </Card>
      <TagFormModal open={modal.open} tag={modal.tag} onClose={() => setModal({ ...modal, open: false })} />
    </Flex>
  );
}
