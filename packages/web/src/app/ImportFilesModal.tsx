/**
 * A modal that uploads files to a synchronous import and shows what it did: the file picker, the
 * upload's progress or failure, then the caller's outcome. Closing it forgets the files and the
 * result, so it opens empty next time. Shared by the roster and review imports.
 */
import { useMutation } from "@tanstack/react-query";
import { Button, Modal, Space, Typography, type UploadFile } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { FilePicker, pickedFiles } from "./FilePicker.tsx";
import { UploadStatus } from "./UploadStatus.tsx";

/** Texts of the modal, in the caller's words. */
export interface ImportFilesTexts {
  title: string;
  intro: string;
  hint: string;
  submit: string;
  /** The footer's button once the import answered (before, it cancels). */
  close: string;
  failed: string;
}

/** `send` uploads the picked files (reporting progress in %); `outcome` renders its answer. */
export function ImportFilesModal<R>({
  open,
  onClose,
  texts,
  maxFiles,
  send,
  onDone,
  outcome,
}: {
  open: boolean;
  onClose: () => void;
  texts: ImportFilesTexts;
  maxFiles: number;
  send: (files: File[], onProgress: (percent: number) => void) => Promise<R>;
  onDone: () => Promise<unknown> | undefined;
  outcome: (result: R) => ReactNode;
}) {
  const { t } = useTranslation("common");
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [percent, setPercent] = useState(0);
  const upload = useMutation({
    mutationFn: () => {
      setPercent(0);
      return send(pickedFiles(files), setPercent);
    },
    onSuccess: async () => {
      setFiles([]);
      await onDone();
    },
  });
  const result = upload.data;

  return (
    <Modal
      open={open}
      title={texts.title}
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
          <Button onClick={onClose}>{result === undefined ? t("action.cancel") : texts.close}</Button>
          <Button
            type="primary"
            disabled={files.length === 0}
            loading={upload.isPending}
            onClick={() => upload.mutate()}
          >
            {texts.submit}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {texts.intro}
        </Typography.Paragraph>
        <FilePicker
          files={files}
          onChange={setFiles}
          max={maxFiles}
          hint={texts.hint}
          disabled={upload.isPending}
        />
        <UploadStatus
          pending={upload.isPending}
          percent={percent}
          error={upload.error}
          failedTitle={texts.failed}
        />
        {result === undefined ? null : outcome(result)}
      </Space>
    </Modal>
  );
}
