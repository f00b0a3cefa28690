/**
 * Cell-level cleaning shared by every format parser: the quirks of real exports
 * (see docs/import.md): Excel protection wrappers, unit suffixes, full-width punctuation,
 * masked personal data, two date styles, scientific notation.
 */
import type { MaybeMasked, RejectCode } from "./model.ts";

/** A cell value that could not be parsed; parsers turn it into a row reject naming the field. */
export class CellError extends Error {
  constructor(
    readonly code: RejectCode,
    readonly value: string,
  ) {
    super(`${code}: ${value}`);
  }
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (，（）：；０-９Ａ-Ｚ) to half-width; ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/**
 * Normalise a header cell so aliases can be looked up: strip BOM, every space and newline,
 * and turn full-width punctuation half-width (`商品总价（元）` -> `商品总价(元)`, `收货地址 ` -> `收货地址`).
 */
export function normalizeHeader(header: string): string {
  return toHalfWidth(header.replace(/^\uFEFF/, "")).replace(/[\s\u00A0]+/g, "");
}

/**
 * Strip the wrappers exports put around values: `="123"`, `"=""123"""`, a leading `'`,
 * surrounding whitespace and quotes. Does not touch inner text.
 */
export function cleanCell(raw: string | undefined): string {
  if (raw === undefined) return "";
  let s = raw.trim();
  if (s.length === 0) return s;
  // A cell still in CSV quoting (`"=""123"""`, e.g. a CSV line pasted into a tab-separated
  // re-save): unwrap it and undo the doubled quotes first, so the `=` wrapper below is seen.
  if (s.length >= 2 && s.startsWith('"=') && s.endsWith('"')) s = s.slice(1, -1).replace(/""/g, '"').trim();
  if (s.startsWith("=")) {
    const m = /^="(.*)"$/s.exec(s) ?? /^=(.*)$/s.exec(s);
    if (m) s = (m[1] ?? "").trim();
  }
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
  if (s.startsWith("'")) s = s.slice(1).trim();
  if (s.startsWith("\t")) s = s.trim();
  return s;
}

/** Empty-ish placeholders exports use for "nothing": `-`, `无`, `null`. */
export function isBlank(s: string): boolean {
  return s === "" || s === "-" || s === "--" || s === "null" || s === "NULL" || s === "无";
}

/** Optional text: cleaned, undefined when blank. */
export function text(raw: string | undefined): string | undefined {
  const s = cleanCell(raw);
  return isBlank(s) ? undefined : s;
}

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;

/** True when Excel has already turned a long number into `1.93068E+15`: the digits are lost. */
export function isScientific(s: string): boolean {
  return SCIENTIFIC.test(s.trim());
}

/**
 * An external id (order number, sub-order id, product id): text, never a number.
 * Rejects values Excel has mangled into scientific notation.
 */
export function externalId(raw: string | undefined): string | undefined {
  const s = text(raw);
  if (s === undefined) return undefined;
  if (isScientific(s)) throw new CellError("scientific_notation", s);
  return s;
}

/** A tracking number without the `No:` prefix Taobao adds. */
export function trackingNumber(raw: string | undefined): string | undefined {
  const s = text(raw);
  return s?.replace(/^No[:：]\s*/i, "") || undefined;
}

const MONEY = /^([+-]?)(\d{1,15})(?:\.(\d{1,4}))?$/;

/**
 * Money text to integer 分. Accepts `598`, `34.00`, `0元`, `¥12.5`, `1,234.50`, `$12.00`.
 * Blank and `无退款申请` are 0. Rounds half away from zero past two decimals.
 * Throws CellError on anything else, including scientific notation.
 */
export function moneyFen(raw: string | undefined): number {
  let s = cleanCell(raw);
  if (isBlank(s) || s === "无退款申请") return 0;
  s = toHalfWidth(s)
    .replace(/[¥￥$€£]|元|RMB|CNY/gi, "")
    .replace(/,/g, "")
    .trim();
  if (isScientific(s)) throw new CellError("scientific_notation", raw ?? "");
  const m = MONEY.exec(s);
  if (!m) throw new CellError("invalid_number", raw ?? "");
  const sign = m[1] === "-" ? -1 : 1;
  const whole = Number(m[2]);
  const frac = (m[3] ?? "").padEnd(4, "0");
  const cents4 = Number(frac); // ten-thousandths of a unit
  const fen = whole * 100 + Math.floor(cents4 / 100) + (cents4 % 100 >= 50 ? 1 : 0);
  return sign * fen;
}

/** Money that may be absent: undefined when blank. */
export function optionalMoneyFen(raw: string | undefined): number | undefined {
  const s = cleanCell(raw);
  return isBlank(s) ? undefined : moneyFen(s);
}

/** A non-negative integer quantity (`3`, `3件`, `3.0`). Throws CellError otherwise. */
export function quantity(raw: string | undefined, fallback = 1): number {
  const s = toHalfWidth(cleanCell(raw))
    .replace(/件|个|pcs?/gi, "")
    .trim();
  if (isBlank(s)) return fallback;
  if (isScientific(s)) throw new CellError("scientific_notation", raw ?? "");
  const m = /^(\d{1,9})(?:\.0+)?$/.exec(s);
  if (!m) throw new CellError("invalid_number", raw ?? "");
  return Number(m[1]);
}

const MASK = /[*＊]{1,}|\u2022{2,}/;

/** True for platform-masked values: `138****1234`, `张*`, `t**1`, `****`. */
export function looksMasked(s: string): boolean {
  return MASK.test(s);
}

/** Wrap a personal-data value with its masked flag; undefined when blank. */
export function maybeMasked(raw: string | undefined): MaybeMasked | undefined {
  const s = text(raw);
  if (s === undefined) return undefined;
  return { value: s, masked: looksMasked(s) };
}

/**
 * Normalise a phone number for matching: digits only, mainland `+86`/`0086`/`86` prefix dropped.
 * Returns undefined for masked or implausible numbers (a masked phone never becomes a key).
 */
export function normalizePhone(raw: string | undefined): string | undefined {
  const s = text(raw);
  if (!s || looksMasked(s)) return undefined;
  let digits = toHalfWidth(s).replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) digits = digits.slice(1);
  if (digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2);
  if (digits.length < 7 || digits.length > 15) return undefined;
  return digits;
}

