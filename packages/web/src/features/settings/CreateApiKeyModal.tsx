/**
 * Create an API key: a name, the permissions it carries (never more than the creator's, the
 * server refuses otherwise) and an optional expiry. The token comes back once.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Checkbox, Form, Input, Modal, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import { api, data } from "../../api/client.ts";
import { type Permission, useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import { useLabels } from "./labels.ts";
import { KEYS } from "./layout.ts";
import type { Secret } from "./OneTimeSecret.tsx";

interface KeyForm {
  name: string;
  permissions: Permission[];
  expiresInDays: number;
}

const EXPIRY_DAYS = [0, 30, 90, 180, 365];

export function CreateApiKeyModal({
  open,
  onClose,
  onSecret,
}: {
  open: boolean;
  onClose: () => void;
  onSecret: (secret: Secret) => void;
}) {
  const { t } = useTranslation(["settings", "common"]);
  const labels = useLabels();
  const session = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<KeyForm>();
  const roles = useQuery({
    queryKey: KEYS.roles,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => data(await api.GET("/api/v1/roles")),
  });
  // Every permission in the server's order; the caller's own are the only ones it may give.
  const all = roles.data?.permissions ?? session.permissions;

  const create = useMutation({
    mutationFn: async (values: KeyForm) =>
      data(
        await api.POST("/api/v1/api-keys", {
          body: {
            name: values.name.trim(),
            permissions: values.permissions,
            ...(values.expiresInDays > 0 ? { expiresInDays: values.expiresInDays } : {}),
          },
        }),
      ),
    onSuccess: async (key) => {
      form.resetFields();
      onClose();
      onSecret({
        title: t("apiKeys.createdTitle", { name: key.name }),
        value: key.token,
        warning: t("apiKeys.createdWarning"),
        expiresAt: key.expiresAt,
      });
      message.success(t("apiKeys.created"));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: KEYS.apiKeys }),
        queryClient.invalidateQueries({ queryKey: KEYS.audit }),
      ]);
    },
  });

  return (
    <Modal
      open={open}
      title={t("apiKeys.createTitle")}
      okText={t("apiKeys.createSubmit")}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Form<KeyForm>
        name="apiKey"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ permissions: ["customers:read"], expiresInDays: 0 }}
        onFinish={(values) => create.mutate(values)}
      >
        {create.error ? (
          <Alert type="error" showIcon title={errorMessage(create.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="name"
          label={t("apiKeys.name")}
          extra={t("apiKeys.nameHelp")}
          rules={[{ required: true, whitespace: true, max: 100, message: t("apiKeys.nameRequired") }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t("apiKeys.permissions")}
          extra={t("apiKeys.permissionsHelp")}
          rules={[{ required: true, type: "array", min: 1, message: t("apiKeys.permissionsRequired") }]}
        >
          <Checkbox.Group style={{ width: "100%" }}>
            <Space orientation="vertical" size={4}>
              {all.map((p) => (
                <Checkbox key={p} value={p} disabled={!session.can(p)}>
                  {labels.permission(p)}
                  <span className="muted"> {p}</span>
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="expiresInDays" label={t("apiKeys.expiry")}>
          <Select
            options={EXPIRY_DAYS.map((days) => ({
              value: days,
              label: days === 0 ? t("apiKeys.noExpiry") : t("apiKeys.expiresIn", { days }),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
