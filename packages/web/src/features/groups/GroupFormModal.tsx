/** Create a group, or rename it and change its channel or description (`settings`). A taken name shows under the field. */
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Radio } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { errorMessage } from "../../app/states.tsx";
import { createGroup, type Group, type GroupChannel, updateGroup, useRefreshGroups } from "./groups.api.ts";
import { CHANNELS } from "./groups.logic.ts";

interface GroupForm {
  name: string;
  channel: GroupChannel;
  description?: string;
}

const isTaken = (error: unknown) => error instanceof ApiError && error.code === "group_exists";

/** The modal: creates when `group` is null, edits it otherwise. */
export function GroupFormModal({
  open,
  group,
  onClose,
}: {
  open: boolean;
  group: Group | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(["groups", "common"]);
  const { message } = App.useApp();
  const refresh = useRefreshGroups();
  const [form] = Form.useForm<GroupForm>();
  const save = useMutation({
    mutationFn: (values: GroupForm) => {
      // An emptied description clears it (the server turns "" into null).
      const body = {
        name: values.name.trim(),
        channel: values.channel,
        description: values.description?.trim() ?? "",
      };
      return group ? updateGroup(group.id, body) : createGroup(body);
    },
    onSuccess: async (saved) => {
      void message.success(t(group ? "form.updated" : "form.created", { name: saved.name }));
      onClose();
      await refresh();
    },
    onError: (error) => {
      if (isTaken(error)) form.setFields([{ name: "name", errors: [errorMessage(error)] }]);
    },
  });

  return (
    <Modal
      open={open}
      title={t(group ? "form.editTitle" : "form.createTitle")}
      okText={t("common:action.save")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) save.reset();
      }}
      destroyOnHidden
    >
      <Form<GroupForm>
        form={form}
        name="group"
        layout="vertical"
        requiredMark={false}
        initialValues={{
          name: group?.name ?? "",
          channel: group?.channel ?? "wechat",
          description: group?.description ?? "",
        }}
        onFinish={(values) => save.mutate(values)}
      >
        {save.error && !isTaken(save.error) ? (
          <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="name"
          label={t("form.name")}
          rules={[{ required: true, whitespace: true, max: 60, message: t("form.nameInvalid") }]}
        >
          <Input maxLength={60} autoFocus placeholder={t("form.namePlaceholder")} />
        </Form.Item>
        <Form.Item name="channel" label={t("form.channel")}>
          <Radio.Group
            optionType="button"
            options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t("form.description")} rules={[{ max: 500 }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
