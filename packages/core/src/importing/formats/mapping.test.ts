import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isDomainError } from "../../shared/errors.ts";
import { loadColumnMapping, mappingParser, validateColumnMapping } from "./mapping.ts";
import { fixturePath, only, parseFile, tableOf } from "./parse-fixture.ts";
import type { ColumnMapping } from "./types.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "laoke-mapping-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function domainError(fn: () => unknown): { code: string; data: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, data: e.data };
    throw e;
  }
  throw new Error("expected a DomainError");
}

async function domainErrorAsync(
  promise: Promise<unknown>,
): Promise<{ code: string; data: Record<string, unknown> }> {
  try {
    await promise;
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, data: e.data };
    throw e;
  }
  throw new Error("expected a DomainError");
}

async function parseRows(mapping: ColumnMapping, header: string[], rows: string[][]) {
  const out = [];
  for await (const r of mappingParser.parse(tableOf(header, rows), { timeZone: "Asia/Shanghai", mapping }))
    out.push(r);
  return out;
}

const base: ColumnMapping = { columns: { externalId: "单号", createdAt: "时间", paidAmount: "实付" } };

describe("generic CSV with a mapping file", () => {
  it("maps the fixture: repeated orders give one item per row", async () => {
    const mapping = await loadColumnMapping(fixturePath("generic-orders.mapping.json"));
    const [parsed] = await parseFile(fixturePath("generic-orders.csv"), { mapping });
    expect(parsed?.parser.id).toBe("csv-mapping");
    const records = parsed?.records ?? [];
    const orders = only(records, "order");
    expect(orders.map((o) => [o.source.row, o.order.externalId, o.order.status, o.order.paidFen])).toEqual([
      [2, "A1001", "completed", 15800],
      [3, "A1001", "completed", 15800],
      [4, "A1002", "closed", 0],
      [5, "A1003", "paid", 4550],
      [8, "A1006", "completed", 1230],
    ]);
    expect(orders[0]?.order).toMatchObject({
      platform: "other",
      rawStatus: "已完成",
      createdAt: new Date("2024-01-05T02:00:00Z"),
      goodsFen: 15800,
      buyer: { platformCustomerId: "C001", phone: { value: "13800000001", masked: false } },
      receiver: {
        name: { value: "王小二", masked: false },
        province: "浙江省",
        city: "杭州市",
        district: "西湖区",
        address: { value: "文三路1号", masked: false },
      },
    });
    expect(orders[3]?.order).toMatchObject({
      shippingFen: 500,
      goodsFen: 4050,
      createdAt: new Date("2024-01-07T01:05:00Z"),
    });
    const items = only(records, "item");
    expect(
      items.map((i) => [
        i.orderExternalId,
        i.item.title,
        i.item.quantity,
        i.item.unitPriceFen,
        i.item.attributes,
      ]),
    ).toEqual([
      ["A1001", "茶叶礼盒", 1, 9800, { 规格: "500g" }],
      ["A1001", "茶杯", 2, 3000, {}],
      ["A1002", "茶叶礼盒", 1, 9800, {}],
      ["A1003", "茶包", 1, 4050, {}],
      ["A1006", "茶包", 1, 1230, {}],
    ]);
    expect(only(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [6, "状态", "invalid_status"],
      [7, "单号", "missing_field"],
    ]);
  });

  it("defaults the status from the paid amount when there is no status column", async () => {
    const records = await parseRows(
      base,
      ["单号", "时间", "实付"],
      [
        ["1", "2024-01-01 10:00:00", "12"],
        ["2", "2024-01-01 10:00:00", "0"],
      ],
    );
    expect(only(records, "order").map((o) => [o.order.status, o.order.rawStatus, o.order.goodsFen])).toEqual([
      ["completed", "", 1200],
      ["unpaid", "", 0],
    ]);
    expect(only(records, "item")).toEqual([]);
  });

  it("lets the mapping's statuses override the built-in vocabulary, and reads fen", async () => {
    const mapping: ColumnMapping = {
      platform: "shopify",
      columns: { ...base.columns, status: "状态", currency: "币种", refundedAmount: "退款" },
      statuses: { 交易成功: "paid", Done: "completed" },
      moneyUnit: "fen",
    };
    const records = await parseRows(
      mapping,
      ["单号", "时间", "实付", "状态", "币种", "退款"],
      [
        ["1", "2024-01-01 10:00:00", "1234", "交易成功", "usd", "34"],
        ["2", "2024-01-01 10:00:00", "5", "DONE", "", ""],
        ["3", "2024-01-01 10:00:00", "5", "wc-processing", "", ""],
        ["4", "2024-01-01 10:00:00", "5", "等待买家付款", "", ""],
      ],
    );
    expect(only(records, "order").map((o) => [o.order.platform, o.order.status, o.order.paidFen])).toEqual([
      ["shopify", "paid", 1234],
      ["shopify", "completed", 5],
      ["shopify", "paid", 5],
      ["shopify", "unpaid", 5],
    ]);
    expect(only(records, "order")[0]?.order).toMatchObject({ currency: "USD", refundedFen: 34 });
  });

  it("rejects a mapped column missing from the file", async () => {
    const error = await domainErrorAsync(
      parseRows({ columns: { ...base.columns, buyerId: "客户" } }, ["单号", "时间", "实付"], []),
    );
    expect(error).toEqual({
      code: "mapping_invalid",
      data: { file: "test.csv", field: "buyerId", column: "客户" },
    });
  });

  it("needs a mapping", async () => {
    const run = async () => {
      for await (const _ of mappingParser.parse(tableOf(["a"], []), { timeZone: "UTC" }));
    };
    expect((await domainErrorAsync(run())).code).toBe("mapping_required");
    expect(mappingParser.detect(["单号", "时间", "实付"])).toBe(0);
  });
});

