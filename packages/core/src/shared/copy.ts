/**
 * COPY … FROM STDIN in PostgreSQL's text format: the fastest way to move rows into PostgreSQL
 * (no per-row round trips, no SQL parsing). Used for the import's staging tables and the analytics results.
 */

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A cell for COPY text format: null, text, number, boolean, Date or a JSON-able object. */
export type CopyValue = string | number | boolean | Date | null | undefined | Record<string, unknown>;

const SPECIAL = /[\\\t\n\r]/;

/** Escape one value for COPY text format (`\N` is null). */
export function copyCell(v: CopyValue): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (v instanceof Date) return v.toISOString();
  const s = typeof v === "string" ? v : JSON.stringify(v);
  if (!SPECIAL.test(s)) return s;
  return s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** One COPY text line (with trailing newline) from a row of values. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += "\t";
    line += copyCell(values[i]);
  }
  return `${line}\n`;
}

/**
 * COPY lines gathered as UTF-8 bytes, for rows that wait for a batch to fill: kept as strings
 * they would survive several young-generation collections and be copied by each; here each
 * line's string dies at once and the batch lives outside V8's heap.
 *
 * Two buffers take turns, so a steady import allocates nothing: the bytes `take` returns stay
 * valid until the next-but-one `take`. Writers take a batch only after the previous batch's
 * COPY has finished (they await it first), which is what makes the reuse safe.
 */
export class CopyBuffer {
  private buf: Buffer;
  private spare: Buffer;
  private pos = 0;
  /** Lines gathered since the last `take`. */
  lines = 0;

  constructor(initialBytes = 1 << 20) {
    this.buf = Buffer.allocUnsafe(initialBytes);
    this.spare = Buffer.allocUnsafe(initialBytes);
  }

  push(line: string): void {
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8.
    const most = line.length * 3;
    if (this.pos + most > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + most));
      this.buf.copy(bigger, 0, 0, this.pos);
      this.buf = bigger;
    }
    this.pos += this.buf.write(line, this.pos, "utf8");
    this.lines++;
  }

  /** The bytes gathered so far (valid until the next-but-one call); gathering starts over in the other buffer. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    const next = this.spare;
    this.spare = this.buf;
    this.buf = next;
    this.pos = 0;
    this.lines = 0;
    return out;
  }
}

/** Stream prepared COPY lines (strings, or the bytes of a CopyBuffer) into `table (columns)` on `client`. */
export async function copyLines(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly string[],
  lines: readonly string[] | Buffer,
): Promise<void> {
  if (lines.length === 0) return;
  if (Buffer.isBuffer(lines)) {
    const stream = client.query(copyFrom(`copy ${table} (${columns.join(", ")}) from stdin`));
    await pipeline(Readable.from([lines]), stream);
    return;
  }
  await copyStream(client, table, columns, lines);
}

/** Stream COPY lines (or batches of lines) from an iterable: PostgreSQL ingests while the caller produces. */
export async function copyStream(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly string[],
  lines: AsyncIterable<string | string[]> | Iterable<string | string[]>,
): Promise<void> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(", ")}) from stdin`));
  // One big chunk per ~256 KiB keeps syscalls few without holding another copy of the data.
  // A plain loop for arrays: `for await` would cost a microtask per line on the import's hot path.
  async function* chunks() {
    let buf = "";
    if (Symbol.asyncIterator in lines) {
      for await (const l of lines) {
        buf += typeof l === "string" ? l : l.join("");
        if (buf.length > 262_144) {
          yield buf;
          buf = "";
        }
      }
    } else {
      for (const l of lines) {
        buf += typeof l === "string" ? l : l.join("");
        if (buf.length > 262_144) {
          yield buf;
          buf = "";
        }
      }
    }
    if (buf) yield buf;
  }
  await pipeline(Readable.from(chunks()), stream);
}
