/**
 * "Analytics last computed at …" and, for roles with analytics:run, a button queueing an
 * incremental recompute that the line then follows until the run has finished.
 */
import { SyncOutlined } from "@ant-design/icons";
import { App, Button, Space, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import { type Runs, useRecompute } from "./overview.api.ts";

const dateTime = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** What the line says about the runs (latest first). */
function describe(runs: Runs["runs"] | undefined): {
  key: "lastComputed" | "running" | "failed" | "never";
  time?: string;
  error?: string | null;
} {
  const latest = runs?.[0];
  if (!latest) return { key: "never" };
  if (latest.status === "running") return { key: "running" };
  const succeeded = runs?.find((r) => r.status === "succeeded");
  if (latest.status === "failed")
    return { key: "failed", time: dateTime(latest.startedAt), error: latest.error };
  return { key: "lastComputed", time: succeeded?.finishedAt ? dateTime(succeeded.finishedAt) : undefined };
}

export function RunStatus() {
  const { t } = useTranslation("overview");
  const session = useSession();
  const { message } = App.useApp();
  const { runs, mutation, watching } = useRecompute();
  if (runs.isPending || runs.error) return null;
  const state = describe(runs.data.runs);
  const busy = watching || state.key === "running";
  return (
    <Space size={8} wrap data-testid="analytics-runs">
      <Typography.Text type={state.key === "failed" ? "warning" : "secondary"} style={{ fontSize: 12 }}>
        {busy ? <SyncOutlined spin style={{ marginInlineEnd: 4 }} /> : null}
        {state.key === "failed" ? (
          <Tooltip title={state.error}>
            <span>{t("runs.failed", { time: state.time })}</span>
          </Tooltip>
        ) : busy ? (
          t("runs.running")
        ) : (
          t(`runs.${state.key}`, { time: state.time })
        )}
      </Typography.Text>
      {session.can("analytics:run") ? (
        <Button
          size="small"
          icon={<SyncOutlined />}
          loading={mutation.isPending}
          disabled={busy}
          onClick={() =>
            mutation.mutate(undefined, {
              onSuccess: (result) =>
                void message.success(t(result.alreadyQueued ? "runs.alreadyQueued" : "runs.queued")),
              onError: (error) => void message.error(errorMessage(error)),
            })
          }
        >
          {t("runs.recompute")}
        </Button>
      ) : null}
    </Space>
  );
}
