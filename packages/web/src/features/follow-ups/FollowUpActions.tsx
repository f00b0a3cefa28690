/**
 * The actions on an open visit — record the outcome, reschedule, cancel — with their forms. The
 * customer page's card and the 回访 page's table both render this one component.
 */
import { useMutation } from "@tanstack/react-query";
import { App, Button, Popconfirm, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import { cancelFollowUp, type FollowUp, useRefreshFollowUps } from "./followUps.api.ts";
import { OutcomeModal } from "./OutcomeModal.tsx";
import { VisitFormModal } from "./VisitFormModal.tsx";

/** Buttons for `visit` (nothing for closed visits or callers without customers:write). */
export function FollowUpActions({ visit }: { visit: FollowUp }) {
  const { t } = useTranslation("followUps");
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshFollowUps();
  const [open, setOpen] = useState<"outcome" | "reschedule" | null>(null);
  const cancel = useMutation({
    mutationFn: () => cancelFollowUp(visit.id),
    onSuccess: async () => {
      void message.success(t("actions.cancelled"));
      await refresh(visit.customerId);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  if (visit.status !== "scheduled" || !session.can("customers:write")) return null;

  return (
    <>
      <Space size={0} wrap>
        <Button type="link" size="small" onClick={() => setOpen("outcome")}>
          {t("actions.record")}
        </Button>
        <Button type="link" size="small" onClick={() => setOpen("reschedule")}>
          {t("actions.reschedule")}
        </Button>
        <Popconfirm
          title={t("actions.cancelConfirm")}
          okButtonProps={{ danger: true }}
          onConfirm={() => cancel.mutateAsync().catch(() => undefined)}
        >
          <Button type="link" size="small" danger loading={cancel.isPending}>
            {t("actions.cancel")}
          </Button>
        </Popconfirm>
      </Space>
      <OutcomeModal visit={visit} open={open === "outcome"} onClose={() => setOpen(null)} />
      <VisitFormModal
        customerId={visit.customerId}
        visit={visit}
        open={open === "reschedule"}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
