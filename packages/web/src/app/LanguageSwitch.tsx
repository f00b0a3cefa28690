/** 中文 / English switch. */
import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { changeLanguage, type Language } from "./i18n.ts";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t("language.label")}
      value={i18n.language as Language}
      options={[
        { value: "zh-CN", label: t("language.zh") },
        { value: "en-US", label: t("language.en") },
      ]}
      onChange={(value) => void changeLanguage(value)}
    />
  );
}
