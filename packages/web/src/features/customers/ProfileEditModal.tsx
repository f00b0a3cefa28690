/**
 * Edit a customer's profile (customers:write). Masked fields start empty ("keep") with the masked
 * value as a hint; callers with pii:read may load the clear values first (an audited unmask), after
 * which emptying a field clears it. Server validation errors show under the field they name.
 */
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Col, DatePicker, Form, Input, Modal, Radio, Row } from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import { updateProfile, useRefreshCustomer } from "./archive.api.ts";
import { type CustomerDetail, unmaskCustomer } from "./customers.api.ts";
import {
  invalidField,
  MASKED_FIELDS,
  type ProfileFormValues,
  profileFormValues,
  profilePatch,
} from "./profileForm.ts";

type Unmasked = Awaited<ReturnType<typeof unmaskCustomer>>;
const FIELDS = [...MASKED_FIELDS, "gender", "province", "city", "district", "note"] as const;

/** The modal; `clear` is the unmasked profile when the page already holds it. */
export function ProfileEditModal({
  detail,
  clear,
  open,
  onClose,
}: {
  detail: CustomerDetail;
  clear: Unmasked | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(["archive", "customers", "common"]);
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshCustomer(detail.customer.id);
  const [form] = Form.useForm<ProfileFormValues>();
  const [loaded, setLoaded] = useState<Unmasked | null>(null);
  const c = detail.customer;
  const source = loaded ?? clear;
  const initial = useMemo(() => profileFormValues(c, source), [c, source]);

  const unmask = useMutation({
    mutationFn: () => unmaskCustomer(c.id),
    onSuccess: (values) => {
      setLoaded(values);
      // Keep what was typed in the unmasked fields' neighbours; fill the masked ones.
      const filled = profileFormValues(c, values);
      form.setFieldsValue(Object.fromEntries(MASKED_FIELDS.map((f) => [f, filled[f]])));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const save = useMutation({
    mutationFn: (values: ProfileFormValues) => updateProfile(c.id, profilePatch(initial, values)),
    onSuccess: async () => {
      void message.success(t("common:state.saved"));
      await refresh();
      onClose();
    },
    onError: (error) => {
      const field = invalidField(error, FIELDS);
      if (field) form.setFields([{ name: field, errors: [errorMessage(error)] }]);
    },
  });
  const fieldError = save.error && !invalidField(save.error, FIELDS) ? errorMessage(save.error) : null;
  const hint = (masked: string | null) =>
    source ? undefined : masked ? t("profile.keepMasked", { value: masked }) : t("profile.keep");

  return (
    <Modal
      open={open}
      title={t("profile.title")}
      okText={t("common:action.save")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (visible) return;
        save.reset();
        setLoaded(null);
      }}
      destroyOnHidden
      width={720}
    >
      <Form<ProfileFormValues>
        form={form}
        name="profile"
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => save.mutate(values)}
        requiredMark={false}
      >
        {fieldError ? <Alert type="error" showIcon title={fieldError} style={{ marginBottom: 16 }} /> : null}
        {!source ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t("profile.maskedHelp")}
            action={
              session.can("pii:read") ? (
                <Button size="small" loading={unmask.isPending} onClick={() => unmask.mutate()}>
                  {t("profile.loadClear")}
                </Button>
              ) : undefined
            }
          />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t("customers:detail.name")} rules={[{ max: 100 }]}>
              <Input maxLength={100} placeholder={hint(c.name)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="gender" label={t("customers:detail.gender")}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: "male", label: t("customers:detail.male") },
                  { value: "female", label: t("customers:detail.female") },
                  { value: "unknown", label: t("customers:detail.unknown") },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t("customers:detail.phone")} rules={[{ max: 30 }]}>
              <Input maxLength={30} inputMode="tel" placeholder={hint(c.phone)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="email"
              label={t("customers:detail.email")}
              rules={[{ type: "email", message: t("profile.emailInvalid") }, { max: 254 }]}
            >
              <Input maxLength={254} inputMode="email" placeholder={hint(c.email)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="birthday" label={t("customers:detail.birthday")}>
              <DatePicker
                style={{ width: "100%" }}
                placeholder={hint(c.birthdayMonthDay) ?? undefined}
                disabledDate={(d) => d.isAfter(dayjs(), "day")}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="zip" label={t("profile.zip")} rules={[{ max: 20 }]}>
              <Input maxLength={20} placeholder={hint(null)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="province" label={t("profile.province")} rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="city" label={t("profile.city")} rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="district" label={t("profile.district")} rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t("customers:detail.address")} rules={[{ max: 200 }]}>
              <Input maxLength={200} placeholder={hint(null)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="acceptsSmsMarketing" label={t("profile.smsConsent")}>
              <ConsentRadios />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="acceptsEmailMarketing" label={t("profile.emailConsent")}>
              <ConsentRadios />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t("customers:detail.note")} rules={[{ max: 2000 }]}>
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

/** Allowed / refused / unknown, as Form.Item's child (value and onChange come from the form). */
function ConsentRadios(props: { value?: string; onChange?: (e: unknown) => void }) {
  const { t } = useTranslation("customers");
  return (
    <Radio.Group
      {...props}
      optionType="button"
      options={[
        { value: "yes", label: t("detail.allowed") },
        { value: "no", label: t("detail.refused") },
        { value: "unknown", label: t("detail.unknown") },
      ]}
    />
  );
}
