/** A job's status as a coloured tag, plus a "dry run" tag when nothing was meant to be written. */
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ImportJob } from "./imports.api.ts";

const COLORS: Record<ImportJob["status"], string> = {
  queued: "default",
  running: "processing",
  succeeded: "success",
  failed: "error",
};

export function StatusTag({ job }: { job: Pick<ImportJob, "status" | "dryRun"> }) {
  const { t } = useTranslation("imports");
  return (
    <>
      <Tag color={COLORS[job.status]}>{t(`status.${job.status}`)}</Tag>
      {job.dryRun ? <Tag color="blue">{t("dryRunTag")}</Tag> : null}
    </>
  );
}
