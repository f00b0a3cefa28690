/**
 * The value input of one condition, chosen by what its operator takes (fields.ts `valueKind`):
 * numbers with their unit, money typed in 元 and stored in 分, ratios typed as percentages, days,
 * date ranges, text, and the pickers. Values are always held in the API's units.
 */
import { DatePicker, Flex, Input, InputNumber } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { usePlatformName } from "../customers/tags.tsx";
import { fenToYuan, percentToRatio, ratioToPercent, yuanToFen } from "./check.ts";
import { type FieldInfo, PLATFORMS, valueKind } from "./fields.ts";
import { useRuleLabels } from "./labels.ts";
import { ChoiceSelect, GroupSelect, ProductSelect, TagSelect, TextListSelect } from "./pickers.tsx";

const NARROW = { width: 150, maxWidth: "100%" } as const;
const DAY_FORMAT = "YYYY-MM-DD";

/** Props of the value editor. */
export interface ValueEditorProps {
  field: FieldInfo;
  op: string;
  value: unknown;
  onChange: (value: unknown) => void;
  /** The condition's place in the builder, for the inputs' accessible names. */
  number: number;
  status?: "error";
}

/** One number in the units the user types (元, %, or the field's own with its unit). */
function NumberInput({
  field,
  kind,
  value,
  onChange,
  ariaLabel,
  status,
}: {
  field: FieldInfo;
  kind: "number" | "money" | "percent";
  value: unknown;
  onChange: (value: number | undefined) => void;
  ariaLabel: string;
  status?: "error";
}) {
  const { t } = useTranslation("segments");
  const labels = useRuleLabels();
  const common = {
    style: NARROW,
    "aria-label": ariaLabel,
    status,
    placeholder: t("builder.valuePlaceholder"),
  };
  if (kind === "money")
    return (
      <InputNumber<number>
        {...common}
        prefix="¥"
        min={0}
        precision={2}
        value={fenToYuan(value)}
        onChange={(yuan) => onChange(yuanToFen(yuan))}
      />
    );
  if (kind === "percent")
    return (
      <InputNumber<number>
        {...common}
        suffix="%"
        min={(field.min ?? 0) * 100}
        max={(field.max ?? 1) * 100}
        precision={2}
        value={ratioToPercent(value)}
        onChange={(percent) => onChange(percentToRatio(percent))}
      />
    );
  return (
    <InputNumber<number>
      {...common}
      suffix={labels.unit(field.name)}
      min={field.min}
      max={field.max}
      value={typeof value === "number" ? value : null}
      onChange={(n) => onChange(n ?? undefined)}
    />
  );
}

/** The editor for `op` on `field`. */
export function ValueEditor({ field, op, value, onChange, number, status }: ValueEditorProps) {
  const { t } = useTranslation("segments");
  const labels = useRuleLabels();
  const platformName = usePlatformName();
  const kind = valueKind(field, op);
  const ariaLabel = t("builder.value", { number });
  const list = <T,>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  const pair = Array.isArray(value) ? value : [];
  const setPair = (i: 0 | 1, v: unknown) => {
    const next = [pair[0] ?? null, pair[1] ?? null];
    next[i] = v ?? null;
    onChange(next);
  };

  switch (kind) {
    case "none":
      return null;
    case "number":
    case "money":
    case "percent":
      return (
        <NumberInput
          field={field}
          kind={kind}
          value={value}
          onChange={onChange}
          ariaLabel={ariaLabel}
          status={status}
        />
      );
    case "numberRange":
    case "moneyRange":
    case "percentRange": {
      const one = kind.replace("Range", "") as "number" | "money" | "percent";
      return (
        <Flex gap={4} align="center" wrap>
          <NumberInput
            field={field}
            kind={one}
            value={pair[0]}
            onChange={(v) => setPair(0, v)}
            ariaLabel={t("builder.from", { number })}
            status={status}
          />
          <span aria-hidden>~</span>
          <NumberInput
            field={field}
            kind={one}
            value={pair[1]}
            onChange={(v) => setPair(1, v)}
            ariaLabel={t("builder.to", { number })}
            status={status}
          />
        </Flex>
      );
    }
    case "days":
      return (
        <InputNumber<number>
          style={NARROW}
          aria-label={ariaLabel}
          status={status}
          min={1}
          max={3650}
          precision={0}
          suffix={t("unit.days")}
          placeholder={t("builder.valuePlaceholder")}
          value={typeof value === "number" ? value : null}
          onChange={(n) => onChange(n ?? undefined)}
        />
      );
    case "day":
      return (
        <DatePicker
          aria-label={ariaLabel}
          status={status}
          value={typeof value === "string" && value ? dayjs(value) : null}
          onChange={(d) => onChange(d ? d.format(DAY_FORMAT) : undefined)}
        />
      );
    case "dayRange":
      return (
        <DatePicker.RangePicker
          aria-label={ariaLabel}
          status={status}
          value={
            pair.length === 2 && pair[0] && pair[1] ? [dayjs(String(pair[0])), dayjs(String(pair[1]))] : null
          }
          onChange={(range) =>
            onChange(
              range?.[0] && range[1] ? [range[0].format(DAY_FORMAT), range[1].format(DAY_FORMAT)] : undefined,
            )
          }
        />
      );
    case "text":
      return (
        <Input
          style={{ width: 220, maxWidth: "100%" }}
          aria-label={ariaLabel}
          status={status}
          maxLength={100}
          placeholder={t("builder.textPlaceholder")}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
        />
      );
    case "textList":
      return (
        <TextListSelect
          field={field.name}
          value={list<string>(value)}
          onChange={onChange}
          ariaLabel={ariaLabel}
          status={status}
        />
      );
    case "enumList":
      return (
        <ChoiceSelect
          value={list<string>(value)}
          onChange={onChange}
          ariaLabel={ariaLabel}
          status={status}
          choices={(field.values ?? []).map((v) => ({ value: v, label: labels.enumValue(field.name, v) }))}
        />
      );
    case "platforms":
      return (
        <ChoiceSelect
          value={list<string>(value)}
          onChange={onChange}
          ariaLabel={ariaLabel}
          status={status}
          choices={PLATFORMS.map((p) => ({ value: p, label: platformName(p) }))}
        />
      );
    case "tags":
      return (
        <TagSelect value={list<number>(value)} onChange={onChange} ariaLabel={ariaLabel} status={status} />
      );
    case "groups":
      return (
        <GroupSelect value={list<number>(value)} onChange={onChange} ariaLabel={ariaLabel} status={status} />
      );
    case "products":
    case "skus":
      return (
        <ProductSelect
          sku={kind === "skus"}
          value={list<number>(value)}
          onChange={onChange}
          ariaLabel={ariaLabel}
          status={status}
        />
      );
  }
}