describe("mapping validation", () => {
  it.each([
    [{ columns: { ...base.columns, orderNo: "x" } }, "orderNo"],
    [{ columns: { createdAt: "时间", paidAmount: "实付" } }, "externalId"],
    [{ columns: { ...base.columns }, statuses: { 完成: "done" } }, "statuses.完成"],
    [{ columns: { ...base.columns }, moneyUnit: "cents" }, "moneyUnit"],
    [{ columns: { ...base.columns }, extra: true }, "extra"],
    [{ columns: "单号" }, "columns"],
    [{ columns: { ...base.columns, city: " " } }, "columns.city"],
  ])("rejects %j naming %s", (mapping, field) => {
    expect(domainError(() => validateColumnMapping(mapping))).toMatchObject({
      code: "mapping_invalid",
      data: { field },
    });
  });

  it("accepts a valid mapping", () => {
    expect(validateColumnMapping({ ...base, statuses: { 完成: "completed" } })).toEqual({
      ...base,
      statuses: { 完成: "completed" },
    });
  });

  it("loads mapping files, reporting bad JSON and missing files", async () => {
    const bad = path.join(tmp, "bad.json");
    fs.writeFileSync(bad, "{ columns: ");
    expect(await domainErrorAsync(loadColumnMapping(bad))).toEqual({
      code: "mapping_invalid",
      data: { file: bad },
    });
    const bom = path.join(tmp, "bom.json");
    fs.writeFileSync(bom, `\uFEFF${JSON.stringify(base)}`);
    expect(await loadColumnMapping(bom)).toEqual(base);
    const unknown = path.join(tmp, "unknown.json");
    fs.writeFileSync(unknown, JSON.stringify({ columns: { ...base.columns, foo: "x" } }));
    expect(await domainErrorAsync(loadColumnMapping(unknown))).toEqual({
      code: "mapping_invalid",
      data: { file: unknown, field: "foo" },
    });
    expect((await domainErrorAsync(loadColumnMapping(path.join(tmp, "nope.json")))).code).toBe(
      "file_unreadable",
    );
  });
});
