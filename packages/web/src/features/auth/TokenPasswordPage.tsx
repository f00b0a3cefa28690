/**
 * The pages behind the links staff get: /reset-password#<token> (a reset link from the owner)
 * and /invite#<token> (an invitation). Both set a password with a one-time token. The token is
 * in the fragment, never sent to a server; `?token=` is accepted too.
 */
import { Alert, Button, Card, Form, Input, Result, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api, data } from "../../api/client.ts";
import { errorMessage } from "../../app/states.tsx";

const MIN_PASSWORD = 10;

interface PasswordForm {
  password: string;
  confirm: string;
  displayName?: string;
}

export default function TokenPasswordPage({ kind }: { kind: "reset" | "invite" }) {
  const { t } = useTranslation(["auth", "common"]);
  const [params] = useSearchParams();
  const token = params.get("token") ?? (window.location.hash.slice(1) || null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(values: PasswordForm) {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      if (kind === "reset") {
        data(await api.POST("/api/v1/auth/password-reset", { body: { token, password: values.password } }));
      } else {
        data(
          await api.POST("/api/v1/auth/invitations/accept", {
            body: { token, password: values.password, displayName: values.displayName?.trim() || undefined },
          }),
        );
      }
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="centered-card">
      <Card style={{ width: 420, maxWidth: "100%" }}>
        <Typography.Title level={4}>
          {t(kind === "reset" ? "token.resetTitle" : "token.inviteTitle")}
        </Typography.Title>
        {!token ? (
          <Alert type="error" showIcon message={t("token.missingToken")} />
        ) : done ? (
          <Result
            status="success"
            title={t("token.done")}
            extra={
              <Link to="/login">
                <Button type="primary">{t("token.toLogin")}</Button>
              </Link>
            }
          />
        ) : (
          <Form<PasswordForm> layout="vertical" onFinish={submit} requiredMark={false}>
            {error ? (
              <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 16 }} />
            ) : null}
            {kind === "invite" ? (
              <Form.Item name="displayName" label={t("token.displayName")}>
                <Input autoComplete="name" />
              </Form.Item>
            ) : null}
            <Form.Item
              name="password"
              label={t("token.password")}
              extra={t("token.passwordHelp")}
              rules={[{ required: true, min: MIN_PASSWORD, message: t("token.passwordTooShort") }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t("token.confirm")}
              dependencies={["password"]}
              rules={[
                { required: true, message: t("token.mismatch") },
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    value === getFieldValue("password")
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("token.mismatch"))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t(kind === "reset" ? "token.submitReset" : "token.submitInvite")}
            </Button>
          </Form>
        )}
      </Card>
    </main>
  );
}
