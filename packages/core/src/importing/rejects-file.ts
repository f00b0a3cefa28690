/**
 * The rejects CSV a user opens in Excel to fix bad rows: UTF-8 with BOM (so Excel shows Chinese),
 * one line per rejected row with file, row, field, reason and the original cells. Cells that
 * Excel would run as formulas (= + - @, tab, CR) are prefixed with `'` (CSV injection).
 */
import fs from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify";
import type { RowReject } from "./model.ts";

/** Neutralise spreadsheet formula injection in one cell. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Streaming writer of the rejects CSV; opens the file on the first reject only. */
export class RejectsFile {
  private stream?: ReturnType<typeof stringify>;
  private done?: Promise<void>;
  count = 0;

  constructor(
    readonly filePath: string,
    private readonly header: readonly string[],
    private readonly describe: (reject: RowReject) => string,
  ) {}

  /** Append one reject. */
  write(reject: RowReject): void {
    if (!this.stream) this.open();
    this.count++;
    const raw = Object.entries(reject.raw)
      .map(([k, v]) => `${k.trim()}=${v}`)
      .join("; ");
    this.stream?.write(
      [reject.file, String(reject.row), reject.field ?? "", reject.code, this.describe(reject), raw].map(
        safeCell,
      ),
    );
  }

  /** Forget everything written so far (the import starts over on another path). */
  async reset(): Promise<void> {
    if (this.stream) {
      this.stream.end();
      await this.done;
      fs.rmSync(this.filePath, { force: true });
      this.stream = undefined;
      this.done = undefined;
    }
    this.count = 0;
  }

  /** Finish the file; returns its path, or undefined when nothing was rejected. */
  async close(): Promise<string | undefined> {
    if (!this.stream) return undefined;
    this.stream.end();
    await this.done;
    return this.filePath;
  }

  private open(): void {
    fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
    const out = fs.createWriteStream(this.filePath);
    out.write("\uFEFF");
    this.stream = stringify({ header: true, columns: [...this.header] });
    this.stream.pipe(out);
    this.done = new Promise((resolve, reject) => {
      out.on("finish", () => resolve());
      out.on("error", reject);
    });
  }
}
