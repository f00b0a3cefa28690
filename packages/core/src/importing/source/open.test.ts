import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { isDomainError } from "../../shared/errors.ts";
import { openTables } from "./open.ts";
import type { Table, TableRow } from "./table.ts";
import { cellText, dateText, numberText } from "./xlsx-table.ts";

const fixture = (name: string) => path.join(import.meta.dirname, "../fixtures", name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "laoke-open-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, data: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  return file;
}

interface ReadTable {
  table: Table;
  rows: TableRow[];
}

async function readAll(file: string, displayName?: string): Promise<ReadTable[]> {
  const out: ReadTable[] = [];
  for await (const table of openTables(file, displayName ? { displayName } : {})) {
    const rows: TableRow[] = [];
    for await (const row of table.rows) rows.push(row);
    out.push({ table, rows });
  }
  return out;
}

async function errorOf(file: string): Promise<{ code: string; data: Record<string, unknown> }> {
  try {
    await readAll(file);
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, data: e.data };
    throw e;
  }
  throw new Error("expected a DomainError");
}

describe("text files", () => {
  it("reads the GB18030 Taobao export with its trailing-space headers", async () => {
    const [t] = await readAll(fixture("taobao-orders-54col-gb18030.csv"), "ExportOrderList201605231400.csv");
    expect(t?.table).toMatchObject({
      file: "ExportOrderList201605231400.csv",
      encoding: "gb18030",
      delimiter: ",",
    });
    expect(t?.table.rawHeader).toHaveLength(54);
    expect(t?.table.rawHeader[13]).toBe("收货地址 ");
    expect(t?.table.header[13]).toBe("收货地址");
    expect(t?.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(t?.rows[0]?.cells[0]).toBe('="1930679858170647"');
    expect(t?.rows[0]?.cells[12]).toBe("张三");
  });

  it("drops a UTF-8 BOM and unquotes strict-CSV formula cells", async () => {
    const [t] = await readAll(fixture("taobao-orders-41col-utf8-bom.csv"));
    expect(t?.table.encoding).toBe("utf-8");
    expect(t?.table.rawHeader[0]).toBe("订单编号");
    expect(t?.table.rawHeader).toHaveLength(41);
    expect(t?.rows[0]?.cells[0]).toBe('="1930679858170647"');
  });

  it("reads Excel 'Unicode text' (UTF-16LE, tabs) whatever its .xls name", async () => {
    const [t] = await readAll(fixture("taobao-orders-excel-unicode-text.xls"));
    expect(t?.table).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
    expect(t?.table.header[0]).toBe("订单编号");
    expect(t?.rows[0]?.cells[17]).toBe("2016/5/23 22:02");
    expect(t?.rows[2]?.cells[0]).toBe("1.93068E+15");
  });

  it("numbers rows as a spreadsheet does when a quoted field spans lines", async () => {
    const [t] = await readAll(fixture("taobao-orders-multiline-message.csv"));
    expect(t?.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(t?.rows[0]?.cells[11]).toBe('周末送货\r\n不要放快递柜，谢谢"老板"\r\n——小明');
    expect(t?.rows[1]?.cells[11]).toBe('say "hi", please');
  });

  it("counts blank lines in row numbers but yields no blank rows", async () => {
    const file = tmpFile("blank-lines.csv", "a,b\r\n1,2\r\n\r\n,\r\n3,4\r\n");
    const [t] = await readAll(file);
    expect(t?.rows).toEqual([
      { row: 2, cells: ["1", "2"] },
      { row: 5, cells: ["3", "4"] },
    ]);
  });

  it("takes the first non-blank row as the header", async () => {
    const [t] = await readAll(tmpFile("late-header.csv", "\n,,\nx,y\n1,2\n"));
    expect(t?.table.rawHeader).toEqual(["x", "y"]);
    expect(t?.rows).toEqual([{ row: 4, cells: ["1", "2"] }]);
  });

  it("keeps relaxed quotes and short/long rows for the parser to judge", async () => {
    const [t] = await readAll(tmpFile("relaxed.csv", 'a,b,c\n="123",x"y\n1,2,3,4\n'));
    expect(t?.rows.map((r) => r.cells)).toEqual([
      ['="123"', 'x"y'],
      ["1", "2", "3", "4"],
    ]);
  });

  it("sniffs semicolons and tabs", async () => {
    const [semi] = await readAll(tmpFile("semi.csv", "order;total\n1;2,50\n"));
    expect(semi?.table.delimiter).toBe(";");
    expect(semi?.rows[0]?.cells).toEqual(["1", "2,50"]);
    const [tabs] = await readAll(tmpFile("tabs.tsv", "order\ttotal\n1\t2\n"));
    expect(tabs?.table.delimiter).toBe("\t");
  });

  it("gives headerless whitespace files (CDNOW) a synthetic header and row numbers from 1", async () => {
    const [t] = await readAll(
      tmpFile("cdnow.txt", " 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n"),
    );
    expect(t?.table).toMatchObject({
      delimiter: "whitespace",
      rawHeader: ["col1", "col2", "col3", "col4", "col5"],
    });
    expect(t?.rows).toEqual([
      { row: 1, cells: ["00004", "0001", "19970101", "2", "29.33"] },
      { row: 2, cells: ["00004", "0001", "19970118", "2", "29.73"] },
    ]);
  });

  it("re-reads the rows on each iteration (no handle is held between)", async () => {
    const tables: Table[] = [];
    for await (const table of openTables(fixture("qianniu-orders-21col.csv"))) tables.push(table);
    const count = async () => {
      let n = 0;
      for await (const _ of tables[0]?.rows ?? []) n++;
      return n;
    };
    expect(await count()).toBe(2);
    expect(await count()).toBe(2);
  });

  it("reports progress in bytes", async () => {
    const file = fixture("taobao-orders-54col-gb18030.csv");
    let last = 0;
    for await (const table of openTables(file, { onBytes: (n) => (last = n) }))
      for await (const _ of table.rows);
    expect(last).toBe(fs.statSync(file).size);
  });
});

describe("decoding across chunk boundaries", () => {
  const line = (i: number) =>
    `${1000000 + i},中文标题测试${i}号商品红色XL码,浙江省 杭州市 西湖区 文三路${i}号\n`;
  const body = (n: number) => `订单编号,标题,地址\n${Array.from({ length: n }, (_, i) => line(i)).join("")}`;

  it("sniffs UTF-8 when the 64 KiB sample ends inside a character", async () => {
    let text = body(1500);
    // Shift the content until byte 65536 falls inside a 3-byte character.
    while (!isContinuation(Buffer.from(text, "utf8")[65536])) text = `x${text}`;
    const [t] = await readAll(tmpFile("utf8-cut.csv", text));
    expect(t?.table.encoding).toBe("utf-8");
    expect(t?.rows.every((r) => !r.cells.join("").includes("\uFFFD"))).toBe(true);
  });

  it("decodes large GB18030 files without broken characters", async () => {
    const [t] = await readAll(tmpFile("big-gb.csv", iconv.encode(body(20000), "gb18030")));
    expect(t?.table.encoding).toBe("gb18030");
    expect(t?.rows).toHaveLength(20000);
    expect(t?.rows.filter((r) => r.cells.join("").includes("\uFFFD"))).toEqual([]);
    expect(t?.rows[19999]?.cells[1]).toBe("中文标题测试19999号商品红色XL码");
  });

  it("reassembles Chinese characters split across xlsx zip chunks (exceljs #2084)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("销售明细");
    ws.addRow(["子订单编号", "标题", "地址"]);
    for (let i = 0; i < 8000; i++)
      ws.addRow([String(1000000 + i), `中文标题测试${i}号商品红色XL码`, `浙江省 杭州市 西湖区 文三路${i}号`]);
    const file = path.join(tmp, "big.xlsx");
    await wb.xlsx.writeFile(file);
    const [t] = await readAll(file);
    expect(t?.rows).toHaveLength(8000);
    expect(t?.rows.filter((r) => r.cells.join("").includes("\uFFFD"))).toEqual([]);
  });
});

function isContinuation(b: number | undefined): boolean {
  return b !== undefined && (b & 0xc0) === 0x80;
}

describe("xlsx workbooks", () => {
  it("streams each non-empty sheet as a table, cells as the user sees them", async () => {
    const tables = await readAll(fixture("qianniu-orders-and-lines.xlsx"));
    expect(tables.map((t) => t.table.sheet)).toEqual(["订单报表", "销售明细"]);
    const [orders, lines] = tables;
    expect(orders?.table.encoding).toBeUndefined();
    expect(orders?.table.header.slice(0, 3)).toEqual(["订单编号", "支付单号", "买家应付货款"]);
    const first = orders?.rows[0];
    const at = (name: string) => first?.cells[orders?.table.header.indexOf(name) ?? -1];
    expect(first?.row).toBe(2);
    expect(at("订单编号")).toBe("3456789012345678");
    expect(at("买家应付货款")).toBe("258");
    expect(at("总金额")).toBe("238");
    expect(at("订单创建时间")).toBe("2021-11-01 20:00:00");
    expect(at("商品标题")).toBe("羊毛围巾，手套");
    // A 19-digit id stored as a number has lost digits: rendered so that it is rejected.
    expect(orders?.rows[2]?.cells[0]).toBe("5.118609024991031E+18");
    expect(lines?.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(lines?.rows[0]?.cells[0]).toBe("3456789012345678001");
  });

  it("renders cell values", () => {
    expect(numberText(1930679858170647)).toBe("1930679858170647");
    expect(numberText(Number("5118609024991031607"))).toMatch(/^5\.\d+E\+18$/);
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(1e-7)).toBe("0.0000001");
    expect(numberText(34.5)).toBe("34.5");
    expect(dateText(new Date(Date.UTC(2016, 4, 23, 22, 2, 10, 999)))).toBe("2016-05-23 22:02:11");
    expect(cellText({ richText: [{ text: "红" }, { text: "色" }] })).toBe("红色");
    expect(cellText({ formula: "A1*2", result: 69 })).toBe("69");
    expect(cellText({ text: "链接", hyperlink: "https://example.com" })).toBe("链接");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
  });

  it("rejects a workbook with only empty sheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空");
    const file = path.join(tmp, "empty.xlsx");
    await wb.xlsx.writeFile(file);
    expect((await errorOf(file)).code).toBe("file_empty");
  });

  it("fails fast on a corrupt deflate stream in a sheet stored before the shared strings", async () => {
    // exceljs buffers such sheets to temp files and used to wait forever on the broken entry.
    const bytes = Buffer.from(fs.readFileSync(fixture("qianniu-orders-and-lines.xlsx")));
    const name = bytes.indexOf("xl/worksheets/sheet1.xml");
    const start = name + bytes.readUInt16LE(name - 4) + bytes.readUInt16LE(name - 2);
    const size = bytes.readUInt32LE(name - 12);
    bytes.fill(0xff, start + (size >> 2), start + (size >> 1));
    expect((await errorOf(tmpFile("bad-deflate.xlsx", bytes))).code).toBe("xlsx_unreadable");
  }, 10_000);

  it("turns a corrupt or truncated zip into xlsx_unreadable", async () => {
    const bytes = fs.readFileSync(fixture("qianniu-orders-and-lines.xlsx"));
    expect((await errorOf(tmpFile("cut.xlsx", bytes.subarray(0, bytes.length >> 1)))).code).toBe(
      "xlsx_unreadable",
    );
    const junk = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await errorOf(tmpFile("junk.xlsx", junk))).code).toBe("xlsx_unreadable");
  });
});

