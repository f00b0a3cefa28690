/**
 * 导入评价: upload Taobao/Tmall 评价 exports or a generic sheet (up to 10 files of 20 MB). The
 * server imports them for the whole shop while the request waits, so the modal shows the counts
 * and the first rejected rows as soon as it answers; re-importing the same file changes nothing.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, Space, Typography, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FilePicker, pickedFiles } from "../../app/FilePicker.tsx";
import { ImportOutcome } from "../../app/ImportOutcome.tsx";
import { UploadStatus } from "../../app/UploadStatus.tsx";
import { importReviews, MAX_REVIEW_FILES } from "./reviews.api.ts";

/** The modal; a finished import refreshes every customer page (any of them may have new reviews). */
export function ReviewImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(["reviews", "common"]);
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [percent, setPercent] = useState(0);
  const upload = useMutation({
    mutationFn: () => {
      setPercent(0);
      return importReviews(pickedFiles(files), setPercent);
    },
    onSuccess: async () => {
      setFiles([]);
      await queryClient.invalidateQueries({ queryKey: ["customers", "detail"] });
    },
  });
  const result = upload.data;

  return (
    <Modal
      open={open}
      title={t("import.title")}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) {
          upload.reset();
          setFiles([]);
        }
      }}
      width={720}
      footer={
        <Space wrap>
          <Button onClick={onClose}>{t(result ? "import.close" : "common:action.cancel")}</Button>
          <Button
            type="primary"
            disabled={files.length === 0}
            loading={upload.isPending}
            onClick={() => upload.mutate()}
          >
            {t("import.submit")}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("import.intro")}
        </Typography.Paragraph>
        <FilePicker
          files={files}
          onChange={setFiles}
          max={MAX_REVIEW_FILES}
          hint={t("import.hint", { max: MAX_REVIEW_FILES })}
          disabled={upload.isPending}
        />
        <UploadStatus
          pending={upload.isPending}
          percent={percent}
          error={upload.error}
          failedTitle={t("import.failed")}
        />
        {result ? (
          <ImportOutcome
            rejected={result.rejected}
            rejects={result.rejects}
            counts={[
              { key: "inserted", label: t("import.inserted"), value: result.inserted },
              { key: "updated", label: t("import.updated"), value: result.updated },
              { key: "unchanged", label: t("import.unchanged"), value: result.unchanged },
              { key: "rejected", label: t("import.rejected"), value: result.rejected },
            ]}
          />
        ) : null}
      </Space>
    </Modal>
  );
}
