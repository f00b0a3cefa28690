/** Sign in with email or phone and password; goes back to where the caller was headed. */
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Collapse, Form, Input, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { api, data } from "../../api/client.ts";
import { LanguageSwitch } from "../../app/LanguageSwitch.tsx";
import { ME_KEY } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";

interface LoginForm {
  account: string;
  password: string;
  shop?: string;
}

/** Only same-app paths are followed after sign-in (never another site). */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export default function LoginPage() {
  const { t } = useTranslation(["auth", "common"]);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: LoginForm) {
    setBusy(true);
    setError(null);
    try {
      const account = values.account.trim();
      const body = account.includes("@") ? { email: account } : { phone: account };
      data(
        await api.POST("/api/v1/auth/login", {
          body: { ...body, password: values.password, shop: values.shop?.trim() || undefined },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      navigate(safeNext(params.get("next")), { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="centered-card">
      <Card style={{ width: 380, maxWidth: "100%" }}>
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Space style={{ width: "100%", justifyContent: "space-between" }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t("common:app.name")}
            </Typography.Title>
            <LanguageSwitch />
          </Space>
          <Typography.Text type="secondary">{t("common:app.tagline")}</Typography.Text>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t("login.title")}
          </Typography.Title>
          {error ? (
            <Alert type="error" showIcon message={t("login.failed")} description={errorMessage(error)} />
          ) : null}
          <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item
              name="account"
              label={t("login.account")}
              rules={[{ required: true, whitespace: true, message: t("login.accountRequired") }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={t("login.password")}
              rules={[{ required: true, message: t("login.passwordRequired") }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Collapse
              ghost
              size="small"
              items={[
                {
                  key: "shop",
                  label: t("login.shop"),
                  children: (
                    <Form.Item name="shop" help={t("login.shopHelp")}>
                      <Input aria-label={t("login.shop")} />
                    </Form.Item>
                  ),
                },
              ]}
            />
            <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 16 }}>
              {t("login.submit")}
            </Button>
          </Form>
        </Space>
      </Card>
    </main>
  );
}
