import { describe, expect, it } from "vitest";
import { CellError } from "../cells.ts";
import type { ImportRecord } from "../model.ts";
import type { Table, TableRow } from "../source/table.ts";
import { columnIndex, countPresent, headerKeys, TAOBAO_ALIASES } from "./columns.ts";
import { only, tableOf } from "./parse-fixture.ts";
import { mapRows, rawCells } from "./row-mapper.ts";

describe("columnIndex", () => {
  const table = tableOf(["订单编号", "收货地址 ", "店铺ID", "买家实付金额", "商家备注", "订单备注"], []);
  const col = columnIndex(table, TAOBAO_ALIASES);

  it("finds columns by normalised name, ignoring trailing spaces and case", () => {
    expect(col.index("收货地址")).toBe(1);
    expect(col.index("店铺Id")).toBe(2);
    expect(col.has("订单编号")).toBe(true);
    expect(col.has("买家会员名")).toBe(false);
  });

  it("resolves aliases, preferring the exact name", () => {
    expect(col.index("买家实际支付金额")).toBe(3);
    expect(col.index("商家备注")).toBe(4);
    expect(col.index("订单备注")).toBe(5);
    expect(columnIndex(tableOf(["商家备注"], []), TAOBAO_ALIASES).index("订单备注")).toBe(0);
  });

  it("reads cells and names columns as written", () => {
    expect(col.get(["1", "地址"], "收货地址")).toBe("地址");
    expect(col.get(["1"], "收货地址")).toBeUndefined();
    expect(col.get(["1"], "买家会员名")).toBeUndefined();
    expect(col.rawName("收货地址")).toBe("收货地址 ");
    expect(col.rawName("买家会员名")).toBe("买家会员名");
    expect(col.ref("店铺Id")).toEqual({ index: 2, name: "店铺ID" });
  });

  it("counts markers for detection scores", () => {
    const keys = headerKeys(table.header);
    expect(countPresent(keys, ["订单编号", "收货地址", "买家会员名"])).toBe(2);
  });
});

describe("mapRows", () => {
  const header = ["id", "amount"];
  const run = async (rows: TableRow[], map: (cells: readonly string[]) => ImportRecord) => {
    const table: Table = {
      ...tableOf(header, []),
      rows: {
        async *[Symbol.asyncIterator]() {
          yield* rows;
        },
      },
    };
    const col = columnIndex(table);
    const amount = col.ref("amount");
    const out: ImportRecord[] = [];
    for await (const r of mapRows(table, "UTC", (reader) => {
      reader.money(amount);
      return map(reader.cells);
    }))
      out.push(r);
    return out;
  };
  const customer = (cells: readonly string[]): ImportRecord => ({
    kind: "customer",
    customer: { platform: "other", platformCustomerId: cells[0] },
    source: { file: "test.csv", row: 0 },
  });

  it("turns a CellError into a reject naming the column, and carries on", async () => {
    const out = await run(
      [
        { row: 2, cells: ["a", "1x"] },
        { row: 3, cells: ["b", "2"] },
      ],
      customer,
    );
    expect(only(out, "reject").map((r) => r.reject)).toEqual([
      {
        file: "test.csv",
        row: 2,
        field: "amount",
        code: "invalid_number",
        message: "invalid_number: 1x",
        raw: { id: "a", amount: "1x" },
      },
    ]);
    expect(only(out, "customer")).toHaveLength(1);
  });

  it("rejects truncated rows and rows with cells beyond the header", async () => {
    const out = await run(
      [
        { row: 2, cells: ["a", "1", "", " "] },
        { row: 3, cells: ["b", "1", "shifted"] },
        { row: 4, cells: [], incomplete: true },
      ],
      customer,
    );
    expect(out.map((r) => (r.kind === "reject" ? [r.reject.row, r.reject.code] : r.kind))).toEqual([
      "customer",
      [3, "malformed_row"],
      [4, "malformed_row"],
    ]);
  });

  it("lets programming errors through", async () => {
    await expect(
      run([{ row: 2, cells: ["a", "1"] }], () => {
        throw new TypeError("bug");
      }),
    ).rejects.toThrow(TypeError);
  });

  it("keys raw cells by header, disambiguating duplicates and extras", () => {
    expect(rawCells({ rawHeader: ["a", "a", ""] }, ["1", "2", "3", "4"])).toEqual({
      a: "1",
      "a#2": "2",
      col3: "3",
      col4: "4",
    });
    expect(new CellError("missing_field", "").message).toBe("missing_field: ");
  });
});