/** Normalise an email for matching: trimmed, lower-cased; undefined when masked or not an email. */
export function normalizeEmail(raw: string | undefined): string | undefined {
  const s = text(raw)?.toLowerCase();
  if (!s || looksMasked(s) || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) return undefined;
  return s;
}

/** Yes/no cells (`yes`, `no`, `true`, `是`, `否`, `1`, `0`); undefined when blank or unknown. */
export function yesNo(raw: string | undefined): boolean | undefined {
  const s = cleanCell(raw).toLowerCase();
  if (["yes", "y", "true", "1", "是", "subscribed"].includes(s)) return true;
  if (["no", "n", "false", "0", "否", "not_subscribed", "unsubscribed"].includes(s)) return false;
  return undefined;
}

/**
 * Parse SKU attributes: `颜色分类：黑色;尺码：XL` -> { 颜色分类: "黑色", 尺码: "XL" }.
 * Accepts `:`/`：` and `;`/`；`/`,`-separated pairs; a lone value becomes { 规格: value }.
 */
export function parseAttributes(raw: string | undefined): Record<string, string> {
  const s = text(raw);
  const out: Record<string, string> = {};
  if (!s) return out;
  for (const part of s.split(/[;；]|,(?=[^,:：]+[:：])/)) {
    const p = part.trim();
    if (!p) continue;
    const i = p.search(/[:：]/);
    if (i > 0) {
      const key = p.slice(0, i).trim();
      const value = p.slice(i + 1).trim();
      if (key && value) out[key] = value;
    } else {
      out.规格 = out.规格 ? `${out.规格};${p}` : p;
    }
  }
  return out;
}
