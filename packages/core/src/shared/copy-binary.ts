/**
 * Rows in PostgreSQL's binary COPY format, for the widest numeric writes (a full analytics run
 * writes 40 columns for each of a shop's customers). Text COPY spent most of that run's time
 * turning numbers and times into text and PostgreSQL turning them back; binary COPY writes each
 * value's bytes as the column's type stores them. Only the types laoke writes this way are here.
 * Format: https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** The column types a binary row can hold. */
export type BinaryColumnType = "int8" | "int4" | "int2" | "float4" | "text" | "date" | "timestamptz";

// "PGCOPY\n\377\r\n\0", flags 0, no header extension.
const HEADER = Buffer.from([
  0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
]);
const TRAILER = Buffer.from([0xff, 0xff]);
/** 2000-01-01, PostgreSQL's epoch, in Unix days and milliseconds. */
const PG_EPOCH_DAYS = 10_957;
const PG_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;

/** A growing buffer of binary COPY rows; `take` hands over what is written so far. */
export class BinaryRows {
  private buf: Buffer;
  private pos = 0;

  constructor(private readonly chunkSize = 1 << 20) {
    this.buf = Buffer.allocUnsafe(chunkSize);
  }

  get byteLength(): number {
    return this.pos;
  }

  /** Start a row of `fields` values. */
  row(fields: number): void {
    this.ensure(2);
    this.buf.writeInt16BE(fields, this.pos);
    this.pos += 2;
  }

  /**
   * One value of the given column type (null, undefined or a non-finite number: SQL null).
   * Integers must be whole, as text COPY would insist; dates are days since 1970-01-01 and
   * timestamps milliseconds since 1970-01-01 UTC.
   */
  value(type: BinaryColumnType, v: number | string | null | undefined): void {
    if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) {
      this.ensure(4);
      this.buf.writeInt32BE(-1, this.pos);
      this.pos += 4;
      return;
    }
    if (type === "text") {
      const text = String(v);
      const bytes = Buffer.byteLength(text);
      this.ensure(4 + bytes);
      this.buf.writeInt32BE(bytes, this.pos);
      this.buf.write(text, this.pos + 4, bytes, "utf8");
      this.pos += 4 + bytes;
      return;
    }
    if (typeof v !== "number") throw new TypeError(`binary COPY: ${type} needs a number, got ${typeof v}`);
    switch (type) {
      case "float4":
        this.sized(4).writeFloatBE(v, this.pos - 4);
        return;
      case "int2":
        this.sized(2).writeInt16BE(whole(v, type), this.pos - 2);
        return;
      case "int4":
        this.sized(4).writeInt32BE(whole(v, type), this.pos - 4);
        return;
      case "date":
        this.sized(4).writeInt32BE(whole(v, type) - PG_EPOCH_DAYS, this.pos - 4);
        return;
      case "int8":
        this.int64(whole(v, type));
        return;
      case "timestamptz":
        this.int64(Math.round((v - PG_EPOCH_MS) * 1000));
        return;
    }
  }

  /** The rows written so far (a copy), and an empty buffer for the next ones. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.pos));
    this.pos = 0;
    return out;
  }

  /** An int64 from a safe integer: high word by floor division, so negatives are two's complement. */
  private int64(v: number): void {
    const high = Math.floor(v / TWO_32);
    this.sized(8);
    this.buf.writeInt32BE(high, this.pos - 8);
    this.buf.writeUInt32BE(v - high * TWO_32, this.pos - 4);
  }

  /** Room for a value of `bytes` bytes after its length word, both counted as written. */
  private sized(bytes: number): Buffer {
    this.ensure(4 + bytes);
    this.buf.writeInt32BE(bytes, this.pos);
    this.pos += 4 + bytes;
    return this.buf;
  }

  private ensure(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes, this.chunkSize));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
}

function whole(v: number, type: BinaryColumnType): number {
  if (!Number.isInteger(v)) throw new RangeError(`binary COPY: ${type} needs a whole number, got ${v}`);
  return v;
}

/** Stream binary COPY rows (chunks from BinaryRows.take) into `table (columns)` on `client`. */
export async function copyBinaryStream(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly string[],
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
): Promise<void> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(", ")}) from stdin (format binary)`));
  async function* framed() {
    yield HEADER;
    for await (const chunk of chunks) yield chunk;
    yield TRAILER;
  }
  await pipeline(Readable.from(framed()), stream);
}
