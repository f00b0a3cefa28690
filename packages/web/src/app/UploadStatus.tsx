/** While a synchronous import uploads: its progress; when it failed: why, in the server's words. */
import { Alert, Progress } from "antd";
import { useTranslation } from "react-i18next";
import { errorMessage } from "./states.tsx";

/** Progress while `pending`, else the error (if any) under `failedTitle`. */
export function UploadStatus({
  pending,
  percent,
  error,
  failedTitle,
}: {
  pending: boolean;
  percent: number;
  error: unknown;
  failedTitle: string;
}) {
  const { t } = useTranslation("common");
  if (pending) return <Progress percent={percent} format={() => t("upload.uploading", { percent })} />;
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={failedTitle} description={errorMessage(error)} />;
}
