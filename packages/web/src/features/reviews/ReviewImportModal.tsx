/**
 * 导入评价: upload Taobao/Tmall 评价 exports or a generic sheet (up to 10 files of 20 MB). The
 * server imports them for the whole shop while the request waits, so the modal shows the counts
 * and the first rejected rows as soon as it answers; re-importing the same file changes nothing.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ImportFilesModal } from "../../app/ImportFilesModal.tsx";
import { ImportOutcome } from "../../app/ImportOutcome.tsx";
import { importReviews, MAX_REVIEW_FILES } from "./reviews.api.ts";

/** The modal; a finished import refreshes every customer page (any of them may have new reviews). */
export function ReviewImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(["reviews", "common"]);
  const queryClient = useQueryClient();
  return (
    <ImportFilesModal
      open={open}
      onClose={onClose}
      maxFiles={MAX_REVIEW_FILES}
      texts={{
        title: t("import.title"),
        intro: t("import.intro"),
        hint: t("import.hint", { max: MAX_REVIEW_FILES }),
        submit: t("import.submit"),
        close: t("import.close"),
        failed: t("import.failed"),
      }}
      send={importReviews}
      onDone={() => queryClient.invalidateQueries({ queryKey: ["customers", "detail"] })}
      outcome={(result) => (
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
      )}
    />
  );
}
