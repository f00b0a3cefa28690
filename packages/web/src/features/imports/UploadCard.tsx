/**
 * Choose or drop export files, pick a format (auto by default) and maybe a dry run, then send
 * them all in one upload: Taobao's order and item reports must arrive in the same import.
 */
import { InboxOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Progress,
  Select,
  Space,
  Switch,
  Typography,
  Upload,
  type UploadFile,
} from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../app/states.tsx";
import { ACCEPTED_EXTENSIONS, FORMATS, type FormatName, hasAcceptedExtension } from "./format.ts";
import { HISTORY_KEY, type ImportJob, jobKey, MAX_FILES, uploadImport } from "./imports.api.ts";

export function UploadCard({ onQueued }: { onQueued: (job: ImportJob) => void }) {
  const { t } = useTranslation("imports");
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  // beforeUpload runs once per file of a drop, before React re-renders: the ref sees the earlier ones.
  const chosen = useRef<UploadFile[]>([]);
  const [format, setFormat] = useState<FormatName>("auto");
  const [mapping, setMapping] = useState("");
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [percent, setPercent] = useState(0);

  function replaceFiles(next: UploadFile[]) {
    chosen.current = next;
    setFiles(next);
  }

  function addFile(file: UploadFile["originFileObj"] & {}) {
    const current = chosen.current;
    if (current.some((f) => f.name === file.name && f.size === file.size)) {
      void message.warning(t("upload.duplicate", { name: file.name }));
    } else if (current.length >= MAX_FILES) {
      void message.error(t("upload.tooMany", { max: MAX_FILES }));
    } else {
      replaceFiles([...current, { uid: file.uid, name: file.name, size: file.size, originFileObj: file }]);
    }
  }

  const upload = useMutation({
    mutationFn: () => {
      setPercent(0);
      const picked = files.flatMap((file) => (file.originFileObj ? [file.originFileObj] : []));
      return uploadImport(
        picked,
        { format, mapping: format === "csv" ? mapping : undefined, dryRun },
        setPercent,
      );
    },
    onSuccess: (job) => {
      queryClient.setQueryData(jobKey(job.id), job);
      void queryClient.invalidateQueries({ queryKey: HISTORY_KEY });
      replaceFiles([]);
      onQueued(job);
    },
  });

  function checkMapping(): boolean {
    if (format !== "csv") return true;
    if (!mapping.trim()) {
      setMappingError(t("upload.mappingRequired"));
      return false;
    }
    try {
      JSON.parse(mapping);
    } catch (error) {
      setMappingError(t("upload.mappingInvalid", { message: (error as Error).message }));
      return false;
    }
    setMappingError(null);
    return true;
  }

  const busy = upload.isPending;
  return (
    <Card title={t("upload.title")} size="small">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Upload.Dragger
          multiple
          // Native filtering in the file picker only: a dropped PNG must reach beforeUpload and get a
          // clear message instead of vanishing silently.
          accept={{ format: ACCEPTED_EXTENSIONS.join(","), filter: "native" }}
          fileList={files}
          disabled={busy}
          beforeUpload={(file) => {
            if (!hasAcceptedExtension(file.name)) {
              void message.error(t("upload.badType", { name: file.name }));
              return Upload.LIST_IGNORE;
            }
            addFile(file);
            return false;
          }}
          onRemove={(file) => replaceFiles(chosen.current.filter((f) => f.uid !== file.uid))}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t("upload.drop")}</p>
          <p className="ant-upload-hint">{t("upload.hint", { max: MAX_FILES })}</p>
        </Upload.Dragger>

        <Form layout="vertical" component="div" disabled={busy}>
          <Form.Item label={t("upload.format")} htmlFor="import-format" style={{ marginBottom: 12 }}>
            <Select<FormatName>
              id="import-format"
              value={format}
              onChange={(value) => {
                setFormat(value);
                setMappingError(null);
              }}
              options={FORMATS.map((name) => ({ value: name, label: t(`formats.${name}`) }))}
              style={{ maxWidth: 360 }}
            />
          </Form.Item>
          {format === "csv" ? (
            <Form.Item
              label={t("upload.mapping")}
              htmlFor="import-mapping"
              extra={t("upload.mappingHelp")}
              validateStatus={mappingError ? "error" : undefined}
              help={mappingError ?? undefined}
              style={{ marginBottom: 12 }}
            >
              <Input.TextArea
                id="import-mapping"
                value={mapping}
                onChange={(event) => setMapping(event.target.value)}
                autoSize={{ minRows: 4, maxRows: 12 }}
                spellCheck={false}
                style={{ fontFamily: "monospace" }}
                placeholder='{"columns": {"externalId": "…", "createdAt": "…", "paidAmount": "…"}}'
              />
            </Form.Item>
          ) : null}
          <Form.Item style={{ marginBottom: 0 }}>
            <Space wrap>
              <Switch id="import-dry-run" checked={dryRun} onChange={setDryRun} />
              <label htmlFor="import-dry-run">{t("upload.dryRun")}</label>
              <Typography.Text type="secondary" className="muted">
                {t("upload.dryRunHelp")}
              </Typography.Text>
            </Space>
          </Form.Item>
        </Form>

        {upload.error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t("upload.failed")}
            description={errorMessage(upload.error)}
          />
        ) : null}
        {busy ? <Progress percent={percent} format={() => t("upload.uploading", { percent })} /> : null}

        <Space wrap>
          <Button
            type="primary"
            disabled={files.length === 0}
            loading={busy}
            onClick={() => {
              if (checkMapping()) upload.mutate();
            }}
          >
            {dryRun ? t("upload.submitDry") : t("upload.submit")}
          </Button>
          {files.length > 0 ? (
            <>
              <Typography.Text type="secondary">
                {t("upload.selected", { count: files.length })}
              </Typography.Text>
              <Button type="link" disabled={busy} onClick={() => replaceFiles([])}>
                {t("upload.clear")}
              </Button>
            </>
          ) : null}
        </Space>
      </Space>
    </Card>
  );
}
