import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../../shared/errors.ts";
import { openTables } from "../source/open.ts";
import type { Table } from "../source/table.ts";
import { loadColumnMapping, mappingParser } from "./mapping.ts";
import { fixturePath, tableOf } from "./parse-fixture.ts";
import { ALL_PARSERS, detectParser } from "./registry.ts";
import type { ColumnMapping, ImportFormat } from "./types.ts";

async function tablesOf(file: string): Promise<Table[]> {
  const out: Table[] = [];
  for await (const table of openTables(file, { displayName: path.basename(file) })) {
    out.push(table);
    // Tables of a workbook stream in order: drain each before asking for the next.
    for await (const _ of table.rows);
  }
  return out;
}

function detectError(table: Table, forced?: ImportFormat, mapping?: ColumnMapping) {
  try {
    detectParser(table, forced, mapping);
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, data: e.data };
    throw e;
  }
  throw new Error("expected a DomainError");
}

describe("detectParser on every fixture", () => {
  it.each([
    ["taobao-orders-54col-gb18030.csv", ["taobao-orders"]],
    ["taobao-orders-37col-utf8.csv", ["taobao-orders"]],
    ["taobao-orders-41col-utf8-bom.csv", ["taobao-orders"]],
    ["taobao-orders-customs-utf8.csv", ["taobao-orders"]],
    ["taobao-orders-masked-utf8.csv", ["taobao-orders"]],
    ["taobao-orders-multiline-message.csv", ["taobao-orders"]],
    ["taobao-orders-excel-unicode-text.xls", ["taobao-orders"]],
    ["taobao-orders-truncated-gb18030.csv", ["taobao-orders"]],
    ["taobao-items-gb18030.csv", ["taobao-items"]],
    ["qianniu-orders-21col.csv", ["qianniu-orders"]],
    ["qianniu-suborders.csv", ["qianniu-suborders"]],
    ["qianniu-orders-and-lines.xlsx", ["qianniu-orders", "qianniu-suborders"]],
    ["tmall-cangfa-suborders.csv", ["qianniu-suborders"]],
  ])("%s -> %j", async (name, ids) => {
    const tables = await tablesOf(fixturePath(name));
    expect(tables.map((t) => detectParser(t).id)).toEqual(ids);
  });

  it("detects CDNOW", async () => {
    const cdnow = path.resolve(import.meta.dirname, "../../../../../../shared/data/CDNOW_sample.txt");
    const [table] = await tablesOf(cdnow);
    expect(table && detectParser(table).id).toBe("cdnow");
  });

  // The JD/PDD/Shopify/WooCommerce parsers come with their own fixtures (formats/fixtures).
  const otherFixtures = path.join(import.meta.dirname, "fixtures");
  const expected = (name: string): string | undefined =>
    name.startsWith("jd-")
      ? "jd-orders"
      : name.startsWith("pdd-")
        ? "pdd-orders"
        : name.startsWith("shopify-orders")
          ? "shopify-orders"
          : name.startsWith("shopify-customers")
            ? "shopify-customers"
            : name.startsWith("woo-")
              ? "woocommerce-orders"
              : undefined;
  const others = fs.existsSync(otherFixtures)
    ? fs.readdirSync(otherFixtures).filter((f) => f.endsWith(".csv") && expected(f))
    : [];
  it.each(others)("other formats: %s", async (name) => {
    const [table] = await tablesOf(path.join(otherFixtures, name));
    expect(table && detectParser(table).id).toBe(expected(name));
  });

  it("never lets two parsers claim a fixture with the same score", async () => {
    const names = [
      "taobao-orders-54col-gb18030.csv",
      "taobao-items-gb18030.csv",
      "qianniu-orders-21col.csv",
      "qianniu-suborders.csv",
    ];
    for (const name of names) {
      const [table] = await tablesOf(fixturePath(name));
      const scores = ALL_PARSERS.map((p) => p.detect(table?.header ?? [])).sort((a, b) => b - a);
      expect(scores[0]).toBeGreaterThan(scores[1] ?? 0);
    }
  });
});

describe("detectParser errors and overrides", () => {
  it("reports an unknown header with its first names", async () => {
    const [table] = await tablesOf(fixturePath("unknown-format.csv"));
    expect(table && detectError(table)).toEqual({
      code: "unknown_format",
      data: { file: "unknown-format.csv", header: "姓名,年龄,城市" },
    });
  });

  it("names the sheet of an unknown workbook table", () => {
    const table = { ...tableOf(["a", "b", "c", "d", "e", "f", "g", "h", "i"], []), sheet: "发货报表" };
    expect(detectError(table)).toEqual({
      code: "unknown_format",
      data: { file: "test.csv", sheet: "发货报表", header: "a,b,c,d,e,f,g,h" },
    });
  });

  it("restricts detection to a forced format, treating Qianniu as Taobao", async () => {
    const [orders] = await tablesOf(fixturePath("taobao-orders-54col-gb18030.csv"));
    const [qianniu] = await tablesOf(fixturePath("qianniu-suborders.csv"));
    if (!orders || !qianniu) throw new Error("fixtures missing");
    expect(detectParser(orders, "taobao").id).toBe("taobao-orders");
    expect(detectParser(qianniu, "taobao").id).toBe("qianniu-suborders");
    expect(detectParser(orders, "taobao-qianniu").id).toBe("taobao-orders");
    expect(detectError(orders, "jd")).toEqual({
      code: "format_mismatch",
      data: { file: "taobao-orders-54col-gb18030.csv", format: "jd" },
    });
  });

  it("uses the mapped parser with a mapping, and requires one for --format csv", async () => {
    const [table] = await tablesOf(fixturePath("generic-orders.csv"));
    if (!table) throw new Error("fixture missing");
    const mapping = await loadColumnMapping(fixturePath("generic-orders.mapping.json"));
    expect(detectParser(table, undefined, mapping)).toBe(mappingParser);
    expect(detectParser(table, "csv", mapping)).toBe(mappingParser);
    expect(detectError(table, "csv")).toEqual({
      code: "mapping_required",
      data: { file: "generic-orders.csv" },
    });
    expect(detectError(table).code).toBe("unknown_format");
  });

  it("has unique parser ids", () => {
    const ids = ALL_PARSERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
