/**
 * Form pieces of the analytics settings: section headings, derived-or-custom items, resettable
 * items, number lists.
 */
import { MinusOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, InputNumber, Radio, Space, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AnalyticsForm } from "./analyticsForm.ts";

/** A section heading of the form. */
export function Section({ children }: { children: string }) {
  return (
    <Typography.Title level={5} style={{ marginTop: 8 }}>
      {children}
    </Typography.Title>
  );
}

type DerivableName = {
  [K in keyof AnalyticsForm]: AnalyticsForm[K] extends { custom: boolean } ? K : never;
}[keyof AnalyticsForm];

/**
 * A setting the server derives from the shop's data unless set: "derived" sends null, "custom"
 * shows the input (`children`, bound to `[name, "value"]` by the caller).
 */
export function DerivableItem({
  name,
  label,
  help,
  derivedHint,
  children,
}: {
  name: DerivableName;
  label: ReactNode;
  help: ReactNode;
  derivedHint?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation("settings");
  const form = Form.useFormInstance<AnalyticsForm>();
  const custom = Form.useWatch([name, "custom"], form) as boolean | undefined;
  return (
    <Form.Item label={label} extra={help}>
      <Flex vertical gap={8}>
        <Form.Item name={[name, "custom"]} noStyle>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="small"
            aria-label={typeof label === "string" ? label : undefined}
            options={[
              { value: false, label: t("analytics.derived") },
              { value: true, label: t("analytics.custom") },
            ]}
          />
        </Form.Item>
        {custom ? (
          children
        ) : (
          <Typography.Text type="secondary">{derivedHint ?? t("analytics.derivedHint")}</Typography.Text>
        )}
      </Flex>
    </Form.Item>
  );
}

/** A setting with a default: an "own value" tag and a reset button when the shop overrides it. */
export function DefaultedItem({
  label,
  help,
  overridden,
  resetting,
  onReset,
  children,
}: {
  label: string;
  help: ReactNode;
  overridden: boolean;
  resetting: boolean;
  onReset: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation("settings");
  return (
    <Form.Item label={label} extra={help} required={false}>
      <Space wrap>
        {children}
        {overridden ? (
          <>
            <Tag color="orange">{t("analytics.overridden")}</Tag>
            <Button
              type="link"
              size="small"
              loading={resetting}
              onClick={onReset}
              aria-label={t("analytics.resetAria", { name: label })}
            >
              {t("analytics.reset")}
            </Button>
          </>
        ) : null}
      </Space>
    </Form.Item>
  );
}

/**
 * A list of numbers edited in place: fixed length (RFM cut points) or `min`–`max` entries with
 * add and remove buttons (客单价 bands).
 */
export function NumberListInput({
  value = [],
  onChange,
  length,
  max = length ?? 1,
  min = length ?? 1,
  unit,
  precision,
  itemLabel,
  id,
}: {
  value?: (number | null)[];
  onChange?: (next: (number | null)[]) => void;
  length?: number;
  min?: number;
  max?: number;
  unit: string;
  precision?: number;
  itemLabel: (index: number) => string;
  id?: string;
}) {
  const { t } = useTranslation("settings");
  const set = (index: number, next: number | null) =>
    onChange?.(value.map((v, i) => (i === index ? next : v)));
  return (
    <Flex wrap gap={8} align="center" id={id}>
      {value.map((v, index) => (
        // Positions are the identity here: entries are edited in place, never reordered.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Space.Compact key={index}>
          <InputNumber<number>
            value={v}
            min={0}
            precision={precision}
            suffix={unit}
            style={{ width: 128 }}
            aria-label={itemLabel(index)}
            onChange={(next) => set(index, next)}
          />
          {length === undefined && value.length > min ? (
            <Button
              icon={<MinusOutlined />}
              aria-label={t("analytics.removeBand", { index: index + 1 })}
              onClick={() => onChange?.(value.filter((_, i) => i !== index))}
            />
          ) : null}
        </Space.Compact>
      ))}
      {length === undefined && value.length < max ? (
        <Button icon={<PlusOutlined />} onClick={() => onChange?.([...value, null])}>
          {t("analytics.addBand")}
        </Button>
      ) : null}
    </Flex>
  );
}
