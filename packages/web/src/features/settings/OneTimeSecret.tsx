/**
 * A secret the server returns once (invitation link, password-reset link, API key): shown in a
 * modal with a copy button and a warning, because closing the modal loses it for good.
 */
import { CopyOutlined } from "@ant-design/icons";
import { Alert, App, Button, Input, Modal, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatTime } from "./labels.ts";

export interface Secret {
  title: string;
  value: string;
  warning: string;
  expiresAt?: string | null;
  /** Who the link is for, e.g. the invited email. */
  subject?: string | null;
}

/** Copy to the clipboard; falls back to a selected textarea where the Clipboard API is missing. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  document.body.append(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

export function OneTimeSecretModal({ secret, onClose }: { secret: Secret | null; onClose: () => void }) {
  const { t } = useTranslation(["settings", "common"]);
  const { message } = App.useApp();
  const copy = async () => {
    if (!secret) return;
    try {
      await copyText(secret.value);
      message.success(t("common:state.copied"));
    } catch {
      message.warning(t("secret.copyFailed"));
    }
  };
  return (
    <Modal
      open={secret !== null}
      title={secret?.title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t("secret.done")}
        </Button>
      }
      destroyOnHidden
    >
      {secret ? (
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <Alert type="warning" showIcon title={secret.warning} />
          {secret.subject ? <Typography.Text strong>{secret.subject}</Typography.Text> : null}
          <Space.Compact style={{ width: "100%" }}>
            <Input
              readOnly
              value={secret.value}
              aria-label={secret.title}
              data-testid="one-time-secret"
              onFocus={(event) => event.target.select()}
            />
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              {t("common:action.copy")}
            </Button>
          </Space.Compact>
          {secret.expiresAt ? (
            <Typography.Text type="secondary">
              {t("secret.expires", { time: formatTime(secret.expiresAt) })}
            </Typography.Text>
          ) : null}
        </Space>
      ) : null}
    </Modal>
  );
}

/**
 * The server's link made absolute (it is relative without LAOKE_PUBLIC_URL). The token stays in
 * the fragment, which browsers never send to a server, so it cannot end up in access logs.
 */
export function oneTimeLink(serverUrl: string): string {
  return new URL(serverUrl, window.location.origin).toString();
}
