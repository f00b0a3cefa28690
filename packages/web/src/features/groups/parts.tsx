/** Small pieces both 客户群 pages show: the channel tag and the lurker-days input. */
import { InputNumber, Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { GroupChannel } from "./groups.api.ts";
import { MAX_DAYS, MIN_DAYS } from "./groups.logic.ts";

const CHANNEL_COLOURS: Record<GroupChannel, string> = { wechat: "green", qq: "blue", other: "default" };

/** 微信 / QQ / 其他 as a coloured tag. */
export function ChannelTag({ channel }: { channel: GroupChannel }) {
  const { t } = useTranslation("groups");
  return (
    <Tag color={CHANNEL_COLOURS[channel]} style={{ marginInlineEnd: 0 }}>
      {t(`channel.${channel}`)}
    </Tag>
  );
}

/** "潜水 [30] 天": how many silent days make a lurker (an emptied box keeps the last value). */
export function LurkerDaysInput({ value, onChange }: { value: number; onChange: (days: number) => void }) {
  const { t } = useTranslation("groups");
  return (
    <Space size={4}>
      <label htmlFor="lurker-days">{t("days.label")}</label>
      <InputNumber
        id="lurker-days"
        min={MIN_DAYS}
        max={MAX_DAYS}
        precision={0}
        value={value}
        style={{ width: 88 }}
        suffix={t("days.unit")}
        onChange={(days) => {
          if (typeof days === "number" && days >= MIN_DAYS && days <= MAX_DAYS) onChange(days);
        }}
      />
    </Space>
  );
}
