/**
 * 导入群成员: upload a group export or a hand-made sheet (one file, 20 MB) that replaces the
 * group's roster. The server answers at once: lines now, inserted/updated/unchanged/removed,
 * matched and unmatched, and the first rejected rows. Hand matches of kept lines survive.
 */
import { useTranslation } from "react-i18next";
import { ImportFilesModal } from "../../app/ImportFilesModal.tsx";
import { ImportOutcome } from "../../app/ImportOutcome.tsx";
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
  return (
    <ImportFilesModal
      open={open}
      onClose={onClose}
      maxFiles={1}
      texts={{
        title: t("roster.title", { name: group?.name ?? "" }),
        intro: t("roster.intro"),
        hint: t("roster.hint"),
        submit: t("roster.submit"),
        close: t("roster.close"),
        failed: t("roster.failed"),
      }}
      send={(files, onProgress) => {
        const file = files[0];
        if (!group || !file) throw new Error("no file");
        return importRoster(group.id, file, onProgress);
      }}
      onDone={refresh}
      outcome={(r) => (
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
      )}
    />
  );
}
