import { describe, expect, it } from "vitest";
import { cellErrorCode } from "../testing/cell-error.ts";
import { parseDateTime, zonedToUtc, zoneOffsetMinutes } from "./dates.ts";

const SH = "Asia/Shanghai";
const iso = (raw: string, zone = SH) => parseDateTime(raw, zone)?.toISOString();

const codeOf = cellErrorCode;

describe("parseDateTime", () => {
  it("reads Taobao's yyyy-MM-dd HH:mm:ss as Shanghai time", () => {
    expect(iso("2016-05-23 22:02:11")).toBe("2016-05-23T14:02:11.000Z");
  });

  it("reads Excel re-saved yyyy/M/d H:mm, seconds optional", () => {
    expect(iso("2016/5/23 22:02")).toBe("2016-05-23T14:02:00.000Z");
    expect(iso("2016/5/3 8:02:09")).toBe("2016-05-03T00:02:09.000Z");
  });

  it("reads date-only, Chinese and compact forms at midnight", () => {
    expect(iso("2016-05-23")).toBe("2016-05-22T16:00:00.000Z");
    expect(iso("2016年5月23日")).toBe("2016-05-22T16:00:00.000Z");
    expect(iso("19970101", "UTC")).toBe("1997-01-01T00:00:00.000Z");
  });

  it("honours explicit offsets (Shopify +0200) and ISO Z", () => {
    expect(iso("2025-10-07 09:50:26 +0200")).toBe("2025-10-07T07:50:26.000Z");
    expect(iso("2025-10-07 09:50:26 -05:00")).toBe("2025-10-07T14:50:26.000Z");
    expect(iso("2025-10-07T09:50:26.123Z")).toBe("2025-10-07T09:50:26.123Z");
  });

  it("strips Excel wrappers", () => {
    expect(iso('="2016-05-23 22:02:11"')).toBe("2016-05-23T14:02:11.000Z");
  });

  it("gives undefined for blanks and the zero date", () => {
    expect(parseDateTime("", SH)).toBeUndefined();
    expect(parseDateTime("-", SH)).toBeUndefined();
    expect(parseDateTime(undefined, SH)).toBeUndefined();
    expect(parseDateTime("0000-00-00 00:00:00", SH)).toBeUndefined();
  });

  it.each([
    "2023-02-30 10:00:00",
    "2023-02-29",
    "2023-13-01",
    "2023-01-01 24:00:00",
    "2023-01-01 10:60:00",
    "1980-01-01",
    "yesterday",
    "42513.918",
    "1.93068E+15",
  ])("rejects %j", (raw) => {
    expect(codeOf(() => parseDateTime(raw, SH))).toBe("invalid_date");
  });

  it("accepts 29 February in leap years", () => {
    expect(iso("2024-02-29 12:00:00")).toBe("2024-02-29T04:00:00.000Z");
  });
});

describe("DST zones", () => {
  const NY = "America/New_York";

  it("uses the offset in force at that wall-clock time", () => {
    expect(iso("2024-01-15 12:00:00", NY)).toBe("2024-01-15T17:00:00.000Z");
    expect(iso("2024-07-15 12:00:00", NY)).toBe("2024-07-15T16:00:00.000Z");
  });

  it("handles the days of the change", () => {
    // 2024-03-10: clocks jump 02:00 -> 03:00; 2024-11-03: 02:00 -> 01:00.
    expect(iso("2024-03-10 01:30:00", NY)).toBe("2024-03-10T06:30:00.000Z");
    expect(iso("2024-03-10 03:30:00", NY)).toBe("2024-03-10T07:30:00.000Z");
    expect(iso("2024-11-03 00:30:00", NY)).toBe("2024-11-03T04:30:00.000Z");
    expect(iso("2024-11-03 03:00:00", NY)).toBe("2024-11-03T08:00:00.000Z");
    // A non-existent wall time still maps to some instant in the gap's neighbourhood.
    const gap = parseDateTime("2024-03-10 02:30:00", NY)?.getTime() ?? 0;
    expect(Math.abs(gap - Date.UTC(2024, 2, 10, 7, 0))).toBeLessThanOrEqual(60 * 60_000);
  });

  it("computes zone offsets", () => {
    expect(zoneOffsetMinutes(SH, Date.UTC(2020, 0, 1))).toBe(480);
    expect(zoneOffsetMinutes("UTC", Date.UTC(2020, 0, 1))).toBe(0);
    expect(zoneOffsetMinutes(NY, Date.UTC(2020, 6, 1))).toBe(-240);
    expect(zonedToUtc("Asia/Kolkata", 2020, 1, 1, 5, 30).toISOString()).toBe("2020-01-01T00:00:00.000Z");
  });
});
