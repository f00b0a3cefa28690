import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  completeUtf8Length,
  isNumericWhitespaceLine,
  isUtf8,
  looksUndecodable,
  sniffDelimiter,
  sniffEncoding,
  sniffKind,
} from "./sniff.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("sniffKind", () => {
  it("recognises zip (xlsx) and OLE2 (legacy xls) magic bytes, else text", () => {
    expect(sniffKind(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBe("zip");
    expect(sniffKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1))).toBe("ole2");
    expect(sniffKind(Buffer.from("订单编号,买家会员名"))).toBe("text");
    expect(sniffKind(bytes())).toBe("text");
  });
});

describe("sniffEncoding", () => {
  it("trusts BOMs", () => {
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe("utf-8");
    expect(sniffEncoding(bytes(0xff, 0xfe, 0x61, 0))).toBe("utf-16le");
    expect(sniffEncoding(bytes(0xfe, 0xff, 0, 0x61))).toBe("utf-16be");
  });

  it("takes valid UTF-8 as UTF-8 and anything else as GB18030", () => {
    expect(sniffEncoding(Buffer.from("订单编号,买家会员名\n1,张三\n"))).toBe("utf-8");
    expect(sniffEncoding(Buffer.from("order,name\n"))).toBe("utf-8");
    expect(sniffEncoding(iconv.encode("订单编号,买家会员名\n1,张三\n", "gb18030"))).toBe("gb18030");
  });

  it("forgives a multi-byte character cut by the end of the sample", () => {
    const full = Buffer.from("订单编号,买家会员名");
    for (let cut = full.length - 2; cut < full.length; cut++) {
      expect(sniffEncoding(full.subarray(0, cut))).toBe("utf-8");
    }
    expect(completeUtf8Length(Buffer.from("ab订"))).toBe(5);
    expect(completeUtf8Length(Buffer.from("ab订").subarray(0, 4))).toBe(2);
    expect(isUtf8(bytes(0x61, 0xff, 0x61))).toBe(false);
  });

  it("detects BOM-less UTF-16 from its zero bytes", () => {
    expect(sniffEncoding(iconv.encode("order\tname\r\n1\tZhang\r\n", "utf-16le"))).toBe("utf-16le");
    expect(sniffEncoding(iconv.encode("order\tname\r\n1\tZhang\r\n", "utf-16be"))).toBe("utf-16be");
  });
});

describe("sniffDelimiter", () => {
  it("picks the most frequent delimiter outside quotes", () => {
    expect(sniffDelimiter("订单编号,买家会员名,买家支付宝账号")).toBe(",");
    expect(sniffDelimiter("订单编号\t买家会员名\t收货地址 ")).toBe("\t");
    expect(sniffDelimiter("order;name;total")).toBe(";");
    expect(sniffDelimiter('"a;b;c",d')).toBe(",");
    expect(sniffDelimiter("a,b\tc\td")).toBe("\t");
  });

  it("treats numeric whitespace-separated lines as CDNOW-like, other single columns as CSV", () => {
    expect(sniffDelimiter(" 00004 0001 19970101  2   29.33")).toBe("whitespace");
    expect(sniffDelimiter("Order Id")).toBe(",");
    expect(sniffDelimiter("订单编号")).toBe(",");
    expect(isNumericWhitespaceLine("1 2")).toBe(true);
    expect(isNumericWhitespaceLine("12")).toBe(false);
  });
});

describe("looksUndecodable", () => {
  it("flags replacement characters, NULs and control-character soup", () => {
    expect(looksUndecodable("订单编号,买家会员名")).toBe(false);
    expect(looksUndecodable("订单\uFFFD编号")).toBe(true);
    expect(looksUndecodable("a\u0000b")).toBe(true);
    expect(looksUndecodable("\u0001\u0002\u0003ab")).toBe(true);
    expect(looksUndecodable("a\tb\tc")).toBe(false);
  });
});
