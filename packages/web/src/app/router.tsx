/**
 * Routes. Every page is its own chunk (React.lazy), so the first load carries only the frame and
 * the login page; charts (ECharts) load with the overview. Signed-out callers land on /login and
 * come back where they were going.
 */
import { lazy, type ReactNode } from "react";
import { createBrowserRouter, Navigate, useLocation } from "react-router";
import { AppLayout } from "./AppLayout.tsx";
import { type Permission, SessionProvider, useMeQuery, useSession } from "./session.tsx";
import { Forbidden, LoadError, Loading } from "./states.tsx";

const LoginPage = lazy(() => import("../features/auth/LoginPage.tsx"));
const TokenPasswordPage = lazy(() => import("../features/auth/TokenPasswordPage.tsx"));
const OverviewPage = lazy(() => import("../features/overview/OverviewPage.tsx"));
const CustomersPage = lazy(() => import("../features/customers/CustomersPage.tsx"));
const CustomerDetailPage = lazy(() => import("../features/customers/CustomerDetailPage.tsx"));
const ImportsPage = lazy(() => import("../features/imports/ImportsPage.tsx"));
const SegmentsPage = lazy(() => import("../features/segments/SegmentsPage.tsx"));
const SegmentEditPage = lazy(() => import("../features/segments/SegmentEditPage.tsx"));
const SegmentDetailPage = lazy(() => import("../features/segments/SegmentDetailPage.tsx"));
const GroupsPage = lazy(() => import("../features/groups/GroupsPage.tsx"));
const GroupPage = lazy(() => import("../features/groups/GroupPage.tsx"));
const FollowUpsPage = lazy(() => import("../features/follow-ups/FollowUpsPage.tsx"));
const TagsPage = lazy(() => import("../features/settings/TagsPage.tsx"));
const ShopSettingsPage = lazy(() => import("../features/settings/ShopSettingsPage.tsx"));
const StaffPage = lazy(() => import("../features/settings/StaffPage.tsx"));
const ApiKeysPage = lazy(() => import("../features/settings/ApiKeysPage.tsx"));
const AuditPage = lazy(() => import("../features/settings/AuditPage.tsx"));

/** A page only callers with `permission` may open; others see the 403 state (the API refuses them too). */
function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useSession().can(permission) ? children : <Forbidden />;
}

/** The signed-in part of the app; sends everyone else to /login. */
function RequireSession() {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) return <Loading rows={8} />;
  if (me.error) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <SessionProvider me={me.data}>
      <AppLayout />
    </SessionProvider>
  );
}

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  { path: "/reset-password", element: <TokenPasswordPage kind="reset" /> },
  { path: "/invite", element: <TokenPasswordPage kind="invite" /> },
  {
    path: "/",
    element: <RequireSession />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: "customers", element: <CustomersPage /> },
      { path: "customers/:id", element: <CustomerDetailPage /> },
      { path: "segments", element: guarded("customers:read", <SegmentsPage />) },
      { path: "segments/new", element: guarded("customers:write", <SegmentEditPage />) },
      { path: "segments/:id", element: guarded("customers:read", <SegmentDetailPage />) },
      { path: "segments/:id/edit", element: guarded("customers:write", <SegmentEditPage />) },
      { path: "groups", element: guarded("customers:read", <GroupsPage />) },
      { path: "groups/:id", element: guarded("customers:read", <GroupPage />) },
      { path: "imports", element: guarded("import", <ImportsPage />) },
      { path: "follow-ups", element: guarded("customers:read", <FollowUpsPage />) },
      { path: "settings/tags", element: guarded("settings", <TagsPage />) },
      { path: "settings/shop", element: guarded("settings", <ShopSettingsPage />) },
      { path: "settings/staff", element: guarded("staff:manage", <StaffPage />) },
      { path: "settings/api-keys", element: guarded("api_keys:manage", <ApiKeysPage />) },
      { path: "settings/audit", element: guarded("audit:read", <AuditPage />) },
      { path: "*", element: <Navigate to="/" replace /> },
    ],
  },
]);
