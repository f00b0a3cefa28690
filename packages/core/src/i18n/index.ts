/**
 * Messages for users, Simplified Chinese first, English second, via i18next. Nothing user-facing
 * is written outside these catalogues.
 */
import i18next, { type TFunction } from "i18next";
import { enUS } from "./en-US.ts";
import { zhCN } from "./zh-CN.ts";

/** The shape of a catalogue: the Chinese one is the reference. */
export type Catalogue = typeof zhCN;

/** Languages laoke speaks. */
export type Language = "zh-CN" | "en";

/** Pick the language from `--lang`, then LAOKE_LANG, defaulting to Chinese. */
export function resolveLanguage(flag: string | undefined, env: string | undefined): Language {
  const v = (flag ?? env ?? "").toLowerCase();
  return v.startsWith("en") ? "en" : "zh-CN";
}

/** A translator for one language (synchronous: resources are bundled). */
export function createTranslator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: "zh-CN",
    initAsync: false,
    resources: { "zh-CN": { translation: zhCN }, en: { translation: enUS } },
    interpolation: { escapeValue: false },
    returnObjects: true,
  });
  return instance.t;
}

export { enUS, zhCN };
