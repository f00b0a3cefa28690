/**
 * The file drop zone of the small synchronous imports (review exports, group rosters): checks
 * type, size and count as files arrive and says why one is refused, so nothing vanishes silently.
 */
import { InboxOutlined } from "@ant-design/icons";
import { App, Upload, type UploadFile } from "antd";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { fileProblem, SHEET_EXTENSIONS } from "./upload.ts";

/** A drop zone holding up to `max` files (`max` 1 replaces the file on a second choice). */
export function FilePicker({
  files,
  onChange,
  max,
  hint,
  disabled,
}: {
  files: UploadFile[];
  onChange: (files: UploadFile[]) => void;
  max: number;
  hint: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // beforeUpload runs once per file of a drop before React re-renders: the ref sees the earlier ones.
  const chosen = useRef<UploadFile[]>(files);
  chosen.current = files;
  const replace = (next: UploadFile[]) => {
    chosen.current = next;
    onChange(next);
  };

  return (
    <Upload.Dragger
      multiple={max > 1}
      accept={{ format: SHEET_EXTENSIONS.join(","), filter: "native" }}
      fileList={files}
      disabled={disabled}
      beforeUpload={(file) => {
        const problem = fileProblem(chosen.current, file, max);
        if (problem) {
          void message.error(t(`upload.${problem}`, { name: file.name, max }));
          return Upload.LIST_IGNORE;
        }
        const entry: UploadFile = { uid: file.uid, name: file.name, size: file.size, originFileObj: file };
        replace(max > 1 ? [...chosen.current, entry] : [entry]);
        return false;
      }}
      onRemove={(file) => replace(chosen.current.filter((f) => f.uid !== file.uid))}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t("upload.drop")}</p>
      <p className="ant-upload-hint">{hint}</p>
    </Upload.Dragger>
  );
}

/** The browser files behind the picker's entries. */
export function pickedFiles(files: readonly UploadFile[]): File[] {
  return files.flatMap((file) => (file.originFileObj ? [file.originFileObj] : []));
}
