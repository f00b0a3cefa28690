/**
 * 行为推断 thresholds of the analytics settings (decision 0011): how unlikely by chance a timing
 * habit must be, the payday window, the days before a festival that count as gift buying, and the
 * least evidence (purchase days or items, and shares) each inference needs. The rules match the
 * server's (packages/core/src/analytics/settings.ts), so a bad value is caught before saving.
 */
import { Flex, Form, InputNumber, type FormRule as Rule, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DefaultedItem, Section } from "./AnalyticsFields.tsx";
import { type BehaviourForm, type DefaultedSetting, type FormField, isOverridden } from "./analyticsForm.ts";

type Key = keyof BehaviourForm;
/** The thresholds counted in purchase days or items, each its own setting with the same bounds. */
type CountKey = Exclude<
  Key,
  "significance" | "paydayFromDay" | "paydayToDay" | "giftDaysBefore" | `${string}Pct`
>;
type PctKey = Extract<Key, `${string}Pct`>;
/** A row of the section: one setting (the payday window's two days are one). */
type ItemKey = Exclude<Key, "paydayFromDay" | "paydayToDay"> | "payday";

const field = (key: Key): FormField => ["behaviour", key];
const name = (key: Key) => ["behaviour", key];
// The settings' names on the wire: the form keeps shares as "…Pct" and the window as two days.
const SHARE_SETTINGS: Record<PctKey, DefaultedSetting> = {
  plusMinPct: "behaviour.plusMinShare",
  preferenceMinPct: "behaviour.preferenceMinShare",
  genderMinPct: "behaviour.genderMinShare",
};

/** The behaviour section of the analytics settings form. */
export function BehaviourSection({
  overrides,
  resetting,
  onReset,
}: {
  overrides: Record<string, unknown>;
  resetting: boolean;
  onReset: (setting: DefaultedSetting, fields: FormField[]) => void;
}) {
  const { t } = useTranslation("settings");
  const label = (key: Key | "payday") => t(`analytics.behaviour.${key}`);
  const help = (key: ItemKey) => t(`analytics.behaviour.${key}Help`);
  const required: Rule = { required: true, message: t("analytics.valueRequired") };
  const integer = (min: number, max: number): Rule[] => [
    required,
    { type: "integer", min, max, message: t("analytics.behaviour.integerRange", { min, max }) },
  ];
  const item = (setting: DefaultedSetting, key: ItemKey, fields: FormField[], input: ReactNode) => (
    <DefaultedItem
      label={label(key)}
      help={help(key)}
      overridden={isOverridden(overrides, setting)}
      resetting={resetting}
      onReset={() => onReset(setting, fields)}
    >
      {input}
    </DefaultedItem>
  );
  const count = (key: CountKey, unit: string) =>
    item(
      `behaviour.${key}`,
      key,
      [field(key)],
      <Form.Item name={name(key)} noStyle rules={integer(1, 100)}>
        <InputNumber<number> min={1} max={100} precision={0} suffix={unit} aria-label={label(key)} />
      </Form.Item>,
    );
  const share = (key: PctKey) =>
    item(
      SHARE_SETTINGS[key],
      key,
      [field(key)],
      <Form.Item
        name={name(key)}
        noStyle
        rules={[required, { type: "number", min: 0, max: 100, message: t("analytics.percentRange") }]}
      >
        <InputNumber<number> min={0} max={100} step={5} suffix="%" aria-label={label(key)} />
      </Form.Item>,
    );
  const day = (key: "paydayFromDay" | "paydayToDay", rules: Rule[] = []) => (
    <Form.Item
      name={name(key)}
      noStyle
      rules={[...integer(1, 31), ...rules]}
      dependencies={key === "paydayToDay" ? [name("paydayFromDay")] : undefined}
    >
      <InputNumber<number> min={1} max={31} precision={0} style={{ width: 72 }} aria-label={label(key)} />
    </Form.Item>
  );
  const days = t("unit.days");
  const items = t("unit.items");

  return (
    <>
      <Section>{t("analytics.section.behaviour")}</Section>
      <Typography.Paragraph type="secondary">{t("analytics.behaviour.intro")}</Typography.Paragraph>
      {item(
        "behaviour.significance",
        "significance",
        [field("significance")],
        <Form.Item
          name={name("significance")}
          noStyle
          rules={[
            required,
            { type: "number", min: 0.0001, max: 0.2, message: t("analytics.behaviour.significanceRange") },
          ]}
        >
          <InputNumber<number> min={0.0001} max={0.2} step={0.005} aria-label={label("significance")} />
        </Form.Item>,
      )}
      {item(
        "behaviour.payday",
        "payday",
        [field("paydayFromDay"), field("paydayToDay")],
        <Flex align="center" gap={6} wrap>
          <span>{t("analytics.behaviour.paydayBefore")}</span>
          {day("paydayFromDay")}
          <span>{t("analytics.behaviour.paydayBetween")}</span>
          {day("paydayToDay", [
            ({ getFieldValue }) => ({
              validator: async (_, to: number | null | undefined) => {
                const from = getFieldValue(name("paydayFromDay")) as number | null | undefined;
                if (typeof from === "number" && typeof to === "number" && from > to)
                  throw new Error(t("analytics.behaviour.paydayOrder"));
              },
            }),
          ])}
          <span>{t("analytics.behaviour.paydayAfter")}</span>
        </Flex>,
      )}
      {count("paydayMinDays", days)}
      {item(
        "behaviour.giftDaysBefore",
        "giftDaysBefore",
        [field("giftDaysBefore")],
        <Form.Item name={name("giftDaysBefore")} noStyle rules={integer(1, 30)}>
          <InputNumber<number>
            min={1}
            max={30}
            precision={0}
            suffix={days}
            aria-label={label("giftDaysBefore")}
          />
        </Form.Item>,
      )}
      {count("giftMinDays", days)}
      {count("promotionMinDays", days)}
      {count("seasonalMinDays", days)}
      {count("plusMinLines", items)}
      {share("plusMinPct")}
      {count("preferenceMinLines", items)}
      {share("preferenceMinPct")}
      {count("genderMinLines", items)}
      {share("genderMinPct")}
    </>
  );
}
