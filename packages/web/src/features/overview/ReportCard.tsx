/**
 * A report's card: its own loading, error (with retry) and empty states, so one slow or failing
 * report never blanks the page. While a new range loads, the previous chart stays, dimmed.
 */
import { Button, Card, Spin } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState, LoadError, Loading } from "../../app/states.tsx";
import { useOverviewFilters } from "./filters.ts";
import { HelpTip } from "./HelpTip.tsx";

interface ReportQueryState<T> {
  isPending: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

export function ReportCard<T>({
  title,
  help,
  extra,
  query,
  isEmpty,
  empty,
  height = 300,
  testId,
  children,
}: {
  title: ReactNode;
  /** One sentence saying how the numbers are counted (shown on hover of the title). */
  help?: string;
  extra?: ReactNode;
  query: ReportQueryState<T>;
  isEmpty: (data: T) => boolean;
  /** What to say when empty; default: nothing bought in the range, with a way to the whole history. */
  empty?: ReactNode;
  height?: number;
  testId: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation("overview");
  const { filters, setPreset } = useOverviewFilters();
  let body: ReactNode;
  if (query.isPending) body = <Loading rows={Math.max(3, Math.round(height / 50))} />;
  else if (query.error || query.data === undefined)
    body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (isEmpty(query.data))
    body = (
      <div style={{ minHeight: height, display: "flex", alignItems: "center", justifyContent: "center" }}>
        {empty ?? (
          <EmptyState
            description={t("empty.range")}
            action={
              filters.preset === "all" ? undefined : (
                <Button size="small" onClick={() => setPreset("all")}>
                  {t("empty.showAll")}
                </Button>
              )
            }
          />
        )}
      </div>
    );
  else
    body = (
      <Spin spinning={query.isFetching && query.isPlaceholderData} delay={200}>
        {children(query.data)}
      </Spin>
    );
  return (
    <Card
      size="small"
      data-testid={testId}
      title={
        <span>
          {title}
          {help ? <HelpTip text={help} /> : null}
        </span>
      }
      extra={extra}
      style={{ height: "100%" }}
      styles={{ body: { minHeight: height } }}
    >
      {body}
    </Card>
  );
}
