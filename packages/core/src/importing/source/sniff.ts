/**
 * Cheap guesses made on the first bytes of a file: container kind (XLSX zip, legacy OLE2 .xls,
 * text), text encoding and delimiter. Pure functions so they can be tested byte by byte.
 */

/** Text encodings laoke decodes (iconv-lite names). */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** What the leading bytes say the file is. */
export type FileKind = "zip" | "ole2" | "text";

/** Container kind from magic bytes, never from the file extension (exports get renamed). */
export function sniffKind(head: Uint8Array): FileKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "zip";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "ole2";
  return "text";
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Guess the encoding of a text file from its head: BOM first, then a UTF-16 zero-byte pattern
 * (BOM-less "Unicode text"), then strict UTF-8 validation, else GB18030 (a superset of GBK,
 * what Taobao's classic CSV export writes).
 */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const utf16 = sniffUtf16WithoutBom(head);
  if (utf16) return utf16;
  return isUtf8(head) ? "utf-8" : "gb18030";
}

/** Strict UTF-8 check that forgives an incomplete multi-byte sequence at the very end (a cut sample). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes.subarray(0, completeUtf8Length(bytes)));
    return true;
  } catch {
    return false;
  }
}

/** Length of `bytes` without a trailing, incomplete UTF-8 sequence (at most 3 bytes are dropped). */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    if (b < 0xc0) return n; // ASCII (or a stray byte the strict decoder will reject anyway)
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > back ? n - back : n;
  }
  return n;
}

function sniffUtf16WithoutBom(head: Uint8Array): TextEncoding | undefined {
  // ASCII-heavy UTF-16 text (headers, digits, delimiters) has a zero in every other byte.
  const n = Math.min(head.length, 1024) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

/** Delimiters laoke recognises; "whitespace" means runs of spaces/tabs (CDNOW-style columns). */
export type Delimiter = "," | "\t" | ";" | "whitespace";

const NUMERIC_TOKEN = /^[+-]?\d+(?:\.\d+)?$/;
const WHITESPACE_RUN = /\s+/;

/**
 * Pick the delimiter from the first line: the most frequent of tab, comma and semicolon outside
 * quotes (ties prefer tab, then comma: Excel "Unicode text" is tab-separated). A line with none of
 * them whose whitespace-separated tokens are all numbers is a headerless whitespace table (CDNOW).
 */
export function sniffDelimiter(firstLine: string): Delimiter {
  let tabs = 0;
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < firstLine.length; i++) {
    const c = firstLine.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x09) tabs++;
    else if (c === 0x2c) commas++;
    else if (c === 0x3b) semicolons++;
  }
  if (tabs > 0 && tabs >= commas && tabs >= semicolons) return "\t";
  if (commas > 0 && commas >= semicolons) return ",";
  if (semicolons > 0) return ";";
  if (isNumericWhitespaceLine(firstLine)) return "whitespace";
  return ",";
}

/** True for a line like ` 00004 0001 19970101  2   29.33`: two or more numeric tokens. */
export function isNumericWhitespaceLine(line: string): boolean {
  const tokens = splitWhitespace(line);
  return tokens.length >= 2 && tokens.every((t) => NUMERIC_TOKEN.test(t));
}

/** Split a whitespace-separated line into its non-empty tokens. */
export function splitWhitespace(line: string): string[] {
  const trimmed = line.trim();
  return trimmed === "" ? [] : trimmed.split(WHITESPACE_RUN);
}

/**
 * True when decoded header text is not text at all: a replacement character, a NUL, or more than
 * a fifth control characters means the bytes were binary or the encoding guess was wrong.
 */
export function looksUndecodable(s: string): boolean {
  if (s.includes("\uFFFD") || s.includes("\u0000")) return true;
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  return s.length > 0 && control / s.length > 0.2;
}
