/**
 * One condition of the rule builder: field (menu grouped by category), operator, value, and for
 * purchase conditions an optional "last N days" window. Changing the field starts over with its
 * usual operator; changing the operator keeps the value when it still fits.
 */
import { DeleteOutlined } from "@ant-design/icons";
import { Button, Flex, InputNumber, Select, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  CATEGORIES,
  categoryOf,
  defaultOperator,
  type FieldInfo,
  PURCHASE_TYPES,
  valueKind,
} from "./fields.ts";
import { useRuleLabels } from "./labels.ts";
import type { DraftCondition } from "./rule.ts";
import { ValueEditor } from "./ValueEditor.tsx";

/** Props of a condition row. */
export interface ConditionRowProps {
  condition: DraftCondition;
  fields: ReadonlyMap<string, FieldInfo>;
  /** Its place in the builder (1, 2…), used in labels and messages. */
  number: number;
  /** What is wrong with it, when the builder shows problems. */
  message?: string;
  /** Which part the problem is in, to mark that input. */
  problem?: "field" | "op" | "value" | "withinDays";
  onChange: (condition: DraftCondition) => void;
  onRemove: () => void;
}

/** The field menu: every catalogue field under its category, in catalogue order. */
function useFieldOptions(fields: ReadonlyMap<string, FieldInfo>) {
  const labels = useRuleLabels();
  return useMemo(
    () =>
      CATEGORIES.map((category) => ({
        label: labels.category(category),
        title: labels.category(category),
        options: [...fields.values()]
          .filter((f) => categoryOf(f.name) === category)
          .map((f) => ({ value: f.name, label: labels.field(f.name) })),
      })).filter((group) => group.options.length > 0),
    [fields, labels],
  );
}

/** One condition row of the builder. */
export function ConditionRow({
  condition,
  fields,
  number,
  message,
  problem,
  onChange,
  onRemove,
}: ConditionRowProps) {
  const { t } = useTranslation("segments");
  const labels = useRuleLabels();
  const fieldOptions = useFieldOptions(fields);
  const field = condition.field ? fields.get(condition.field) : undefined;
  const error = (part: ConditionRowProps["problem"]) => (problem === part ? "error" : undefined);

  function chooseField(name: string) {
    const next = fields.get(name);
    if (!next) return;
    onChange({ key: condition.key, field: name, op: defaultOperator(next) });
  }

  function chooseOp(op: string) {
    if (!field) return;
    const same = condition.op !== null && valueKind(field, condition.op) === valueKind(field, op);
    const next: DraftCondition = { ...condition, op };
    if (!same) delete next.value;
    onChange(next);
  }

  return (
    <Flex wrap gap={8} align="center" data-testid="rule-condition">
      <Typography.Text type="secondary" style={{ minWidth: 16 }} aria-hidden>
        {number}.
      </Typography.Text>
      <Select<string>
        style={{ width: 200, maxWidth: "100%" }}
        aria-label={t("builder.field", { number })}
        placeholder={t("builder.fieldPlaceholder")}
        status={error("field")}
        value={condition.field ?? undefined}
        onChange={chooseField}
        showSearch={{ optionFilterProp: "label" }}
        options={fieldOptions}
        // Some forty fields: render them all, so every one can be reached by scrolling.
        virtual={false}
        popupMatchSelectWidth={240}
      />
      <Select<string>
        style={{ width: 170, maxWidth: "100%" }}
        aria-label={t("builder.op", { number })}
        placeholder={t("builder.opPlaceholder")}
        status={error("op")}
        disabled={!field}
        value={condition.op ?? undefined}
        onChange={chooseOp}
        options={(field?.operators ?? []).map((op) => ({
          value: op,
          label: labels.op(field?.type ?? "", op),
        }))}
        popupMatchSelectWidth={200}
      />
      {field && condition.op ? (
        <ValueEditor
          field={field}
          op={condition.op}
          value={condition.value}
          number={number}
          status={error("value")}
          onChange={(value) => {
            const next = { ...condition, value };
            if (value === undefined) delete next.value;
            onChange(next);
          }}
        />
      ) : null}
      {field && PURCHASE_TYPES.has(field.type) ? (
        <InputNumber<number>
          style={{ width: 170 }}
          aria-label={t("builder.withinDays", { number })}
          status={error("withinDays")}
          prefix={t("builder.withinDaysPrefix")}
          suffix={t("builder.withinDaysSuffix")}
          placeholder={t("builder.withinDaysAny")}
          min={1}
          max={3650}
          precision={0}
          value={condition.withinDays ?? null}
          onChange={(days) => onChange({ ...condition, withinDays: days ?? null })}
        />
      ) : null}
      <Button
        type="text"
        icon={<DeleteOutlined />}
        aria-label={t("builder.removeCondition", { number })}
        title={t("builder.removeCondition", { number })}
        onClick={onRemove}
      />
      {message ? (
        <Typography.Text type="danger" role="alert" style={{ flexBasis: "100%" }}>
          {message}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
