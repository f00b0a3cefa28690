/**
 * A customer's tags on the profile: coloured, hand-given ones removable, rule-given ones marked
 * "automatic" without a close button (the server refuses removing them by hand). Staff who may
 * write add tags from the shop's list; those who manage settings may also create one inline.
 */
import { PlusOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Flex, Select, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import {
  type CustomerTag,
  createTag,
  tagCustomer,
  untagCustomer,
  useRefreshCustomer,
  useShopTags,
} from "./archive.api.ts";

// The option value that stands for "create a tag named like the search text" (tag ids are positive).
const CREATE = -1;
// The small "automatic" mark inside a rule tag: a quieter, smaller word after the name.
const AUTO_MARK = { fontSize: 11, opacity: 0.7, marginInlineStart: 2 } as const;

/** The tag picker: search the shop's tags the customer lacks, or create one (with `settings`). */
function TagPicker({
  customerId,
  current,
  onDone,
}: {
  customerId: number;
  current: CustomerTag[];
  onDone: () => void;
}) {
  const { t } = useTranslation("archive");
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshCustomer(customerId);
  const shopTags = useShopTags();
  const [search, setSearch] = useState("");
  const add = useMutation({
    mutationFn: async (value: number) => {
      const tagId = value === CREATE ? (await createTag({ name: search.trim() })).id : value;
      return tagCustomer(customerId, tagId);
    },
    onSuccess: async () => {
      await refresh();
      onDone();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const have = new Set(current.map((tag) => tag.id));
  const name = search.trim();
  const available = (shopTags.data ?? []).filter((tag) => !have.has(tag.id) && !tag.automatic);
  const exists = (shopTags.data ?? []).some((tag) => tag.name === name);
  const options = [
    ...available.map((tag) => ({ value: tag.id, label: tag.name })),
    ...(name && !exists && session.can("settings")
      ? [{ value: CREATE, label: t("tags.createNamed", { name }) }]
      : []),
  ];
  return (
    <Select<number>
      size="small"
      autoFocus
      defaultOpen
      style={{ width: 180 }}
      aria-label={t("tags.add")}
      placeholder={t("tags.search")}
      loading={shopTags.isPending || add.isPending}
      disabled={add.isPending}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        // The "create" option always stays visible while the text names no tag.
        filterOption: (input, option) =>
          option?.value === CREATE ||
          String(option?.label ?? "")
            .toLowerCase()
            .includes(input.toLowerCase()),
      }}
      notFoundContent={shopTags.error ? errorMessage(shopTags.error) : t("tags.noneToAdd")}
      options={options}
      onSelect={(value) => add.mutate(value)}
      onBlur={() => {
        if (!add.isPending) onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone();
      }}
    />
  );
}

/** The tags row of the profile card. */
export function TagsRow({ customerId, tags }: { customerId: number; tags: CustomerTag[] }) {
  const { t } = useTranslation("archive");
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshCustomer(customerId);
  const [adding, setAdding] = useState(false);
  const mayWrite = session.can("customers:write");
  const untag = useMutation({
    mutationFn: (tagId: number) => untagCustomer(customerId, tagId),
    onSuccess: refresh,
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <Flex wrap gap={6} align="center" data-testid="customer-tags" style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{t("tags.label")}</Typography.Text>
      {tags.length === 0 && !mayWrite ? <span className="muted">{t("tags.none")}</span> : null}
      {tags.map((tag) =>
        tag.source === "rule" ? (
          <Tooltip key={tag.id} title={t("tags.automaticHelp")}>
            <Tag color={tag.color ?? undefined} style={{ marginInlineEnd: 0 }}>
              {tag.name} <span style={AUTO_MARK}>{t("tags.auto")}</span>
            </Tag>
          </Tooltip>
        ) : (
          <Tag
            key={tag.id}
            color={tag.color ?? undefined}
            style={{ marginInlineEnd: 0, opacity: untag.isPending && untag.variables === tag.id ? 0.5 : 1 }}
            closable={mayWrite ? { "aria-label": t("tags.remove", { name: tag.name }) } : false}
            onClose={(e) => {
              // The row shows the server's answer, not antd's local hiding.
              e.preventDefault();
              untag.mutate(tag.id);
            }}
          >
            {tag.name}
          </Tag>
        ),
      )}
      {mayWrite ? (
        adding ? (
          <TagPicker customerId={customerId} current={tags} onDone={() => setAdding(false)} />
        ) : (
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t("tags.add")}
          </Button>
        )
      ) : null}
    </Flex>
  );
}