describe("broken and unusable files", () => {
  it("flags a row cut by the end of the file", async () => {
    const [t] = await readAll(fixture("taobao-orders-truncated-gb18030.csv"));
    const last = t?.rows.at(-1);
    expect(last).toMatchObject({ row: 8, incomplete: true });
    expect(t?.rows.slice(0, -1).every((r) => !r.incomplete && r.cells.length === 54)).toBe(true);
  });

  it("flags a row cut inside a quoted field", async () => {
    const [t] = await readAll(tmpFile("cut-quote.csv", 'a,b,c\n1,2,3\n4,"unfinished\nmessage'));
    expect(t?.rows).toEqual([
      { row: 2, cells: ["1", "2", "3"] },
      { row: 3, cells: [], incomplete: true },
    ]);
  });

  it("refuses a stray quote that swallows the rest of the file", async () => {
    const body = Array.from({ length: 200 }, (_, i) => `${i},x,y`).join("\n");
    const error = await errorOf(tmpFile("stray-quote.csv", `a,b,c\n1,"oops,z\n${body}\n`));
    expect(error).toMatchObject({ code: "file_unreadable", data: { row: 2 } });
  });

  it("does not flag a complete last row without a final line break", async () => {
    const [t] = await readAll(tmpFile("no-eol.csv", "a,b\n1,2"));
    expect(t?.rows).toEqual([{ row: 2, cells: ["1", "2"] }]);
  });

  it("yields an empty table for a header-only file", async () => {
    const [t] = await readAll(tmpFile("header-only.csv", "\uFEFF订单编号,买家会员名\r\n"));
    expect(t?.table.header).toEqual(["订单编号", "买家会员名"]);
    expect(t?.rows).toEqual([]);
  });

  it.each([
    ["empty.csv", ""],
    ["blank.csv", "\r\n\r\n  \r\n"],
    ["bom-only.csv", "\uFEFF"],
  ])("rejects %s as file_empty", async (name, content) => {
    expect((await errorOf(tmpFile(name, content))).code).toBe("file_empty");
  });

  it("rejects binary garbage as file_encoding", async () => {
    const garbage = Buffer.from(
      Array.from({ length: 300 }, (_, i) => (i * 97 + 13) % 256).filter((b) => b !== 10),
    );
    expect((await errorOf(tmpFile("garbage.csv", garbage))).code).toBe("file_encoding");
  });

  it("refuses legacy BIFF .xls with a re-save hint", async () => {
    expect(await errorOf(fixture("legacy-biff.xls"))).toEqual({
      code: "xlsx_unreadable",
      data: { file: fixture("legacy-biff.xls"), reason: "legacy_xls" },
    });
  });

  it("reports missing files and directories as file_unreadable", async () => {
    expect(await errorOf(path.join(tmp, "nope.csv"))).toMatchObject({
      code: "file_unreadable",
      data: { reason: "ENOENT" },
    });
    expect(await errorOf(tmp)).toMatchObject({ code: "file_unreadable", data: { reason: "EISDIR" } });
  });
});
