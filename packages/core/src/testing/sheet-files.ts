/**
 * Test factory: small exports written the way platforms and Excel write them — CSV in GB18030
 * (Taobao's default) or UTF-8 with a BOM, or an XLSX workbook — so review and roster imports
 * are tested through the real readers.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Write a CSV of `header` and `rows` into `dir`; returns its path. */
export function writeCsv(
  dir: string,
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  encoding: "gb18030" | "utf-8" = "gb18030",
): string {
  fs.mkdirSync(dir, { recursive: true });
  const text = [header, ...rows].map((r) => `${r.map(csvCell).join(",")}\r\n`).join("");
  const file = path.join(dir, name);
  fs.writeFileSync(file, encoding === "gb18030" ? iconv.encode(text, "gb18030") : `\uFEFF${text}`);
  return file;
}

/** Write an XLSX workbook with one sheet of `header` and `rows` into `dir`; returns its path. */
export async function writeXlsx(
  dir: string,
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  sheet = "Sheet1",
): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([...header]);
  for (const r of rows) ws.addRow([...r]);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}
