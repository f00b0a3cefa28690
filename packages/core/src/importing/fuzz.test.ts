/**
 * Property tests of the whole read path (openTables + detectParser + parser): whatever bytes
 * arrive, the only exception is a DomainError, and no data row disappears silently.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { isDomainError } from "../shared/errors.ts";
import { loadColumnMapping } from "./formats/mapping.ts";
import { detectParser } from "./formats/registry.ts";
import type { ColumnMapping } from "./formats/types.ts";
import { openTables } from "./source/open.ts";
import type { TableRow } from "./source/table.ts";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const fixtureNames = fs.readdirSync(FIXTURES).filter((f) => /\.(csv|xls|xlsx)$/.test(f));
const fixtureBytes = new Map(fixtureNames.map((f) => [f, fs.readFileSync(path.join(FIXTURES, f))]));
const mapping: ColumnMapping = await loadColumnMapping(path.join(FIXTURES, "generic-orders.mapping.json"));

/** Parsers that emit at least one record or reject carrying each data row's number. */
const ROW_ACCOUNTED = new Set([
  "taobao-orders",
  "taobao-items",
  "qianniu-orders",
  "qianniu-suborders",
  "cdnow",
  "csv-mapping",
]);
/** Parsers that emit exactly one record or reject per data row. */
const ONE_PER_ROW = new Set(["taobao-orders", "taobao-items", "qianniu-orders", "cdnow"]);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "laoke-fuzz-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let counter = 0;

/** Import a byte buffer as a file; returns normally or with a DomainError, and checks row accounting. */
async function importBytes(bytes: Uint8Array, name: string, withMapping = false): Promise<void> {
  const file = path.join(tmp, `${counter++}-${name}`);
  fs.writeFileSync(file, bytes);
  try {
    for await (const table of openTables(file)) {
      let parser: ReturnType<typeof detectParser>;
      try {
        parser = detectParser(table, undefined, withMapping ? mapping : undefined);
      } catch (e) {
        if (!isDomainError(e)) throw e;
        for await (const _ of table.rows); // workbook tables stream in order
        continue;
      }
      const rowsIn: number[] = [];
      const counted = {
        ...table,
        rows: {
          async *[Symbol.asyncIterator]() {
            for await (const row of table.rows as AsyncIterable<TableRow>) {
              rowsIn.push(row.row);
              yield row;
            }
          },
        },
      };
      const rowsOut: number[] = [];
      for await (const record of parser.parse(counted, { timeZone: "Asia/Shanghai", mapping })) {
        rowsOut.push(record.kind === "reject" ? record.reject.row : record.source.row);
      }
      if (ROW_ACCOUNTED.has(parser.id)) expect(new Set(rowsOut)).toEqual(new Set(rowsIn));
      if (ONE_PER_ROW.has(parser.id)) expect(rowsOut).toHaveLength(rowsIn.length);
    }
  } catch (e) {
    if (!isDomainError(e)) throw e;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const fixtureArb = fc.constantFrom(...fixtureNames);
// FUZZ_RUNS=2000 for a deeper local run; the default keeps the suite fast.
const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 40) };

describe("fuzzing the import read path", () => {
  it("survives random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => importBytes(bytes, "random.csv")),
      runs,
    );
  });

  it("survives CSV-ish noise under a real header", async () => {
    const header = fixtureBytes.get("taobao-orders-37col-utf8.csv")?.toString("utf8").split("\n")[0] ?? "";
    const alphabet = fc.constantFrom(
      ",",
      '"',
      "\n",
      "\r",
      "=",
      "'",
      "元",
      "0",
      "1",
      "9",
      ".",
      "-",
      "E",
      "+",
      "*",
      "交易成功",
      " ",
      "\t",
      ":",
      "/",
    );
    const noise = fc.array(alphabet, { maxLength: 600 }).map((parts) => parts.join(""));
    await fc.assert(
      fc.asyncProperty(noise, async (body) =>
        importBytes(Buffer.from(`${header}\n${body}`, "utf8"), "noise.csv"),
      ),
      runs,
    );
  });

  it("survives truncated fixtures", async () => {
    await fc.assert(
      fc.asyncProperty(fixtureArb, fc.double({ min: 0, max: 1, noNaN: true }), async (name, at) => {
        const bytes = fixtureBytes.get(name) ?? Buffer.alloc(0);
        await importBytes(bytes.subarray(0, Math.floor(bytes.length * at)), name, name.startsWith("generic"));
      }),
      runs,
    );
  });

  it("survives mis-encoded and bit-flipped fixtures", async () => {
    const encodings = ["latin1", "utf-16le", "utf-16be", "gb18030", "utf8"] as const;
    await fc.assert(
      fc.asyncProperty(
        fixtureArb,
        fc.constantFrom(...encodings),
        fc.constantFrom(...encodings),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (name, from, to, flips) => {
          const original = fixtureBytes.get(name) ?? Buffer.alloc(0);
          const bytes = name.endsWith(".xlsx")
            ? Buffer.from(original)
            : iconv.encode(iconv.decode(original, from), to);
          for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
          await importBytes(bytes, name, name.startsWith("generic"));
        },
      ),
      runs,
    );
  });

  it("accounts for every row of every intact fixture", async () => {
    for (const name of fixtureNames)
      await importBytes(fixtureBytes.get(name) ?? Buffer.alloc(0), name, name.startsWith("generic"));
  });
});
