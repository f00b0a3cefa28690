/**
 * The signed-in frame: side menu (a drawer-like collapsed menu on phones), header with the shop,
 * language switch and account menu, and the page. Menu entries the role may not use are hidden.
 */
import {
  ApiOutlined,
  AuditOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DownOutlined,
  SettingOutlined,
  ShopOutlined,
  TagsOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Button, Dropdown, Grid, Layout, Menu, type MenuProps, Space, Typography } from "antd";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigate } from "react-router";
import { api } from "../api/client.ts";
import { FollowUpsMenuLabel } from "../features/follow-ups/FollowUpsMenuLabel.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { ME_KEY, useSession } from "./session.tsx";
import { Loading } from "./states.tsx";

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  // useBreakpoint is empty on the first render: ask the browser, so a laptop does not start narrow.
  const narrow = screens.lg === undefined ? !window.matchMedia("(min-width: 992px)").matches : !screens.lg;
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? narrow;

  const settings: NonNullable<MenuProps["items"]> = [
    session.can("settings") && { key: "/settings/shop", icon: <ShopOutlined />, label: t("nav.shop") },
    session.can("settings") && { key: "/settings/tags", icon: <TagsOutlined />, label: t("nav.tags") },
    session.can("staff:manage") && { key: "/settings/staff", icon: <TeamOutlined />, label: t("nav.staff") },
    session.can("api_keys:manage") && {
      key: "/settings/api-keys",
      icon: <ApiOutlined />,
      label: t("nav.apiKeys"),
    },
    session.can("audit:read") && { key: "/settings/audit", icon: <AuditOutlined />, label: t("nav.audit") },
  ].filter((item) => item !== false);
  const items: MenuProps["items"] = [
    { key: "/", icon: <DashboardOutlined />, label: t("nav.overview") },
    { key: "/customers", icon: <UserOutlined />, label: t("nav.customers") },
    { key: "/segments", icon: <ClusterOutlined />, label: t("nav.segments") },
    session.can("customers:read") && {
      key: "/groups",
      icon: <UsergroupAddOutlined />,
      label: t("nav.groups"),
    },
    { key: "/follow-ups", icon: <CalendarOutlined />, label: <FollowUpsMenuLabel /> },
    session.can("import") && { key: "/imports", icon: <CloudUploadOutlined />, label: t("nav.imports") },
    settings.length > 0 && {
      key: "settings",
      icon: <SettingOutlined />,
      label: t("nav.settings"),
      children: settings,
    },
  ].filter((item) => item !== false);
  const selected =
    [
      "/settings/shop",
      "/settings/tags",
      "/settings/staff",
      "/settings/api-keys",
      "/settings/audit",
      "/customers",
      "/segments",
      "/groups",
      "/follow-ups",
      "/imports",
    ].find((prefix) => location.pathname.startsWith(prefix)) ?? "/";

  async function signOut() {
    await api.POST("/api/v1/auth/logout").catch(() => undefined);
    queryClient.clear();
    queryClient.setQueryData(ME_KEY, null);
    navigate("/login");
  }

  return (
    <Layout className="app-frame">
      <Sider
        collapsible
        collapsed={isCollapsed}
        onCollapse={(value) => setCollapsed(value)}
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 64}
        width={208}
        trigger={null}
        className="app-sider"
      >
        <div className="app-brand">{isCollapsed ? t("app.short") : t("app.name")}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          // Opened only in the full menu: a collapsed menu would show it as a popup over the page.
          defaultOpenKeys={selected.startsWith("/settings") && !isCollapsed ? ["settings"] : []}
          items={items}
          onClick={({ key }) => {
            navigate(key);
            if (narrow) setCollapsed(true);
          }}
        />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Space>
            <Button
              type="text"
              aria-label={t(isCollapsed ? "nav.expand" : "nav.collapse")}
              onClick={() => setCollapsed(!isCollapsed)}
            >
              ☰
            </Button>
            <Typography.Text strong className="app-shop">
              {session.shop.name}
            </Typography.Text>
          </Space>
          <Space>
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [
                  {
                    key: "role",
                    label: t(`roles.${session.role ?? "api_key"}` as "roles.owner"),
                    disabled: true,
                  },
                  { type: "divider" },
                  { key: "logout", label: t("action.logout") },
                ],
                onClick: ({ key }) => {
                  if (key === "logout") void signOut();
                },
              }}
            >
              <Button type="text" data-testid="account-menu">
                {session.name} <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        </Header>
        <Content className="app-content">
          <Suspense fallback={<Loading rows={8} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
