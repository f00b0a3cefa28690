/** Create a tag, or rename and recolour one (settings). A taken name shows under the name field. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Select, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { errorMessage } from "../../app/states.tsx";
import {
  createTag,
  type ShopTag,
  TAG_COLORS,
  TAGS_KEY,
  type TagColor,
  updateTag,
} from "../customers/archive.api.ts";
import { KEYS } from "./layout.ts";

interface TagForm {
  name: string;
  color: TagColor | "none";
}

/** The modal: creates when `tag` is null, edits it otherwise. */
export function TagFormModal({
  open,
  tag,
  onClose,
}: {
  open: boolean;
  tag: ShopTag | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(["archive", "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TagForm>();
  const save = useMutation({
    mutationFn: ({ name, color }: TagForm) => {
      const body = { name: name.trim(), color: color === "none" ? null : color };
      return tag ? updateTag(tag.id, body) : createTag(body);
    },
    onSuccess: async (saved) => {
      void message.success(t(tag ? "tagAdmin.updated" : "tagAdmin.created", { name: saved.name }));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: TAGS_KEY }),
        // A renamed or recoloured tag shows on every customer page and in the audit log.
        queryClient.invalidateQueries({ queryKey: ["customers", "detail"] }),
        queryClient.invalidateQueries({ queryKey: KEYS.audit }),
      ]);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === "tag_exists")
        form.setFields([{ name: "name", errors: [errorMessage(error)] }]);
    },
  });
  const otherError = save.error && !(save.error instanceof ApiError && save.error.code === "tag_exists");

  return (
    <Modal
      open={open}
      title={t(tag ? "tagAdmin.editTitle" : "tagAdmin.createTitle")}
      okText={t("common:action.save")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) save.reset();
      }}
      destroyOnHidden
    >
      <Form<TagForm>
        form={form}
        name="tag"
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: tag?.name ?? "", color: (tag?.color as TagColor | null) ?? "none" }}
        onFinish={(values) => save.mutate(values)}
      >
        {otherError ? (
          <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="name"
          label={t("tagAdmin.name")}
          rules={[{ required: true, whitespace: true, max: 40, message: t("tagAdmin.nameInvalid") }]}
        >
          <Input maxLength={40} autoFocus placeholder={t("tagAdmin.namePlaceholder")} />
        </Form.Item>
        <Form.Item name="color" label={t("tagAdmin.color")}>
          <Select
            options={[
              { value: "none", label: <Tag>{t("tagAdmin.colors.none")}</Tag> },
              ...TAG_COLORS.map((c) => ({
                value: c,
                label: <Tag color={c}>{t(`tagAdmin.colors.${c}`)}</Tag>,
              })),
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
