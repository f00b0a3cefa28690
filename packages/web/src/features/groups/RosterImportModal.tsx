/**
 * 导入群成员: upload a group export or a hand-made sheet (one file, 20 MB) that replaces the
 * group's roster. The server answers at once: lines now, inserted/updated/unchanged/removed,
 * matched and unmatched, and the first rejected rows. Hand matches of kept lines survive.
 */
import { useMutation } from "@tanstack/react-query";
import { Button, Modal, Space, Typography, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FilePicker, pickedFiles } from "../../app/FilePicker.tsx";
import { ImportOutcome } from "../../app/ImportOutcome.tsx";
import { UploadStatus } from "../../app/UploadStatus.tsx";
import { type Group, importRoster, useRefreshGroups } from "./groups.api.ts";

/** The modal for `group` (kept while the modal closes, so its title does not flip). */
export function RosterImportModal({
  group,
  open,
  onClose,
}: {
  group: Group | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(["groups", "common"]);
  const refresh = useRefreshGroups();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [percent, setPercent] = useState(0);
  const upload = useMutation({
    mutationFn: () => {
      const file = pickedFiles(files)[0];
      if (!group || !file) throw new Error("no file");
      setPercent(0);
      return importRoster(group.id, file, setPercent);
    },
    onSuccess: async () => {
      setFiles([]);
      await refresh();
    },
  });
  const r = upload.data;

  return (
    <Modal
      open={open}
      title={t("roster.title", { name: group?.name ?? "" })}
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
          <Button onClick={onClose}>{t(r ? "roster.close" : "common:action.cancel")}</Button>
          <Button
            type="primary"
            disabled={files.length === 0}
            loading={upload.isPending}
            onClick={() => upload.mutate()}
          >
            {t("roster.submit")}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("roster.intro")}
        </Typography.Paragraph>
        <FilePicker
          files={files}
          onChange={setFiles}
          max={1}
          hint={t("roster.hint")}
          disabled={upload.isPending}
        />
        <UploadStatus
          pending={upload.isPending}
          percent={percent}
          error={upload.error}
          failedTitle={t("roster.failed")}
        />
        {r ? (
          <ImportOutcome
            rejected={r.rejected}
            rejects={r.rejects}
            counts={[
              { key: "members", label: t("roster.members"), value: r.members },
              { key: "matched", label: t("roster.matched"), value: r.matched },
              { key: "unmatched", label: t("roster.unmatched"), value: r.unmatched },
              { key: "rejected", label: t("roster.rejected"), value: r.rejected },
              { key: "inserted", label: t("roster.inserted"), value: r.inserted },
              { key: "updated", label: t("roster.updated"), value: r.updated },
              { key: "unchanged", label: t("roster.unchanged"), value: r.unchanged },
              { key: "removed", label: t("roster.removed"), value: r.removed },
            ]}
          />
        ) : null}
      </Space>
    </Modal>
  );
}
