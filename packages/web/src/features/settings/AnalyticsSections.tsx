/** The fields of the analytics settings form, grouped as the owner thinks of them. */
import { Form, InputNumber, type FormRule as Rule, Select } from "antd";
import { useTranslation } from "react-i18next";
import { DefaultedItem, DerivableItem, NumberListInput, Section } from "./AnalyticsFields.tsx";
import {
  type AnalyticsForm,
  ascendingError,
  CUT_POINTS,
  type DefaultedSetting,
  type FormField,
  isOverridden,
  MAX_AOV_BANDS,
} from "./analyticsForm.ts";
import { BehaviourSection } from "./BehaviourSection.tsx";

interface Props {
  overrides: Record<string, unknown>;
  derivedChurnDays: number | null;
  resetting: boolean;
  /** Put `setting` back to its default and show the default in `fields`. */
  onReset: (setting: DefaultedSetting, fields: FormField[]) => void;
}

export function AnalyticsSections({ overrides, derivedChurnDays, resetting, onReset }: Props) {
  const { t } = useTranslation("settings");

  const positiveDays: Rule[] = [
    { required: true, message: t("analytics.valueRequired") },
    { type: "integer", min: 1, message: t("analytics.positiveInteger") },
  ];
  const cutPoints = (length?: number): Rule => ({
    validator: async (_, value: (number | null)[] | undefined) => {
      const error = ascendingError(value, length);
      if (error === "missing") throw new Error(t("analytics.pointsMissing"));
      if (error === "order") throw new Error(t("analytics.pointsOrder"));
    },
  });
  const percent: Rule[] = [
    { required: true, message: t("analytics.valueRequired") },
    { type: "number", min: 0, max: 100, message: t("analytics.percentRange") },
  ];
  const defaulted = (setting: DefaultedSetting, field: keyof AnalyticsForm) => ({
    overridden: isOverridden(overrides, setting),
    resetting,
    onReset: () => onReset(setting, [field]),
  });
  const point = (index: number) => t("analytics.point", { index: index + 1 });

  return (
    <>
      <Section>{t("analytics.section.churn")}</Section>
      <DerivableItem
        name="churnDays"
        label={t("analytics.churnDays")}
        help={t("analytics.churnDaysHelp")}
        derivedHint={
          derivedChurnDays === null ? undefined : t("analytics.derivedNow", { days: derivedChurnDays })
        }
      >
        <Form.Item name={["churnDays", "value"]} noStyle rules={positiveDays}>
          <InputNumber<number>
            min={1}
            precision={0}
            suffix={t("unit.days")}
            aria-label={t("analytics.churnDays")}
          />
        </Form.Item>
      </DerivableItem>
      <DerivableItem
        name="atRiskDays"
        label={t("analytics.atRiskDays")}
        help={t("analytics.atRiskDaysHelp")}
        derivedHint={t("analytics.derivedAtRisk")}
      >
        <Form.Item
          name={["atRiskDays", "value"]}
          noStyle
          dependencies={[
            ["churnDays", "value"],
            ["churnDays", "custom"],
          ]}
          rules={[
            ...positiveDays,
            ({ getFieldValue }) => ({
              validator: async (_, value: number | undefined) => {
                const churn = getFieldValue("churnDays") as AnalyticsForm["churnDays"];
                if (churn.custom && churn.value !== undefined && value !== undefined && value >= churn.value)
                  throw new Error(t("analytics.atRiskAfterChurn"));
              },
            }),
          ]}
        >
          <InputNumber<number>
            min={1}
            precision={0}
            suffix={t("unit.days")}
            aria-label={t("analytics.atRiskDays")}
          />
        </Form.Item>
      </DerivableItem>

      <Section>{t("analytics.section.rfm")}</Section>
      <DerivableItem
        name="recencyDays"
        label={t("analytics.recency")}
        help={t("analytics.recencyHelp")}
        derivedHint={t("analytics.derivedQuintiles")}
      >
        <Form.Item name={["recencyDays", "value"]} noStyle rules={[cutPoints(CUT_POINTS)]}>
          <NumberListInput length={CUT_POINTS} unit={t("unit.days")} itemLabel={point} />
        </Form.Item>
      </DerivableItem>
      <DerivableItem
        name="frequency"
        label={t("analytics.frequency")}
        help={t("analytics.frequencyHelp")}
        derivedHint={t("analytics.derivedQuintiles")}
      >
        <Form.Item name={["frequency", "value"]} noStyle rules={[cutPoints(CUT_POINTS)]}>
          <NumberListInput length={CUT_POINTS} unit={t("unit.times")} itemLabel={point} />
        </Form.Item>
      </DerivableItem>
      <DerivableItem
        name="monetaryYuan"
        label={t("analytics.monetary")}
        help={t("analytics.monetaryHelp")}
        derivedHint={t("analytics.derivedQuintiles")}
      >
        <Form.Item name={["monetaryYuan", "value"]} noStyle rules={[cutPoints(CUT_POINTS)]}>
          <NumberListInput length={CUT_POINTS} unit={t("unit.money")} precision={2} itemLabel={point} />
        </Form.Item>
      </DerivableItem>

      <Section>{t("analytics.section.aov")}</Section>
      <DerivableItem
        name="aovBandsYuan"
        label={t("analytics.aovBands")}
        help={t("analytics.aovBandsHelp")}
        derivedHint={t("analytics.derivedQuartiles")}
      >
        <Form.Item name={["aovBandsYuan", "value"]} noStyle rules={[cutPoints()]}>
          <NumberListInput
            min={1}
            max={MAX_AOV_BANDS}
            unit={t("unit.money")}
            precision={2}
            itemLabel={(index) => t("analytics.band", { index: index + 1 })}
          />
        </Form.Item>
      </DerivableItem>

      <Section>{t("analytics.section.traffic")}</Section>
      <DefaultedItem
        label={t("analytics.trafficCost")}
        help={t("analytics.trafficCostHelp")}
        {...defaulted("trafficCostShare", "trafficCostPct")}
      >
        <Form.Item name="trafficCostPct" noStyle rules={percent}>
          <InputNumber<number>
            min={0}
            max={100}
            step={1}
            suffix="%"
            aria-label={t("analytics.trafficCost")}
          />
        </Form.Item>
      </DefaultedItem>

      <Section>{t("analytics.section.clv")}</Section>
      <DefaultedItem
        label={t("analytics.clvModel")}
        help={t("analytics.clvModelHelp")}
        {...defaulted("clv.model", "clvModel")}
      >
        <Form.Item name="clvModel" noStyle>
          <Select
            style={{ width: 220 }}
            aria-label={t("analytics.clvModel")}
            options={[
              { value: "bgnbd", label: t("analytics.model.bgnbd") },
              { value: "pareto-nbd", label: t("analytics.model.paretoNbd") },
            ]}
          />
        </Form.Item>
      </DefaultedItem>
      <DefaultedItem
        label={t("analytics.clvHorizon")}
        help={t("analytics.clvHorizonHelp")}
        {...defaulted("clv.horizonDays", "clvHorizonDays")}
      >
        <Form.Item
          name="clvHorizonDays"
          noStyle
          rules={[
            { required: true, message: t("analytics.valueRequired") },
            { type: "integer", min: 7, max: 3650, message: t("analytics.horizonRange") },
          ]}
        >
          <InputNumber<number>
            min={7}
            max={3650}
            precision={0}
            suffix={t("unit.days")}
            aria-label={t("analytics.clvHorizon")}
          />
        </Form.Item>
      </DefaultedItem>
      <DefaultedItem
        label={t("analytics.clvDiscount")}
        help={t("analytics.clvDiscountHelp")}
        {...defaulted("clv.annualDiscountRate", "clvDiscountPct")}
      >
        <Form.Item name="clvDiscountPct" noStyle rules={percent}>
          <InputNumber<number> min={0} max={100} suffix="%" aria-label={t("analytics.clvDiscount")} />
        </Form.Item>
      </DefaultedItem>
      <DefaultedItem
        label={t("analytics.clvPenalty")}
        help={t("analytics.clvPenaltyHelp")}
        {...defaulted("clv.penalty", "clvPenalty")}
      >
        <Form.Item
          name="clvPenalty"
          noStyle
          rules={[
            { required: true, message: t("analytics.valueRequired") },
            { type: "number", min: 0, message: t("analytics.nonNegative") },
          ]}
        >
          <InputNumber<number> min={0} step={0.1} aria-label={t("analytics.clvPenalty")} />
        </Form.Item>
      </DefaultedItem>
      <DefaultedItem
        label={t("analytics.clvRefit")}
        help={t("analytics.clvRefitHelp")}
        {...defaulted("clv.refitGrowth", "clvRefitPct")}
      >
        <Form.Item
          name="clvRefitPct"
          noStyle
          rules={[
            { required: true, message: t("analytics.valueRequired") },
            { type: "number", min: 0, message: t("analytics.nonNegative") },
          ]}
        >
          <InputNumber<number> min={0} step={5} suffix="%" aria-label={t("analytics.clvRefit")} />
        </Form.Item>
      </DefaultedItem>

      <BehaviourSection overrides={overrides} resetting={resetting} onReset={onReset} />
    </>
  );
}
