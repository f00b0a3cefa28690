import { describe, expect, it } from "vitest";
import { cellErrorCode } from "../testing/cell-error.ts";
import {
  cleanCell,
  externalId,
  isBlank,
  isScientific,
  looksMasked,
  maybeMasked,
  moneyFen,
  normalizeEmail,
  normalizeHeader,
  normalizePhone,
  optionalMoneyFen,
  parseAttributes,
  quantity,
  text,
  toHalfWidth,
  trackingNumber,
  yesNo,
} from "./cells.ts";

const codeOf = cellErrorCode;

describe("cleanCell", () => {
  it.each([
    ['="1930679858170647"', "1930679858170647"],
    ['=""1930679858170647""', "1930679858170647"],
    ['"=""1930679858170647"""', "1930679858170647"],
    ["=1930679858170647", "1930679858170647"],
    ["'18618486065", "18618486065"],
    ["  '0571-88886666 ", "0571-88886666"],
    ['"quoted"', "quoted"],
    ["\t123\t", "123"],
    ["plain text", "plain text"],
    ["", ""],
  ])("%j -> %j", (raw, expected) => {
    expect(cleanCell(raw)).toBe(expected);
  });

  it("treats undefined as empty", () => {
    expect(cleanCell(undefined)).toBe("");
  });

  it("keeps inner text intact", () => {
    expect(cleanCell('say "hi", please')).toBe('say "hi", please');
  });
});

describe("headers and width", () => {
  it("strips BOM, spaces and newlines and turns full-width punctuation half-width", () => {
    expect(normalizeHeader("\uFEFF订单编号")).toBe("订单编号");
    expect(normalizeHeader("收货地址 ")).toBe("收货地址");
    expect(normalizeHeader("商品总价（元）")).toBe("商品总价(元)");
    expect(normalizeHeader("商家\n备注")).toBe("商家备注");
  });

  it("converts full-width ASCII and the ideographic space", () => {
    expect(toHalfWidth("买家已付款，等待卖家发货")).toBe("买家已付款,等待卖家发货");
    expect(toHalfWidth("ＡＢＣ１２３：；\u3000")).toBe("ABC123:; ");
  });
});

describe("blank and text", () => {
  it.each(["", "-", "--", "null", "NULL", "无"])("%j is blank", (s) => {
    expect(isBlank(s)).toBe(true);
  });

  it("returns undefined for blank-ish cells", () => {
    expect(text("  ")).toBeUndefined();
    expect(text("无")).toBeUndefined();
    expect(text(" 韵达快递 ")).toBe("韵达快递");
  });
});

describe("ids and scientific notation", () => {
  it("keeps long ids as text", () => {
    expect(externalId('="5118609024991031607"')).toBe("5118609024991031607");
    expect(externalId("260517-607198974342268")).toBe("260517-607198974342268");
    expect(externalId("")).toBeUndefined();
  });

  it.each(["1.93068E+15", "1.93068e+15", "5E+18", "-1.2E-3"])("rejects %s", (s) => {
    expect(isScientific(s)).toBe(true);
    expect(codeOf(() => externalId(s))).toBe("scientific_notation");
  });

  it("does not take plain numbers for scientific notation", () => {
    expect(isScientific("1930679858170647")).toBe(false);
    expect(isScientific("E15")).toBe(false);
  });
});

describe("tracking numbers", () => {
  it("drops the No: prefix", () => {
    expect(trackingNumber("No:3101234567890")).toBe("3101234567890");
    expect(trackingNumber("No：SF123")).toBe("SF123");
    expect(trackingNumber("YT1234567890123")).toBe("YT1234567890123");
    expect(trackingNumber("No:")).toBeUndefined();
  });
});

