/** The loading, empty and error states every page shows the same way. */
import { Alert, Button, Empty, Result, Skeleton } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import i18n from "./i18n.ts";

/** A skeleton while a page's data loads. */
export function Loading({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-label={t("state.loading")}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

/** The error message for any failure, in the UI language. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.problem) return error.problem.title;
  return i18n.t("common:state.networkError");
}

/** A failed load, with its message and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const requestId = error instanceof ApiError ? error.problem?.requestId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={t("state.loadFailed")}
      description={
        <>
          {errorMessage(error)}
          {requestId ? <div className="muted">{t("state.requestId", { id: requestId })}</div> : null}
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t("action.retry")}
          </Button>
        ) : undefined
      }
    />
  );
}

/** Nothing to show yet, with an optional next step. */
export function EmptyState({ description, action }: { description: ReactNode; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {action}
    </Empty>
  );
}

/** A page the caller's role may not open. */
export function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title={t("state.forbiddenTitle")} subTitle={t("state.forbidden")} />;
}

/** Render a query's states: loading, error (with retry), then the content. */
export function QueryState<T>({
  query,
  children,
  rows,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  children: (data: T) => ReactNode;
  rows?: number;
}) {
  if (query.isPending) return <Loading rows={rows} />;
  if (query.error || query.data === undefined) {
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
