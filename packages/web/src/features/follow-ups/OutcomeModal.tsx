/**
 * 记录结果: the outcome of an open visit — reached or not, satisfaction 1–5, product feedback,
 * preferences learned and a note. Recording it closes the visit (the server allows it once).
 */
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Radio, Rate } from "antd";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../app/states.tsx";
import { completeFollowUp, type FollowUp, useRefreshFollowUps } from "./followUps.api.ts";
import { completeBody, type OutcomeFormValues } from "./followUps.logic.ts";

/** The modal for `visit`. */
export function OutcomeModal({
  visit,
  open,
  onClose,
}: {
  visit: FollowUp;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(["followUps", "common"]);
  const { message } = App.useApp();
  const refresh = useRefreshFollowUps();
  const [form] = Form.useForm<OutcomeFormValues>();
  const reached = Form.useWatch("reached", form);
  const save = useMutation({
    mutationFn: (values: OutcomeFormValues) => completeFollowUp(visit.id, completeBody(values)),
    onSuccess: async () => {
      void message.success(t("outcome.recorded"));
      onClose();
      await refresh(visit.customerId);
    },
  });

  return (
    <Modal
      open={open}
      title={t("outcome.title")}
      okText={t("outcome.submit")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) save.reset();
      }}
      destroyOnHidden
    >
      <Form<OutcomeFormValues>
        form={form}
        name={`outcome-${visit.id}`}
        layout="vertical"
        requiredMark={false}
        initialValues={{ reached: true }}
        onFinish={(values) => save.mutate(values)}
      >
        {save.error ? (
          <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
        ) : null}
        {visit.purpose ? <p className="muted">{t("outcome.purpose", { purpose: visit.purpose })}</p> : null}
        <Form.Item name="reached" label={t("outcome.reached")} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t("outcome.reachedYes") },
              { value: false, label: t("outcome.reachedNo") },
            ]}
          />
        </Form.Item>
        {reached === false ? null : (
          <Form.Item
            name="satisfaction"
            label={t("outcome.satisfaction")}
            extra={t("outcome.satisfactionHelp")}
          >
            <Rate aria-label={t("outcome.satisfaction")} />
          </Form.Item>
        )}
        <Form.Item name="productFeedback" label={t("outcome.productFeedback")} rules={[{ max: 2000 }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="preferencesLearned" label={t("outcome.preferencesLearned")} rules={[{ max: 2000 }]}>
          <Input.TextArea
            maxLength={2000}
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t("outcome.preferencesHint")}
          />
        </Form.Item>
        <Form.Item name="note" label={t("outcome.note")} rules={[{ max: 2000 }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
