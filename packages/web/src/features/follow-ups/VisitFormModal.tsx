/**
 * 安排回访 and 改期: one form for scheduling a visit and for rescheduling, reassigning or
 * rewording an open one (channel, purpose, due date-time, assignee). The assignee list is the
 * shop's active staff; when it cannot be read, the caller schedules for themself.
 */
import { useMutation } from "@tanstack/react-query";
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import {
  type FollowUp,
  scheduleFollowUp,
  updateFollowUp,
  useAssignees,
  useRefreshFollowUps,
} from "./followUps.api.ts";
import { CHANNELS, scheduleBody, updateBody, type VisitFormValues } from "./followUps.logic.ts";

// "Nobody" as a select value (antd's Select cannot hold null as an option value).
const NOBODY = 0;

/** The modal: schedules for `customerId`, or edits `visit` when given. */
export function VisitFormModal({
  customerId,
  visit,
  open,
  onClose,
}: {
  customerId: number;
  visit?: FollowUp;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(["followUps", "common"]);
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshFollowUps();
  const staff = useAssignees();
  const [form] = Form.useForm<VisitFormValues>();
  const me = session.kind === "staff" ? session.id : undefined;

  const members = staff.data ?? [];
  const options = [
    ...(members.length > 0
      ? members.map((m) => ({
          value: m.id,
          label: m.id === me ? t("form.me", { name: m.displayName }) : m.displayName,
        }))
      : me === undefined
        ? []
        : [{ value: me, label: t("form.me", { name: session.name }) }]),
    { value: NOBODY, label: t("form.nobody") },
  ];
  // A visit may be assigned to someone no longer active: keep them choosable, by name.
  const current = visit?.assignee;
  if (current && !options.some((o) => o.value === current.memberId))
    options.unshift({ value: current.memberId, label: current.name ?? `#${current.memberId}` });
  const initial: Partial<VisitFormValues> = visit
    ? {
        channel: visit.channel,
        purpose: visit.purpose ?? "",
        dueAt: dayjs(visit.dueAt),
        assignee: visit.assignee?.memberId ?? NOBODY,
      }
    : { channel: "phone", dueAt: dayjs().add(1, "day").hour(10).minute(0).second(0), assignee: me ?? NOBODY };

  const save = useMutation({
    mutationFn: (values: VisitFormValues) => {
      const v = { ...values, assignee: values.assignee === NOBODY ? null : values.assignee };
      return visit ? updateFollowUp(visit.id, updateBody(v)) : scheduleFollowUp(scheduleBody(customerId, v));
    },
    onSuccess: async () => {
      void message.success(t(visit ? "form.rescheduled" : "form.scheduled"));
      onClose();
      await refresh(customerId);
    },
  });

  return (
    <Modal
      open={open}
      title={t(visit ? "form.rescheduleTitle" : "form.scheduleTitle")}
      okText={t("common:action.save")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) save.reset();
      }}
      destroyOnHidden
    >
      <Form<VisitFormValues>
        form={form}
        name={visit ? `visit-${visit.id}` : "visit-new"}
        layout="vertical"
        requiredMark={false}
        initialValues={initial}
        onFinish={(values) => save.mutate(values)}
      >
        {save.error ? (
          <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item name="channel" label={t("form.channel")} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="purpose" label={t("form.purpose")} rules={[{ max: 500 }]}>
          <Input.TextArea
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={t("form.purposeHint")}
          />
        </Form.Item>
        <Form.Item
          name="dueAt"
          label={t("form.dueAt")}
          rules={[{ required: true, message: t("form.dueRequired") }]}
        >
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="assignee" label={t("form.assignee")}>
          <Select<number> options={options} loading={staff.isPending && staff.fetchStatus !== "idle"} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
