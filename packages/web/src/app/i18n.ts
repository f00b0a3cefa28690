/**
 * UI language: Simplified Chinese first, English second. Every user-facing string lives in
 * src/locales/<language>/<namespace>.json (one namespace per feature); the choice is kept in
 * localStorage and sent to the API as Accept-Language so its error messages match.
 */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { resources } from "../locales/index.ts";

export const LANGUAGES = ["zh-CN", "en-US"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "laoke.language";

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === stored) ?? "zh-CN";
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: "zh-CN",
  defaultNS: "common",
  ns: Object.keys(resources["zh-CN"]),
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switch the UI language and remember it. */
export async function changeLanguage(language: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export default i18n;
