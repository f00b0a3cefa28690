/**
 * Invite someone (a one-time link they open to set their password) or create a login directly
 * with a password the owner hands over. Both take an email or a mainland/international phone.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import { api, data } from "../../api/client.ts";
import { useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import { useLabels } from "./labels.ts";
import { KEYS } from "./layout.ts";
import { oneTimeLink, type Secret } from "./OneTimeSecret.tsx";

type Role = "owner" | "admin" | "presale" | "aftersale" | "analyst";
const ROLES: Role[] = ["owner", "admin", "presale", "aftersale", "analyst"];
// As the server validates them (accounts.schema.ts), so the form says what is wrong before sending.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^(1\d{10}|\+\d{6,15})$/;
const MIN_PASSWORD = 10;

interface MemberForm {
  account: string;
  displayName?: string;
  role: Role;
  password?: string;
}

/** `{ email }` or `{ phone }` from what was typed. */
function login(account: string): { email: string } | { phone: string } {
  const value = account.trim();
  return value.includes("@") ? { email: value } : { phone: value.replace(/[\s-]/g, "") };
}

export function MemberFormModal({
  mode,
  onClose,
  onSecret,
}: {
  mode: "invite" | "create" | null;
  onClose: () => void;
  onSecret: (secret: Secret) => void;
}) {
  const { t } = useTranslation(["settings", "common"]);
  const labels = useLabels();
  const session = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MemberForm>();
  const roles = ROLES.filter((r) => r !== "owner" || session.role === "owner");

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: KEYS.staff }),
      queryClient.invalidateQueries({ queryKey: KEYS.audit }),
    ]);

  const submit = useMutation({
    mutationFn: async (values: MemberForm) => {
      const displayName = values.displayName?.trim() || undefined;
      const who = { ...login(values.account), displayName, role: values.role };
      if (mode === "create") {
        const member = data(
          await api.POST("/api/v1/staff", { body: { ...who, password: values.password ?? "" } }),
        );
        return { kind: "created" as const, name: member.displayName };
      }
      return {
        kind: "invited" as const,
        invitation: data(await api.POST("/api/v1/staff/invitations", { body: who })),
      };
    },
    onSuccess: async (result) => {
      form.resetFields();
      onClose();
      if (result.kind === "created") {
        message.success(t("staff.created", { name: result.name }));
      } else {
        const inv = result.invitation;
        onSecret({
          title: t("staff.inviteLinkTitle"),
          value: oneTimeLink(inv.url),
          warning: t("staff.inviteLinkWarning"),
          expiresAt: inv.expiresAt,
          subject: `${inv.email ?? inv.phone ?? ""} · ${labels.role(inv.role)}`,
        });
      }
      await refresh();
    },
  });

  return (
    <Modal
      open={mode !== null}
      title={t(mode === "create" ? "staff.createTitle" : "staff.inviteTitle")}
      okText={t(mode === "create" ? "staff.createSubmit" : "staff.inviteSubmit")}
      onOk={() => form.submit()}
      confirmLoading={submit.isPending}
      onCancel={() => {
        submit.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Form<MemberForm>
        name="member"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ role: "aftersale" }}
        onFinish={(values) => submit.mutate(values)}
      >
        {submit.error ? (
          <Alert type="error" showIcon title={errorMessage(submit.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="account"
          label={t("staff.account")}
          extra={t("staff.accountHelp")}
          rules={[
            { required: true, whitespace: true, message: t("staff.accountRequired") },
            {
              validator: async (_, value: string | undefined) => {
                const v = value?.trim() ?? "";
                if (!v) return;
                const ok = v.includes("@") ? EMAIL.test(v) : PHONE.test(v.replace(/[\s-]/g, ""));
                if (!ok) throw new Error(t("staff.accountInvalid"));
              },
            },
          ]}
        >
          <Input autoComplete="off" maxLength={254} />
        </Form.Item>
        <Form.Item name="displayName" label={t("staff.displayName")} rules={[{ max: 100 }]}>
          <Input maxLength={100} placeholder={t("staff.displayNamePlaceholder")} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t("staff.role")}
          extra={t("staff.roleHelp")}
          rules={[{ required: true }]}
        >
          <Select<Role> options={roles.map((r) => ({ value: r, label: labels.role(r) }))} />
        </Form.Item>
        {mode === "create" ? (
          <Form.Item
            name="password"
            label={t("staff.password")}
            extra={t("staff.passwordHelp")}
            rules={[{ required: true, min: MIN_PASSWORD, max: 200, message: t("staff.passwordTooShort") }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