describe("money", () => {
  it.each([
    ["598", 59800],
    ["34.00", 3400],
    ["0元", 0],
    ["598.00元", 59800],
    ["¥12.5", 1250],
    ["￥1,234.50", 123450],
    ["$12.00", 1200],
    ["RMB 8", 800],
    ["12.345", 1235],
    ["12.344", 1234],
    ["-3.5", -350],
    ["", 0],
    ["-", 0],
    ["无退款申请", 0],
    ['="59.9"', 5990],
    ["１２．５", 1250],
  ])("%j -> %d fen", (raw, fen) => {
    expect(moneyFen(raw)).toBe(fen);
  });

  it("rejects garbage and scientific notation", () => {
    expect(codeOf(() => moneyFen("19,9x"))).toBe("invalid_number");
    expect(codeOf(() => moneyFen("1.2E+3"))).toBe("scientific_notation");
    expect(codeOf(() => moneyFen("12.3.4"))).toBe("invalid_number");
  });

  it("optional money is undefined when blank", () => {
    expect(optionalMoneyFen("")).toBeUndefined();
    expect(optionalMoneyFen("1")).toBe(100);
  });
});

describe("quantity", () => {
  it("accepts integers with units and .0", () => {
    expect(quantity("3")).toBe(3);
    expect(quantity("3件")).toBe(3);
    expect(quantity("3.0")).toBe(3);
    expect(quantity("")).toBe(1);
    expect(quantity("", 0)).toBe(0);
  });

  it("rejects fractions, garbage and scientific notation", () => {
    expect(codeOf(() => quantity("1.5"))).toBe("invalid_number");
    expect(codeOf(() => quantity("1x"))).toBe("invalid_number");
    expect(codeOf(() => quantity("1E+3"))).toBe("scientific_notation");
  });
});

describe("masking", () => {
  it.each(["138****1234", "张*", "t**1", "****", "江苏省 南京市 建邺区 沙洲街道****", "１３８＊＊＊＊1234"])(
    "%j is masked",
    (s) => {
      expect(looksMasked(s)).toBe(true);
    },
  );

  it.each(["18618486065", "张三", "tb_lisi2016", "a*b"])("%j is %s", (s) => {
    expect(looksMasked(s)).toBe(s === "a*b");
  });

  it("wraps values with their masked flag", () => {
    expect(maybeMasked("'18618486065")).toEqual({ value: "18618486065", masked: false });
    expect(maybeMasked("138****1234")).toEqual({ value: "138****1234", masked: true });
    expect(maybeMasked("")).toBeUndefined();
  });
});

describe("phones and emails", () => {
  it("normalises phones and refuses masked ones", () => {
    expect(normalizePhone("'+86 186-1848-6065")).toBe("18618486065");
    expect(normalizePhone("008618618486065")).toBe("18618486065");
    expect(normalizePhone("8618618486065")).toBe("18618486065");
    expect(normalizePhone("138****1234")).toBeUndefined();
    expect(normalizePhone("123")).toBeUndefined();
  });

  it("normalises emails", () => {
    expect(normalizeEmail(" Buyer@Example.COM ")).toBe("buyer@example.com");
    expect(normalizeEmail("b***@example.com")).toBeUndefined();
    expect(normalizeEmail("not-an-email")).toBeUndefined();
  });
});

describe("yes/no and attributes", () => {
  it("reads yes/no cells", () => {
    expect(yesNo("yes")).toBe(true);
    expect(yesNo("是")).toBe(true);
    expect(yesNo("FALSE")).toBe(false);
    expect(yesNo("否")).toBe(false);
    expect(yesNo("maybe")).toBeUndefined();
  });

  it("parses SKU attributes in both widths", () => {
    expect(parseAttributes("颜色分类：黑色;尺码：XL")).toEqual({ 颜色分类: "黑色", 尺码: "XL" });
    expect(parseAttributes("颜色:白色；尺码:L")).toEqual({ 颜色: "白色", 尺码: "L" });
    expect(parseAttributes("颜色:白色,尺码:L")).toEqual({ 颜色: "白色", 尺码: "L" });
    expect(parseAttributes("白色")).toEqual({ 规格: "白色" });
    expect(parseAttributes("")).toEqual({});
  });
});
